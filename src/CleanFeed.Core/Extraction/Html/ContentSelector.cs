using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Extraction.Html;

/// <summary>
/// Chooses the main-content container from text density (Readability-style): every paragraph scores by its
/// length and commas, discounted by its link density, and passes its score to its ancestors with decay. The
/// best-scoring element, discounted by its own link density and nudged by semantic markup and class/id hints,
/// wins; then related candidates are joined (common ancestor of close runners-up, and siblings with
/// comparable scores or plain paragraphs).
/// </summary>
internal static class ContentSelector
{
    /// <param name="chosen">The container chosen as the article's body; the other nodes returned were joined to it.</param>
    public static List<NodeStats> Select(NodeStats body, DomAnalysis dom, out double topScore, out NodeStats chosen, Func<NodeStats, string?> hint, NodeStats? headline = null, NodeStats? droppedHeadline = null, bool droppedIsTitle = false,
        IReadOnlyList<string>? descriptions = null)
    {
        topScore = 0;
        chosen = body;
        // Ten candidates: the headline's article may rank below a rail of teasers and their container; only the first
        // five are runners-up for the common-ancestor merge.
        var top = new List<(NodeStats S, double Score)>(11);
        foreach (var s in dom.All)
        {
            if (s.ContentScore <= 0 || s.Dead || s == body || s.Tag is "html" or "body" || !body.Contains(s)) continue;
            var score = FinalScore(s);
            if (top.Count < 10 || score > top[^1].Score)
            {
                top.Add((s, score));
                top.Sort((a, b) => b.Score.CompareTo(a.Score));
                if (top.Count > 10) top.RemoveAt(10);
            }
        }
        if (top.Count == 0) return [body];

        var best = top[0].S;
        var bestScore = top[0].Score;

        // The page's headline (the heading that matches the title) marks the article: on pages with several
        // articles or big teaser blocks, prefer a strong candidate that belongs to the headline.
        bool byHeadline = false;
        if (headline is not null && !BelongsTo(best, headline))
        {
            foreach (var (cand, score) in top.Skip(1))
                if (score >= bestScore * 0.3 && BelongsTo(cand, headline, near: cand.TextChars < best.TextChars / 2)) { best = cand; bestScore = score; byHeadline = true; break; }
        }

        // A close runner-up that holds both the best and the page's headline is the article; the best is one of its
        // sections (notes, a long quote, an accordion) that happens to score a little higher than each other part.
        if (headline is not null && !best.Contains(headline))
        {
            foreach (var (cand, score) in top)
                if (score >= bestScore * 0.75 && cand != best && cand.Contains(best) && cand.Contains(headline) && cand.LinkDensity < 0.2 && !HoldsOtherArticle(cand, best)) { best = cand; bestScore = score; break; }
        }

        // A close runner-up that holds the best and clearly more real paragraphs is the whole text: the best is its second
        // half, nested one level deeper (a post whose first paragraphs sit directly in the entry, the rest in a wrapper).
        if (!byHeadline)
        {
            foreach (var (cand, score) in top)
                if (score >= bestScore * 0.75 && cand != best && cand.Contains(best) && cand.GoodParagraphs * 2 >= best.GoodParagraphs * 3 &&
                    cand.GoodParagraphs >= best.GoodParagraphs + 5 && cand.LinkDensity < 0.35 && !HoldsOtherArticle(cand, best)) { best = cand; bestScore = score; break; }
        }

        // Runners-up that are close to the best and share an ancestor with it: the content is split.
        // (When the headline chose the best, runners-up inside other <article> elements are other stories, not parts of it.)
        var alternatives = top.Take(5).Where(t => t.S != best && t.Score >= bestScore * 0.75 && !(byHeadline && InOtherArticle(t.S, best, body)) &&
                                                   !InNextStory(t.S, headline, body)).Select(t => t.S).ToList();
        if (alternatives.Count >= 2)
        {
            for (var p = best.Parent; p is not null && p != body; p = p.Parent)
            {
                int containing = alternatives.Count(a => p.Contains(a));
                if (containing >= 2) { if (!HoldsNextStory(p, headline)) best = p; break; }
            }
        }

        // Climb while the parent scores higher (the paragraphs' container was split into sub-blocks).
        double lastScore = best.ContentScore;
        double threshold = lastScore / 3;
        for (var p = best.Parent; p is not null && p != body; p = p.Parent)
        {
            var ps = p.ContentScore;
            if (ps <= 0) continue;
            if (ps < threshold) break;
            if (ps > lastScore && p.LinkDensity < 0.35 && !HoldsNextStory(p, headline)) { best = p; break; }
            lastScore = ps;
        }

        // Climb to an ancestor that holds clearly more real paragraphs at a low link density: the article is split
        // into sibling sections (one per subheading) that each scored on their own.
        for (int up = 0; up < 4; up++)
        {
            var p = best.Parent;
            if (p is null || p == body || p.Dead) break;
            if (p.LinkDensity < 0.15 && p.GoodParagraphs >= best.GoodParagraphs + 2 && p.GoodParagraphs * 10 >= best.GoodParagraphs * 13 && !HoldsNextStory(p, headline)) best = p;
            else if (p.TextChars == best.TextChars) best = p; // a wrapper with nothing else in it
            else break;
        }

        topScore = FinalScore(best);
        chosen = best;
        var parent = best.Parent;
        if (parent is null) return [best];

        // Join siblings that look like more of the same content.
        var result = new List<NodeStats>();
        double siblingThreshold = Math.Max(10, topScore * 0.2);
        var bestClass = best.Element.GetAttribute("class");
        for (var sib = parent.FirstChild; sib is not null; sib = sib.NextSibling)
        {
            if (sib == best) { result.Add(sib); continue; }
            if (sib.Dead || sib.TextChars == 0) continue;
            double bonus = !string.IsNullOrEmpty(bestClass) && sib.Element.GetAttribute("class") == bestClass ? topScore * 0.2 : 0;
            // When the headline chose among several articles, a sibling that is an article of its own is another story.
            if (byHeadline && sib.HasArticleMarker) continue;
            if (InNextStory(sib, headline, body)) continue;
            // A sibling of the same class is another part of the text; an in-text table of contents may raise its link density.
            double maxLinkDensity = bonus > 0 && sib.GoodParagraphs > 0 ? 0.5 : 0.3;
            if (sib.ContentScore > 0 && FinalScore(sib) + bonus >= siblingThreshold && sib.LinkDensity < maxLinkDensity) { result.Add(sib); continue; }
            if (sib.Tag is "p" or "blockquote" or "pre" or "ul" or "ol" or "table" or "figure" or "h2" or "h3" or "h4")
            {
                var ld = sib.LinkDensity;
                if (sib.TextChars > 80 && ld < 0.25) result.Add(sib);
                else if (sib.TextChars > 0 && sib.TextChars <= 80 && ld == 0 && sib.Tag == "p" && DomText.EndsLikeSentence(DomText.ShortText(sib.Element, 200))) result.Add(sib);
            }
        }
        if (headline is not null) AddStandfirst(headline, result, hint, descriptions: descriptions);
        // the article's header went as page chrome (a <header> with menus, a box named "masthead") with the headline: its
        // standfirst is still the article's
        // (not a heading that links home or holds a logo: the site's name in the masthead, which a title may also hold)
        else if (droppedHeadline is { Dead: true } && droppedHeadline.Element.QuerySelector("a[href], img, svg") is null) AddStandfirst(droppedHeadline, result, hint, revive: true, headlineIsTitle: droppedIsTitle, descriptions: descriptions);
        Expand(best, body, result, hint, byHeadline, headline);
        return result;
    }

    // The standfirst (lead, intro, excerpt, deck; "Vorspann", "chapô", "bajada", "entradilla", "sommario") under the
    // headline often sits in the article's header, apart from the body that was chosen.
    private static readonly System.Text.RegularExpressions.Regex StandfirstClass = new(
        @"(?:^|[\s_\-])(?:lead|leade?|lede|intro|introduction|standfirst|strapline|excerpt|summary|sub[-_]?title|sub[-_]?headline|sub-?head|subt[ií]tulos?|sottotitol[oi]|sous-?titre|untertitel|ondertitel|deck|dek|teaser|teaser-?text|abstract|vorspann|chapo|chapeau|bajada|entradilla|sommario|catenaccio|occhiello|intro-?text|article-?lead|description)(?:$|[\s_\-])",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    // (a subtitle word joined to a picture word in one class token: "bild-untertitel", "subtitulo-foto"; a type scale's "caption-s5" is not)
    private static readonly System.Text.RegularExpressions.Regex PictureNamed = new(@"(?:foto|photo|bild|bilder|img|image|imagen|immagine|imagem)[-_]?(?:sub[-_]?title|subt[ií]tulo|sottotitolo|sous-?titre|untertitel|ondertitel)|(?:sub[-_]?title|subt[ií]tulo|sottotitolo|sous-?titre|untertitel|ondertitel)s?[-_]?(?:foto|photo|bild|img|image|imagen|immagine|imagem)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Buffers.SearchValues<string> StandfirstKeys = System.Buffers.SearchValues.Create(
        ["lead", "lede", "intro", "standfirst", "strapline", "excerpt", "summary", "title", "head", "deck", "dek", "teaser", "abstract", "vorspann", "chapo", "chapeau",
         "bajada", "entradilla", "sommario", "catenaccio", "occhiello", "description", "subt", "sottotitol", "sous-titre", "soustitre", "untertitel", "ondertitel"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Joins the standfirst that follows the page's headline (within the headline's parent or grandparent) when the chosen
    /// content does not hold it: a short, link-free block named as a lead. Looks at a handful of nodes, not the page.
    /// </summary>
    private static void AddStandfirst(NodeStats headline, List<NodeStats> result, Func<NodeStats, string?> hint, bool revive = false, bool headlineIsTitle = false,
        IReadOnlyList<string>? descriptions = null)
    {
        bool inside = Overlaps(result, headline);
        NodeStats? anchor = headline;
        for (int level = 0; level < 3 && anchor?.Parent is not null; level++, anchor = anchor.Parent)
        {
            int seen = 0;
            for (var sib = anchor.NextSibling; sib is not null && seen < 4; sib = sib.NextSibling)
            {
                // (a dead one only when named as the standfirst: a class like "footer" on the list that holds it dropped it; not
                // one dropped for its own name as a teaser of another story or a promotion)
                // (not a video's caption named as its description, "figcaption.trb_ar_vid_description"; a lead picture named so,
                // "figure.lead-art", is joined as before: the HTML keeps it, the text leaves its caption out)
                bool named = (IsStandfirst(sib) || AllStandfirst(sib)) && sib.Tag != "figcaption" && !(sib.Tag == "figure" && sib.Element.QuerySelector("img, picture") is null);
                if (sib.TextChars == 0 || (sib.Dead && !revive && !named)) continue;
                if (sib.Dead && hint(sib) is BoilerplateKind.Related or BoilerplateKind.Newsletter or BoilerplateKind.Ad or BoilerplateKind.Share or BoilerplateKind.Comments) continue;
                seen++;
                if (!inside && Overlaps(result, sib)) return; // reached the content: nothing in between
                // (a short one when named so and a sentence, Future's "strapline", "It was discovered just four days ago."; or when it
                // says what the page's description says, The Atlantic's "It needs a library that stays open past 6 p.m.", The
                // Independent's "<h2>The lodge burned in July's Dragon Bravo fire</h2>")
                if (sib.TextChars is < 20 or > 700 || (sib.TextChars < 40 && !(sib.LinkChars == 0 && DomText.ShortText(sib.Element, 60) is var shortLine &&
                    !SeriesPromo.IsMatch(shortLine) && !SponsorLine.IsMatch(shortLine) &&
                    ((named && DomText.EndsLikeSentence(shortLine)) || (level <= 1 && IsDescription(sib, descriptions)))))) continue;
                // (not the theme's cut excerpt of the first paragraph: "The council voted … by 3%, […]")
                if (IsCutExcerpt(sib)) continue;
                if (inside && !revive && !sib.Dead)
                {
                    // in the content already: the pruner is not to drop it for its box's name ("widget__subheadline" in RebelMouse's
                    // templates, whose every part is a "widget")
                    if (named && sib.LinkDensity <= 0.2) sib.Standfirst = true;
                    continue;
                }
                if (sib.LinkDensity > 0.2)
                {
                    // a standfirst box that also holds links ("Interactive: …" under the Guardian's): its leading paragraph
                    if (IsStandfirst(sib) && LeadParagraph(sib) is { } lead)
                    {
                        Take(lead);
                        return;
                    }
                    continue;
                }
                // a subtitle: the h2 right under the h1 in the article's header or hgroup
                // (in a dropped header, only under an h1 that says the title word for word — a section's name over its blurb
                // does not — and not a line named as a caption)
                // (a plain-text div too: "<div class=RichText>Seit Jahresbeginn …</div>" under the h2 in Spiegel's header)
                bool subtitle = (!revive || (headlineIsTitle && !IsCaptionNamed(sib))) && level == 0 && headline.Tag is "h1" or "h2" && anchor.Parent?.Tag is "hgroup" or "header" &&
                                (sib.Tag is "h2" or "p" || (sib.Tag == "div" && sib.FirstChild is null)) && sib.Tag != headline.Tag;
                // (in any box: an h2 of a sentence's length right under the h1, "<div class=sp-hd><h1>…</h1><h2 class=sp-descp>…", in a
                // header box with no paragraph of its own, and not a series' promotion)
                subtitle |= !revive && level == 0 && seen == 1 && headline.Tag == "h1" && sib.Tag == "h2" && sib.TextChars >= 60 && sib.LinkChars == 0 && !IsCaptionNamed(sib) &&
                            !ParagraphFollows(sib) && !SeriesPromo.IsMatch(DomText.ShortText(sib.Element, 300));
                // (or the block under the headline that says what the page's description says: the dek, whatever its name —
                // an "<h2 class=css-1bt7ktu>" in a header section)
                if (subtitle || named || (level <= 1 && IsDescription(sib, descriptions)))
                {
                    Take(sib);
                    // (a second and third deck of the same name right after it: Prensa Ibérica's "h2.ft-subtitle" twice)
                    for (var (next, more) = (sib.NextSibling, 0); more < 2 && next is not null && !next.Dead && next.Tag == sib.Tag && sib.Element.ClassName is { Length: > 0 } deck &&
                         next.Element.ClassName == deck && IsStandfirst(next) && next.LinkDensity <= 0.2 && next.TextChars is >= 20 and <= 700 && !IsCutExcerpt(next); next = next.NextSibling, more++)
                        Take(next);
                    return;
                }
            }
        }

        // Revived, the standfirst is rendered on its own when the box around it stays dead (ahead of the content that holds
        // it: the sort puts a node before its container); in a live box it is in place.
        void Take(NodeStats n)
        {
            if (n.Dead) { DomAnalysis.Revive(n); n.HintCache = (null, false); }
            n.Standfirst = true;
            if (!inside || HasDeadAncestor(n)) result.Add(n);
        }
    }

    // (the description as given: normalised, quotes folded, without a closing stop; a cut one ends in "..." or "…")
    private static bool IsDescription(NodeStats n, IReadOnlyList<string>? descriptions)
    {
        if (descriptions is not { Count: > 0 } || n.FirstChild is { NextSibling: not null }) return false; // one block, not a box of them
        // (not a picture's caption that the description repeats; a heading is no caption)
        if (!DomText.IsHeading(n.Tag) && FollowsPicture(n)) return false;
        var text = DescriptionKey(DomText.ShortText(n.Element, 800));
        foreach (var d in descriptions)
        {
            if (string.Equals(text, d, StringComparison.Ordinal)) return true;
            if (d.EndsWith("\u0001", StringComparison.Ordinal) && d.Length > 80 && text.StartsWith(d.AsSpan(0, d.Length - 1), StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The comparison key of a description or a block: normalised, quotes folded, without a closing stop; a cut
    /// description ("…", "...") ends in U+0001 instead.</summary>
    internal static string DescriptionKey(string s)
    {
        var t = DomText.Normalize(s).Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
        bool cut = t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith('…');
        t = t.TrimEnd('.', '…', ' ');
        return cut ? t + "\u0001" : t;
    }

    // (a series named as the paper's: "A series of small earthquakes…" is a standfirst)
    private static readonly System.Text.RegularExpressions.Regex SeriesPromo = new(@"\b(?:our|this|unserer?|dieser|notre|cette|nuestra|esta) (?:series|serie|série|reihe)\b|\b(?:part|teil|folge|episode|épisode|capítulo|staffel) \d+\b|\balle folgen\b|\bpodcast\b|\bnewsletter\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // (a sponsor's line over a paid piece: "Brought to you by Visit Pembrokeshire.")
    private static readonly System.Text.RegularExpressions.Regex SponsorLine = new(@"\b(?:brought to you by|sponsored by|presented by|in partnership with|paid for by|supported by)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsCutExcerpt(NodeStats n)
    {
        var t = DomText.ShortText(n.Element, 800).TrimEnd();
        return t.EndsWith("[…]", StringComparison.Ordinal) || t.EndsWith("[...]", StringComparison.Ordinal) || t.EndsWith("[&hellip;]", StringComparison.Ordinal);
    }

    // A paragraph of text after the block in its box (the box's own lead: then the box is the content's, not a header's).
    private static bool ParagraphFollows(NodeStats n)
    {
        // (not a picture's caption: a paragraph right after an image, or named as a caption)
        for (var k = n.NextSibling; k is not null; k = k.NextSibling)
            if (k.Tag == "p" && k.TextChars >= 40 && k.LinkChars * 4 < k.TextChars && !IsCaptionNamed(k) && !FollowsPicture(k)) return true;
        return false;
    }

    private static bool FollowsPicture(NodeStats n) => n.Element.PreviousElementSibling is { LocalName: "img" or "picture" or "figure" };

    private static bool IsCaptionNamed(NodeStats n) => DomText.NameHas(n.ClassAndId, "caption", "credit", "photo");

    private static bool HasDeadAncestor(NodeStats n)
    {
        for (var p = n.Parent; p is not null; p = p.Parent)
            if (p.Dead) return true;
        return false;
    }

    // A box whose parts with text are all named as standfirsts (an only child, or "li.subtitle" lines in a list).
    private static bool AllStandfirst(NodeStats box)
    {
        int named = 0;
        for (var k = box.FirstChild; k is not null; k = k.NextSibling)
            if (k.TextChars > 0) { if (!IsStandfirst(k)) return false; named++; }
        return named > 0;
    }

    /// <summary>The first block with text inside the box, when it is a link-free paragraph of a standfirst's length.</summary>
    private static NodeStats? LeadParagraph(NodeStats box)
    {
        var n = box;
        for (int depth = 0; depth < 4; depth++)
        {
            var first = n.FirstChild;
            while (first is not null && first.TextChars == 0) first = first.NextSibling;
            if (first is null) return null;
            if (first.Tag == "p") return first.TextChars >= 40 && first.LinkChars == 0 ? first : null;
            n = first;
        }
        return null;
    }

    internal static bool IsStandfirst(NodeStats s) =>
        // (not a picture's line named so: "bild-untertitel", "subtitulo-foto")
        (s.ClassAndId is { Length: > 0 } key && key.AsSpan().IndexOfAny(StandfirstKeys) >= 0 && StandfirstClass.IsMatch(key) && !PictureNamed.IsMatch(key)) ||
        // schema.org names it when the class does not ("news-stit"): the article's own property, not a video's or author's
        (s.Element.GetAttribute("itemprop") is "alternativeHeadline" or "description" or "abstract" && OfTheArticle(s.Element));

    private static bool OfTheArticle(AngleSharp.Dom.IElement e)
    {
        if (e.HasAttribute("itemscope")) return false;
        var item = e.ParentElement?.Closest("[itemscope]");
        return item is null || (item.GetAttribute("itemtype") is { } type && (type.Contains("Article", StringComparison.Ordinal) || type.Contains("Posting", StringComparison.Ordinal) || type.Contains("Report", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Recall boost: text blocks near the chosen container (its siblings and those of its parent and grandparent) that read like
    /// article text — real paragraphs, little link text, no boilerplate name — are joined too, in document order.
    /// </summary>
    private static void Expand(NodeStats best, NodeStats body, List<NodeStats> result, Func<NodeStats, string?> hint, bool skipArticles, NodeStats? headline)
    {
        var anchor = best;
        for (int level = 0; level < 3 && anchor is not null && anchor != body; level++, anchor = anchor.Parent)
        {
            var parent = anchor.Parent;
            if (parent is null) break;
            for (var sib = parent.FirstChild; sib is not null; sib = sib.NextSibling)
            {
                if (sib == anchor || sib.Dead || sib.TextChars < 150) continue;
                if (sib.LinkDensity > 0.1 || sib.GoodParagraphs < 1) continue;
                if (sib.TextChars < sib.GoodParagraphs * 80) continue;
                if (hint(sib) is not null || (skipArticles && sib.HasArticleMarker) || InNextStory(sib, headline, body)) continue;
                // Not a node inside or around one already chosen: an article header holds the standfirst joined from it, and
                // rendering both would print the standfirst twice. (Joining the whole header instead brings its breadcrumbs
                // and kicker lines along; what else it holds besides the standfirst is left out.)
                if (Overlaps(result, sib)) continue;
                result.Add(sib);
            }
        }
        result.Sort((a, b) => a == b ? 0 : b.Contains(a) ? -1 : a.Contains(b) ? 1 :
            a.Element.CompareDocumentPosition(b.Element).HasFlag(AngleSharp.Dom.DocumentPositions.Following) ? -1 : 1);
    }

    /// <summary>The node is, holds or lies inside one already chosen.</summary>
    private static bool Overlaps(List<NodeStats> result, NodeStats node)
    {
        foreach (var r in result)
            if (r.Contains(node) || node.Contains(r)) return true;
        return false;
    }

    /// <summary>
    /// The candidate holds the headline, or follows it closely: it shares an ancestor with it at most three levels up,
    /// or up to seven levels up when that ancestor holds little besides the candidate (an article whose header and
    /// body sit in deeply nested wrappers, on pages that list several full articles). <paramref name="near"/>: only the
    /// close relation for a candidate much shorter than the best (often the lead alone).
    /// </summary>
    private static bool BelongsTo(NodeStats candidate, NodeStats headline, bool near = false)
    {
        if (candidate.Contains(headline)) return true;
        if (InNextStory(candidate, headline, null)) return false; // the story below, with a headline of its own
        var a = headline.Parent;
        for (int up = 0; up < (near ? 3 : 7) && a is not null; up++, a = a.Parent)
            if (a.Contains(candidate))
                return (up < 3 || a.TextChars < candidate.TextChars * 3 / 2) &&
                       headline.Element.CompareDocumentPosition(candidate.Element).HasFlag(AngleSharp.Dom.DocumentPositions.Following);
        return false;
    }

    /// <summary>The subtree holds an &lt;article&gt; element besides the one (if any) that holds <paramref name="best"/>: a list of stories.</summary>
    private static bool HoldsOtherArticle(NodeStats root, NodeStats best)
    {
        for (var c = root.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c.Dead || !c.HasArticleMarker) continue;
            if (c.Tag == "article" && !c.Contains(best)) return true;
            if (HoldsOtherArticle(c, best)) return true;
        }
        return false;
    }

    /// <summary>
    /// The node is, or lies in, an &lt;article&gt; that opens with a headline (h1) of its own, on a page whose headline
    /// opens an &lt;article&gt; too: the next story that an infinite-scroll page has loaded below this one. (An article
    /// element whose h1s are its box titles, under a headline outside it, is this story.)
    /// </summary>
    private static bool InNextStory(NodeStats node, NodeStats? headline, NodeStats? body)
    {
        if (headline is null) return false;
        for (var p = node; p is not null && p != body; p = p.Parent)
            if (p.Tag == "article")
                return !p.Contains(headline) && p.Headings > 0 && OpensStory(p.Element) && headline.Element.Closest("article") is { } own && OpensStory(own);
        return false;
    }

    // The article's first heading is an h1.
    private static bool OpensStory(AngleSharp.Dom.IElement article) =>
        article.QuerySelector("h1, h2, h3, h4, h5, h6") is { LocalName: "h1" };

    /// <summary>The subtree holds the page's headline and, besides, an &lt;article&gt; that opens with a headline of its own.</summary>
    private static bool HoldsNextStory(NodeStats root, NodeStats? headline)
    {
        if (headline is null || !root.Contains(headline) || headline.Element.Closest("article") is not { } own || !OpensStory(own)) return false;
        foreach (var article in root.Element.QuerySelectorAll("article"))
            if (article != own && !article.Contains(headline.Element) && !article.Contains(own) && OpensStory(article)) return true;
        return false;
    }

    /// <summary>The node lies inside an &lt;article&gt; element that does not hold <paramref name="best"/>.</summary>
    private static bool InOtherArticle(NodeStats node, NodeStats best, NodeStats body)
    {
        for (var p = node; p is not null && p != body; p = p.Parent)
            if (p.Tag == "article") return !p.Contains(best);
        return false;
    }

    private static double AttributeWeight(NodeStats s)
    {
        var el = s.Element;
        if (el.Attributes.Length == 0) return 0;
        double w = 0;
        if (el.GetAttribute("itemprop") is { } ip && ip.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) w += 25;
        if (el.GetAttribute("role") == "main") w += 5;
        if (s.ClassAndId is { Length: > 0 } key) w += ClassHints.Weight(key);
        return w;
    }

    private static double FinalScore(NodeStats s)
    {
        double score = s.ContentScore * (1 - s.LinkDensity);
        score += s.Tag switch
        {
            "div" or "section" => 5,
            "article" => 10,
            "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        s.ClassWeight ??= AttributeWeight(s);
        score += s.ClassWeight.Value;
        return score;
    }
}
