using System.Text.RegularExpressions;
using CleanFeed.Core.Extraction.Html;
using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Extraction.Text;

/// <summary>
/// Paragraph-level boilerplate classification (jusText-like), shared by HTML blocks and plain-text lines:
/// a repeated title, bylines and datelines at the start; boilerplate lines anywhere (comment-form notices,
/// share bars, ad labels); boilerplate sections (a "Related posts" / "Leave a Reply" heading and what follows);
/// and a trailing run of boilerplate at the end (taglines, "Related Post", comment forms).
/// </summary>
internal static class BlockCleaner
{
    private static readonly Regex Tagline = new(
        @"\b[\p{L}\d-]+\.(?:com|net|org|info|de|at|ch|fr|es|it|nl|be|pt|br|uk|co|io|news|online|blog|eu|us|ca|au|in|ug|ke|ng|za)\b|\s[|•·]\s|^[^.!?]{2,60}:\s[^.!?]{2,80}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public sealed class Result
    {
        public string? Author;
        public string? Dateline;
        public bool TitleSeen;
    }

    /// <param name="headline">The text of the page's one &lt;h1&gt;: it may differ from the metadata title (an SEO title
    /// in og:title), and as the first block it is the headline, which the text leaves out as it leaves out the title.</param>
    /// <param name="author">The page's author from its metadata: a line above the text that only names them is the byline.</param>
    public static Result Clean(List<TextBlock> blocks, string? title, List<RemovedBlock> removed, bool plainText, HashSet<AngleSharp.Dom.IElement>? dead = null, string? headline = null, string? author = null, string? siteName = null, string? pageTitle = null)
    {
        var result = new Result();
        if (blocks.Count == 0) return result;
        StripInvisible(blocks);
        if (blocks.Count == 0) return result;
        if (!plainText) JoinDropCaps(blocks);
        StripTrailingCredits(blocks, removed);
        var normTitle = title is null ? null : NormKey(title);
        var normHeadline = headline is null ? null : NormKey(headline);
        var authorNames = AuthorNames(author);
        // the site's name alone on a line: a label beside the byline ("Detroit Free Press"), a closing credit ("TimesLIVE")
        var normSite = siteName is null ? null : NormKey(siteName) is { Length: >= 4 } site ? site : null;
        // (and the title's last part, "… - Chalkbeat", for the publisher's description of itself)
        var titleSite = pageTitle is not null && SiteNameCut(pageTitle) is > 0 and var sep && NormKey(pageTitle[(sep + 1)..]) is { Length: >= 3 } ts ? ts : null;
        int total = 0;
        foreach (var b in blocks) total += b.Text.Length;

        // 1. Leading blocks: repeated title, kicker/byline/dateline, boilerplate lines.
        int scanned = 0;
        for (int i = 0; i < blocks.Count && scanned < 8; scanned++)
        {
            var b = blocks[i];
            var t = b.Text;
            if (t.Length >= 200 && !IsTitle(t, normTitle)) break;
            if (!plainText && InDataTable(b)) break; // a table that opens the article: its header row and dates are data
            string? kind = null, reason = null;
            if ((normTitle is not null && (IsTitle(t, normTitle) || (b.IsHeading && scanned < 4 && (IsTitleVariant(t, normTitle, kicker: !result.TitleSeen) || (!result.TitleSeen && (IsExpandedTitle(t, title!) || (i == 0 && IsReworkedTitle(t, title!))))))))
                || (b.Tag == "h1" && scanned < 4 && IsTitle(t, normHeadline))) { kind = BoilerplateKind.Title; reason = "repeats the title"; result.TitleSeen = true; }
            else if (BoilerplateVocabulary.MatchByline(t) is { } name) { kind = BoilerplateKind.Byline; reason = "byline"; result.Author ??= name; }
            else if (b.Tag is not ("h1" or "h2" or "h3") && NamesOnly(t, authorNames)) { kind = BoilerplateKind.Byline; reason = "the author's name"; }
            else if (IsSiteNameLine(b, normSite)) { kind = BoilerplateKind.Byline; reason = "the site's name"; }
            else if (Datelines.IsDateline(t)) { kind = BoilerplateKind.Dateline; reason = "dateline"; result.Dateline ??= t; }
            // (not a timeline's first entry: "Posted 9:02 a.m." over its text, more such stamps below)
            else if (Datelines.IsLabelledTime(t) && !LaterLabelledTime(blocks, i)) { kind = BoilerplateKind.Dateline; reason = "update time"; }
            else if (Notice(b, total) is { } k) { kind = k; reason = "vocabulary"; }
            if (kind is null)
            {
                // (a short sentence right above the page's h1 is no start of the text: a lead picture's caption set first)
                if (t.Length >= 120 || (DomText.EndsLikeSentence(t) && !(t.Length < 80 && HeadlineFollows(blocks, i, normHeadline) && IsCaptionOfPicture(b)))) break;
                i++;
                continue;
            }
            if (kind == BoilerplateKind.Title && i > 0 && !plainText)
            {
                // short blocks above the headline are kickers, breadcrumbs and labels, not article text
                for (int j = i - 1; j >= 0; j--)
                    if (blocks[j].Text.Length < 80) { Remove(blocks, j, BoilerplateKind.Navigation, "above the headline", removed, dead); i--; }
            }
            Remove(blocks, i, kind, reason!, removed, dead);
        }

        // 2. Trailing run: boilerplate at the end, with short taglines and link lines just before it.
        int cut = blocks.Count;
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            var b = blocks[i];
            if (!plainText && InDataTable(b)) break; // a table that closes the article: its cells are short, its dates are data
            // (reporters' lines one after another are a story's: a newsroom's page introducing its new reporters)
            if (i > 0 && IsReporterLine(b.Text) && IsReporterLine(blocks[i - 1].Text)) break;
            if (IsTailBoilerplate(b, total) || IsSiteNameLine(b, normSite) || IsOwnBlurb(b, normSite, titleSite) || (i == blocks.Count - 1 && (IsClosingStamp(b.Text) || IsEditorInitials(b)))) { cut = i; continue; }
            // a wire's credit line is the story's ("Contributing: Phillip Sitter, Ames Tribune" over or under the writer's bio): the
            // run goes on past it, and it stays
            if (IsWireCredit(b)) continue;
            if (b.Text.Length < 80 && !DomText.EndsLikeSentence(b.Text) && !b.IsHeading && b.Tag != "li" && blocks.Count - i <= 6) continue;
            // a rail's heading right over the run is the run's ("Latest Harbor City" over a rail's dates); a section's heading
            // ("Contact the elections office") stops it
            if (b.IsHeading && cut == i + 1 && b.Text.Length < 80 && RailHeading.IsMatch(b.Text)) continue;
            break;
        }
        if (cut < blocks.Count)
        {
            // a tagline ("Example.com: the best news site") or a short link line right before the run
            while (cut > 0 && blocks[cut - 1].Text.Length <= 100 && !DomText.EndsLikeSentence(blocks[cut - 1].Text) && blocks[cut - 1].Tag != "li" &&
                   (Tagline.IsMatch(blocks[cut - 1].Text) || blocks[cut - 1].LinkDensity > 0.5) && !IsWireCredit(blocks[cut - 1]))
                cut--;
            for (int k = cut; k < blocks.Count;)
            {
                if (IsWireCredit(blocks[k])) { k++; continue; }
                var kind = LineKind(blocks[k]) ?? (Tagline.IsMatch(blocks[k].Text) ? BoilerplateKind.Tagline : BoilerplateKind.Footer);
                Remove(blocks, k, kind, "trailing boilerplate", removed, dead);
            }
        }
        // A release's end mark ("###", "-30-"), once in the text and in its second half, over the sender's matter (About …,
        // a contact, an address): what follows goes. (A scene break, a brief's separator or a farewell's postscript is text.)
        if (ReleaseEndMark(blocks) is int mark)
            while (blocks.Count > mark)
                Remove(blocks, mark, BoilerplateKind.Footer, "after a release's end mark (###)", removed, dead);
        // A press release's closing matter: from "About <Company>" (over the paragraph that describes it) or "Media contacts" in
        // the second half of the text to the end: the company boilerplate, the contacts, the notices.
        if (PressReleaseTail(blocks) is int tail)
            while (blocks.Count > tail)
                Remove(blocks, tail, BoilerplateKind.Footer, "a press release's closing matter (about the company, contacts)", removed, dead);

        // A heading (or a short "...:" lead-in) with nothing after it introduces something that is not there:
        // a teaser list or widget that was removed.
        while (blocks.Count > 1 && blocks[^1].IsHeading)
            Remove(blocks, blocks.Count - 1, BoilerplateKind.Related, "heading without content", removed, dead);

        // 3. Boilerplate lines and sections anywhere.
        for (int i = 0; i < blocks.Count;)
        {
            var b = blocks[i];
            // blocks rendered from a whole element were already examined by the DOM pass (same rules)
            bool examined = !plainText && b.Owner is not null && b.Tag != "td" && b.Tag != "th";
            // (an embedded post's attribution in its blockquote is the post's, as a tweet's is: "Posted by <page> on <date>")
            if (!examined && Notice(b, total) is { } k && !(k == BoilerplateKind.Meta && b.Owner is null && b.Container is { } quote && Html.DomText.InEmbeddedPost(quote)))
            { Remove(blocks, i, k, "vocabulary", removed, dead); continue; }
            // what is left of a meta line once its byline went ("15.05.2025, 09:41 Uhr", ", mis à jour à 19:40"); an event's date
            // beside its text was never more than that. First or second, a loose date among the header's blocks (a <time> under
            // the standfirst).
            if ((b.LostPart || (!plainText && b.Owner is null && i < 2 && !LaterDateOnly(blocks, i))) && b.Text.Length <= 60 && b.Tag is not ("td" or "th" or "tr" or "li") &&
                (Datelines.IsDateOnly(b.Text) || Datelines.IsLabelledTime(b.Text)))
            { Remove(blocks, i, BoilerplateKind.Dateline, "dateline", removed, dead); continue; }
            if (!plainText && b.Tag is not ("pre" or "code" or "td" or "th" or "tr") && b.Text.Contains('\n') && DropBoilerplateLines(b, removed, last: i == blocks.Count - 1) && b.Text.Length == 0)
            {
                blocks.RemoveAt(i); // (its lines were recorded one by one)
                if (b.Owner is not null) dead?.Add(b.Owner);
                continue;
            }
            if (!plainText && b.Text.Length <= 40 && IsPlaceBesideByline(b)) { Remove(blocks, i, BoilerplateKind.Byline, "the place beside the byline", removed, dead); continue; }
            if (!plainText && b.Text.Length <= 9 && IsSlideCounter(b)) { Remove(blocks, i, BoilerplateKind.NonContent, "a gallery's slide counter", removed, dead); continue; }
            if (!plainText && b.Text.Length <= 24 && IsScoreBadge(b)) { Remove(blocks, i, BoilerplateKind.NonContent, "a review's score badge", removed, dead); continue; }
            if (IsHomoglyphText(b.Text)) { Remove(blocks, i, BoilerplateKind.Ad, "words spelt with look-alike letters of another script", removed, dead); continue; }
            // (an embedded post's caption is its permalink's text: Instagram's captioned embed)
            if (!plainText && b.LinkDensity >= 0.6 && b.Text.Length < 150 && !b.IsHeading && !(b.Tag == "tr" && b.Owner is { } row && Html.DomText.InDataRow(row)) &&
                !((b.Owner ?? b.Container) is { } owner && Html.DomText.InEmbeddedPost(owner))) { Remove(blocks, i, BoilerplateKind.LinkList, $"link line ({b.LinkDensity:0.00})", removed, dead); continue; }
            if (!examined && b.Text.Length <= 90 && BoilerplateVocabulary.MatchSectionHeading(b.Text) is { } sk)
            {
                Remove(blocks, i, sk, "section heading", removed, dead);
                // what follows the heading, until real text or the next heading
                for (bool first = true; i < blocks.Count && IsSectionFollower(blocks[i], sk, first); first = false)
                    Remove(blocks, i, sk, "in a " + sk + " section", removed, dead);
                continue;
            }
            if (normTitle is not null && b.IsHeading && IsTitle(b.Text, normTitle)) { Remove(blocks, i, BoilerplateKind.Title, "repeats the title", removed, dead); result.TitleSeen = true; continue; }
            i++;
        }

        if (!plainText) RemoveTeaserRuns(blocks, total, removed, dead);
        RemoveRepeatedParagraphs(blocks, removed, dead);
        if (!plainText) RemovePullQuotes(blocks, removed, dead);
        return result;
    }

    /// <summary>
    /// The writer's place set in the byline's box (El Diario Vasco: the name's link to the author page, "San Sebastián", the
    /// &lt;time&gt;): a name of a few capitalised words, no sentence, in a small box that holds the time and a link to the author.
    /// </summary>
    private static bool IsPlaceBesideByline(TextBlock b)
    {
        if (b.IsHeading || b.Owner is not { ParentElement: { } box } || b.Tag is not ("p" or "span" or "div") || !PlaceName.IsMatch(b.Text)) return false;
        return box.TextContent.Length <= 200 && box.QuerySelector("time") is not null && box.QuerySelector(AuthorLink) is not null;
    }

    private const string AuthorLink = "a[rel~=author], a[href*='/author'], a[href*='/autor'], a[href*='/auteur'], a[href*='/autore'], a[href*='/journalist'], a[href*='/redacteur'], a[href*='/redactie']";

    // (a few capitalised words, with the particles of place names: "San Sebastián", "Rio de Janeiro", "Frankfurt am Main")
    private static readonly Regex PlaceName = new(@"^(?-i:\p{Lu})[\p{L}'’-]+(?: (?:(?:de|del|la|las|los|do|da|dos|das|di|am|an der|sur|en|upon|on)\s)?(?-i:\p{Lu})[\p{L}'’-]+){0,3}$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A teaser's lead is cut off: "… the council said on Tuesday that the..." or "…, sorgten für sta…" (+ an optional "more").
    private static readonly Regex TruncatedLead = new(
        @"(?:\.\.\.|…)\s*(?:\[?(?:mehr|weiterlesen|read more|more|lire la suite|la suite|leer más|más|leia mais|continua|lees meer|meer)\]?\s*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// A run of teasers — a headline (perhaps with a kicker), then a lead cut off with an ellipsis — is a list of other
    /// stories ("More from the section", a category listing below the article), whatever its container was called.
    /// Two teasers make a run when a headline is a link (a press review quotes papers with cut-off quotes, unlinked). When
    /// the text starts with teasers, the page is a listing and they stay.
    /// </summary>
    private static void RemoveTeaserRuns(List<TextBlock> blocks, int total, List<RemovedBlock> removed, HashSet<AngleSharp.Dom.IElement>? dead)
    {
        List<(int Start, int End)>? runs = null;
        for (int i = 0; i < blocks.Count;)
        {
            int end = i, units = 0;
            bool linked = false;
            while (TeaserAt(blocks, end) is var next && next > end)
            {
                for (int k = end; k < next - 1; k++) linked |= blocks[k].LinkDensity >= 0.5;
                units++;
                end = next;
            }
            if (units >= 2 && linked)
            {
                (runs ??= []).Add((i, end));
                i = end;
            }
            else i++;
        }
        if (runs is null) return;
        // a listing page starts with its teasers; teasers below an article of some length are other stories
        int before = 0;
        bool prose = false;
        for (int k = 0; k < runs[0].Start; k++) { before += blocks[k].Text.Length; prose |= blocks[k].Text.Length >= 100 && DomText.EndsLikeSentence(blocks[k].Text); }
        if (before < 400 || !prose) return;
        for (int r = runs.Count - 1; r >= 0; r--)
            for (int k = runs[r].End - 1; k >= runs[r].Start; k--)
                Remove(blocks, k, BoilerplateKind.Related, "teaser list (headline, cut-off lead)", removed, dead);
    }

    // Cheap check before the regex: an ellipsis within the last 25 characters (after it at most a "read more").
    private static bool MayEndTruncated(string t)
    {
        var tail = t.AsSpan(Math.Max(0, t.Length - 25));
        return tail.Contains('…') || tail.Contains("...", StringComparison.Ordinal);
    }

    /// <summary>The index after a teaser that starts at <paramref name="i"/> (one or two headline lines, then a cut-off lead), or <paramref name="i"/>.</summary>
    private static int TeaserAt(List<TextBlock> blocks, int i)
    {
        for (int heads = 1; heads <= 2 && i + heads < blocks.Count; heads++)
        {
            var h = blocks[i + heads - 1];
            if (h.Text.Length > 150 || h.Text.Contains('\n') || (DomText.EndsLikeSentence(h.Text) && h.LinkDensity < 0.5)) return i;
            var lead = blocks[i + heads];
            if (lead.Text.Length is >= 40 and <= 800 && MayEndTruncated(lead.Text) && TruncatedLead.IsMatch(lead.Text)) return i + heads + 1;
        }
        return i;
    }

    /// <summary>
    /// A paragraph that says word for word what an earlier one said: pages repeat the lead in a teaser header and in the
    /// body, or carry a mobile and a desktop copy of a box. The first copy stays. A copy goes when no new heading stands
    /// between the two, or when it is part of a run of two or more paragraphs copied in order (a whole box). Sections of a
    /// guide or FAQ may share a sentence under different headings, so a lone repeat there stays; rows, list items and code
    /// are left alone.
    /// </summary>
    private static void RemoveRepeatedParagraphs(List<TextBlock> blocks, List<RemovedBlock> removed, HashSet<AngleSharp.Dom.IElement>? dead)
    {
        // first[i]: the index of the earlier copy of block i (-1: none); near[i]: no new heading between the two
        int[]? first = null;
        bool[]? near = null;
        Dictionary<ulong, int>? seen = null;
        Dictionary<string, int>? others = null;
        HashSet<string>? headings = null;
        int lastNewHeading = -1;
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.IsHeading)
            {
                // a heading seen before belongs to a repeated copy: it does not start a new section
                if ((headings ??= new HashSet<string>(StringComparer.Ordinal)).Add(NormKey(b.Text))) lastNewHeading = i;
                continue;
            }
            if (b.Text.Length < MinRepeatedParagraph || b.Tag is "td" or "th" or "tr" or "li" or "dd" or "pre" or "code") continue;
            seen ??= new Dictionary<ulong, int>();
            // (by the hash of the key: most paragraphs have no copy, and building each key cost more than the rest of this
            // cleanup; a hash met before is checked against the real keys)
            var key = NormHash(b.Text);
            int f = -1;
            if (!seen.TryGetValue(key, out var same)) seen[key] = i;
            else if (NormKey(blocks[same].Text) == NormKey(b.Text)) f = same;
            else
            {
                // the same opening, another paragraph (an FAQ's answers that open with their question): by the whole key
                var whole = NormKey(b.Text);
                if (!(others ??= new Dictionary<string, int>(StringComparer.Ordinal)).TryAdd(whole, i)) f = others[whole];
            }
            if (f >= 0)
            {
                if (first is null) { first = new int[blocks.Count]; near = new bool[blocks.Count]; Array.Fill(first, -1); }
                first[i] = f;
                near![i] = lastNewHeading < f;
            }
        }
        if (first is null) return;
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            if (first[i] < 0) continue;
            bool inRun = (i > 0 && first[i - 1] >= 0 && first[i - 1] == first[i] - 1) || (i + 1 < blocks.Count && first[i + 1] >= 0 && first[i + 1] == first[i] + 1);
            if (near![i] || inRun) Remove(blocks, i, BoilerplateKind.Duplicate, "repeats an earlier paragraph", removed, dead);
        }
    }

    private const int MinRepeatedParagraph = 80;

    /// <summary>
    /// A pull quote repeats a sentence of the article in large type (a blockquote, an aside, a box named as a pull
    /// quote): its words are all in a longer paragraph of the text, so the short copy goes, before or after the
    /// paragraph (pull quotes stand on either side of it). A quotation that stands only once stays.
    /// </summary>
    private static void RemovePullQuotes(List<TextBlock> blocks, List<RemovedBlock> removed, HashSet<AngleSharp.Dom.IElement>? dead)
    {
        bool[]? quotes = null; // the quote boxes, found once
        for (int i = 0; i < blocks.Count; i++)
            // (a short one is a sentence of five words or more, not a name: "Superintendent Darnell Hughes" under a quote)
            if (blocks[i].Text is { Length: >= 25 and <= 400 } q && (q.Length >= 40 || (q.Count(c => c == ' ') >= 4 && IsNamedPullQuote(blocks[i]))) && IsQuoteBox(blocks[i])) (quotes ??= new bool[blocks.Count])[i] = true;
        if (quotes is null) return;
        var keys = new string?[blocks.Count]; // NormKey of each block, when first needed
        var remove = new List<int>();
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!quotes[i]) continue;
            var key = keys[i] ??= NormKey(blocks[i].Text);
            if (key.Length < 20) continue;
            bool named = IsNamedPullQuote(blocks[i]);
            for (int j = 0; j < blocks.Count; j++)
            {
                if (j == i || quotes[j] || blocks[j].Text.Length <= blocks[i].Text.Length) continue;
                var other = keys[j] ??= NormKey(blocks[j].Text);
                // (an edited one only in a box named as a pull quote: a poem or a ruling quoted, then read clause by clause, is the text)
                if (other.Contains(key, StringComparison.Ordinal) || (named && RepeatsInPieces(blocks[i].Text, other))) { remove.Add(i); break; }
            }
            // the quote's attribution in the same box ("— Ruth Anangwe", a cite "From the post") goes with it
            if (remove.Count > 0 && remove[^1] == i && i + 1 < blocks.Count && blocks[i + 1].Text.Length < 80 && !DomText.EndsLikeSentence(blocks[i + 1].Text) && IsQuoteBox(blocks[i + 1]) &&
                (blocks[i + 1].Owner is null || blocks[i + 1].Tag is "footer" or "cite" or "figcaption" || blocks[i + 1].Text[0] is '—' or '–' or '-' or '―'))
                remove.Add(++i); // (a text run beside the quote's paragraph: a <cite>; a poem's next line is a paragraph of its own)
        }
        for (int k = remove.Count - 1; k >= 0; k--)
            Remove(blocks, remove[k], BoilerplateKind.Duplicate, "pull quote (repeats a sentence of the text)", removed, dead);
    }

    // A pull quote edited from the text: each of its sentences and clauses is in one paragraph, with the quote's attribution
    // cut out ("“People think nights are lonely. They’re not lonely.”" from "“People think nights are lonely,” she says.
    // “They’re not lonely. …”"). Two pieces of 12 letters or more, all in that paragraph, and most of the quote's letters.
    private static bool RepeatsInPieces(string quote, string otherKey)
    {
        int pieces = 0, found = 0, all = 0;
        foreach (var part in QuotePieces.Split(quote))
        {
            var k = NormKey(part);
            all += k.Length;
            if (k.Length < 12) continue; // ("That.")
            if (!otherKey.Contains(k, StringComparison.Ordinal)) return false;
            pieces++;
            found += k.Length;
        }
        return pieces >= 2 && found * 10 >= all * 7;
    }

    private static readonly Regex QuotePieces = new(@"[.,;:!?…“”„""«»‘’]+(?:\s|$)|\s[—–]\s", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A blockquote, an aside, or a block whose element or its parent has a class token naming a pull quote
    // ("pullquote", "pull-quote", "quote-box"). Tokens, not substrings: "pull-left" is Bootstrap, "stock-quote" a price.
    private static bool IsQuoteBox(TextBlock b)
    {
        // an embedded post (a tweet, an Instagram or TikTok post) quotes someone else: it is not the article's pull quote
        if (Near(b, 3, static e => ClassHas(e, "tweet", "instagram", "tiktok", "embed"))) return false;
        if (b.Tag == "blockquote") return true;
        for (var (e, up) = (b.Owner, 0); e is not null && up < 2; e = e.ParentElement, up++)
        {
            if (e.LocalName is "blockquote" or "aside") return true;
            if (e.ClassName is not { } cn || !cn.Contains("quote", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var t in e.ClassList)
                if (t.Replace("-", "").Replace("_", "") is var n && (n.Equals("pullquote", StringComparison.OrdinalIgnoreCase) || n.EndsWith("pullquote", StringComparison.OrdinalIgnoreCase) ||
                    n.Equals("quotebox", StringComparison.OrdinalIgnoreCase) || n.Equals("highlightquote", StringComparison.OrdinalIgnoreCase)))
                    return true;
        }
        return false;
    }

    // A block in a box whose class names a pull quote (not a plain blockquote: a poem's line may be quoted again in the text).
    private static bool IsNamedPullQuote(TextBlock b) =>
        Near(b, 3, static e => e.ClassName is { } cn && cn.Replace("-", "").Replace("_", "").Contains("pullquote", StringComparison.OrdinalIgnoreCase));

    // The block's element or one of its nearest ancestors (levels in all) passes the test.
    private static bool Near(TextBlock b, int levels, Func<AngleSharp.Dom.IElement, bool> test) => b.Owner is { } owner && Within(owner, levels, test);

    private static bool ClassHas(AngleSharp.Dom.IElement e, params ReadOnlySpan<string> words) => DomText.NameHas(e.ClassName, words);

    // "1/6" in a gallery, slideshow or carousel (a score, a fraction or a date alone is text: "7/10", "3/4", "12/3")
    private static readonly Regex SlideCount = new(@"^(\d{1,3}) ?/ ?(\d{1,3})$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static bool IsSlideCounter(TextBlock b) =>
        !b.IsHeading && SlideCount.Match(b.Text) is { Success: true } m && int.Parse(m.Groups[1].ValueSpan) <= int.Parse(m.Groups[2].ValueSpan) &&
        (b.Owner ?? b.Container) is { } e0 && Within(e0, 4, static e => ClassHas(e, "gallery", "slide", "carousel", "swiper", "counter", "pager", "galerie", "diaporama"));

    // A review's score or grade alone in a review's widget named for it ("8" and "Great" in "review-ring-score", "Grade B+" in
    // "review-grade"; a player's rating in "player-verdict__score" and a restaurant's inspection grade are the story's);
    // not in a table (a box score's cells are the story's), not a paragraph ("<p class="verdict-score">7/10</p>" is the
    // reviewer's line), and the same words in a sentence or a box named otherwise stay.
    private static readonly Regex ScoreBadge = new(
        @"^(?:(?i:grade|score|rating|verdict|overall|our rating|wertung|note|nota|voto|cijfer)\s*:?\s*)?(?:[A-F][+-]?|\d{1,3}(?:[.,]\d{1,2})?(?:\s*(?:/|(?i:out of|von|sur|de|su|van))\s*\d{1,3})?|(?i:great|good|fair|poor|bad|superb|essential|excellent|mediocre|average|masterpiece|terrible|amazing|decent|okay|unmissable))$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static bool IsScoreBadge(TextBlock b) =>
        b.Tag is not ("td" or "th" or "tr" or "li" or "p") && ScoreBadge.IsMatch(b.Text) && b.Owner is { } e0 &&
        Within(e0, 3, static e => ClassHas(e, "score", "grade", "rating")) && Within(e0, 4, static e => ClassHas(e, "review")) && !Within(e0, 6, static e => e.LocalName is "table");

    private static bool Within(AngleSharp.Dom.IElement start, int levels, Func<AngleSharp.Dom.IElement, bool> test)
    {
        for (var (e, up) = (start, 0); e is not null && up < levels; e = e.ParentElement, up++)
            if (test(e)) return true;
        return false;
    }

    private static bool IsReporterLine(string t) => t.Length <= BoilerplateVocabulary.MaxNoticeLength && ReporterBeat.IsMatch(t) && BoilerplateVocabulary.IsClosingPromo(t);

    private static readonly Regex ReporterBeat = new(@"\b(?:covers|writes about|reports on)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static bool IsTailBoilerplate(TextBlock b, int total)
    {
        var t = b.Text;
        if (Notice(b, total) is not null) return true;
        if (t.Length <= 90 && BoilerplateVocabulary.MatchSectionHeading(t) is not null) return true;
        if (BoilerplateVocabulary.MatchByline(t) is not null) return true;
        if (Datelines.IsDateOnly(t)) return true;
        if (t.Length < 200 && b.LinkDensity > 0.6) return true;
        if (t.Length < 400 && b.Tag != "li" && (AuthorBioLine.IsMatch(t) || (b.LinkChars > 0 && AcademicCredit.IsMatch(t)))) return true;
        if (BoilerplateVocabulary.IsContactLine(t) || BoilerplateVocabulary.IsPublishedInLine(t) || BoilerplateVocabulary.IsClosingPromo(t) || BoilerplateVocabulary.IsRegulatorNotice(t)) return true;
        // a press release's contacts: "Investor Contact:\nColin Marsh\n+1 617 555 0100"; the reporter's sign-off with an address
        if (t.Length <= 400 && ContactBlock.IsMatch(t)) return true;
        if (b.Tag != "li" && (BoilerplateVocabulary.IsSignOffWithAddress(t) || BoilerplateVocabulary.IsCommentPrompt(t))) return true;
        if (IsAddressLine(t) && b.Container?.Closest("blockquote") is null) return true; // the reporter's address alone on a line (not a quoted e-mail's sender)
        // the reporter's address with a wire's end mark ("sooyeon@yna.co.kr\n(END)"), or the reporter's contact line "Name: address
        // or phone. Twitter: @handle" (with the handle: "Volunteer coordinator Ellen Cho: echo@… or 412-555-0173" is a service line)
        if (t.Length <= 160 && t.IndexOf('@') > 0 && (EmailWithEndMark.IsMatch(t) || NamedContact.IsMatch(t))) return true;
        if (t.Length <= 40 && DeskSignOff.IsMatch(t)) return true;
        // the correspondent's signature under the story ("Bertrand Lasserre (Correspondant à Lyon)", "Ana Gil (corresponsal en Bruselas)")
        if (t.Length <= 90 && t[^1] == ')' && b.Tag != "li" && CorrespondentSignOff.IsMatch(t)) return true;
        // the site's licence ("Todo o conteúdo deste site está publicado sob a Licença Creative Commons …"), the paper's e-paper
        // offer ("Per leggere tutto acquista il quotidiano o abbonati alla edizione digitale.")
        if (t.Length <= 400 && t.Contains("creative commons", StringComparison.OrdinalIgnoreCase) && LicenceNotice.IsMatch(t)) return true;
        if (t.Length <= 200 && EditionPromo.IsMatch(t)) return true;
        // the site's own appeal, in brackets or not ("… Play an active role in shaping our journalism by becoming a member. …"; a
        // station's script quoted in a story is in quotation marks); the reporter's bio naming the site by its domain
        if (t.Length <= 400 && t.Contains("our journalism", StringComparison.OrdinalIgnoreCase) && t.AsSpan().IndexOfAny("\"“”«»„") < 0 && OwnAppeal.IsMatch(t)) return true;
        if (t.Length < 300 && b.Tag != "li" && DomainBio.IsMatch(t)) return true;
        // Newsquest's note on comments for subscribers, under every story of its papers: the question and its answer
        if (t.Length <= 400 && SubscriberComments.IsMatch(t)) return true;
        // the reporter's dashed sign-off with an address ("— Daniel Whitaker; dwhitaker@oregonian.com; 503-294-5121; @dwhitakerOR")
        // or initials with the desk ("—KG, GMA News")
        if (t.Length <= 160 && t.Length > 0 && char.GetUnicodeCategory(t[0]) == System.Globalization.UnicodeCategory.DashPunctuation && DashedSignOff.IsMatch(t)) return true;
        // the writer's beat ("Marisol Quintero covers agriculture and water for The Fresno Bee."), and the paper's note that the
        // story first ran earlier ("This story was originally published March 8, 2022 5:00 AM.", anywhere in the run: the bio may follow)
        if (t.Length < 300 && b.Tag != "li" && CoversBio.IsMatch(t)) return true;
        if (t.Length <= 100 && OriginallyPublished.Match(t) is { Success: true } op && Datelines.IsDateOnly(t[op.Length..])) return true;
        return false;
    }

    // (a name of two to four capitalised words, its beat, then a masthead or a desk — "for The Fresno Bee", "for NPR", "for the
    // Climate desk" —, and nothing after but the writer's own sentences: "Jenny Lewis covers Fleetwood Mac's album at The
    // Fillmore", "Medicare Part D covers Wegovy for Americans …" and "JPMorgan Chase reports on Friday, … for Wall Street banks"
    // are news, and so is a bio-shaped sentence that goes on with what someone said)
    private static readonly Regex CoversBio = new(
        @"^(?!.*\b(?:said|says|told|tells)\b)(?!(?i:the|a|an|this|our|he|she|they)\s)(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s+(?i:covers|reports on|writes about|has covered|has reported on)\s[^.!?]{3,120}?\b(?i:for|at)\s+(?:(?i:the)\s+)?" +
        @"(?=[^.!?]{0,60}?(?:\b(?:News|Times|Post|Press|Herald|Tribune|Journal|Bee|Star|Globe|Gazette|Chronicle|Courier|Examiner|Daily|Weekly|Magazine|Wire|Today|Radio|Review|Register|Record|Observer|Guardian|Telegraph|Independent|Mail|Mirror|Express|Standard|Inquirer|Dispatch|Sentinel|Enquirer|Leader|Reporter|Bulletin|Monitor|Insider|Report|Sports|Online|Media|Network)\b|\b(?i:desk|newsroom|newspaper|station|site|magazine|publication)\b|\b\p{Lu}{2,6}\b))" +
        @"\p{Lu}?[^.!?]{0,60}[.!](?:\s+(?:He|She|They|Her|His|Their|Follow|Reach|Contact|E-?mail)\b[^!?]{0,200})?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "This story was originally published March 8, 2022 5:00 AM.", "Dieser Artikel erschien zuerst am 12. April 2025." (a date follows)
    private static readonly Regex OriginallyPublished = new(
        @"^(?:this (?:story|article) (?:was|is) (?:originally |first )?(?:published|posted)|(?:dieser|der) (?:artikel|beitrag) erschien (?:zuerst|erstmals|ursprünglich)|este (?:artículo|texto) (?:fue publicado|se publicó) (?:originalmente|por primera vez)|cet article a été (?:initialement |d'abord |d’abord )?publié|questo articolo è stato (?:originariamente |inizialmente )?pubblicato|dit artikel (?:verscheen|is) (?:eerder |oorspronkelijk )?(?:gepubliceerd|verschenen)?)(?:\s+(?:on|am|el|le|il|op))?\s*:?\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex RailHeading = new(@"^(?:latest|more|recent|top|most|trending|popular|related|also)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);


    // The page's own stamp as the text's last block: "First Published October 14, 2019, 6:30am", "Last updated: 5/14/2019 10:02
    // ET" (a publishing label, then a date and nothing else: "First published October 16, 1959, by Viking" is a book's, "Written
    // in Kharkiv, March 3, 2022" a poem's). Only the last block: a blog's "Update vom …" notes above it are its text.
    private static bool IsClosingStamp(string t)
    {
        if (t.Length > 60 || !t.AsSpan().ContainsAnyInRange('0', '9') || StampLabel.Match(t) is not { Success: true } m) return false;
        var rest = t[m.Length..];
        return rest.Length > 0 && Datelines.IsDateOnly(rest);
    }

    private static readonly Regex StampLabel = new(@"^(?:first |originally |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The editors' initials closing the text, the last block: "mvg/rcr", "(kbe)", "ERV", "ERV/jm". Lower-case letters only with a
    /// slash or in brackets ("then", "ok" closing a poem or a quoted exchange are words); not in a quote or an embedded post
    /// (a tweet's "LFG").
    /// </summary>
    private static bool IsEditorInitials(TextBlock b) =>
        b.Text.Length <= 24 && b.Tag is "p" or "div" or "span" or "em" or "i" or "small" && EditorInitials.IsMatch(b.Text) &&
        b.Owner?.Closest("blockquote, q, [class*=tweet], [class*=embed]") is null;

    // (one case per token; capitals up to three letters alone: "UEPA" is a name)
    private static readonly Regex EditorInitials = new(@"^(?:\((?:\p{Ll}{2,4}|\p{Lu}{2,4})(?:\s?/\s?(?:\p{Ll}{2,4}|\p{Lu}{2,4})){0,3}\)|\p{Ll}{2,4}(?:\s?/\s?\p{Ll}{2,4}){1,3}|\p{Lu}{2,3}(?:\s?/\s?(?:\p{Lu}{2,4}|\p{Ll}{2,4})){0,3})\.?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static bool IsWireCredit(TextBlock b) => b.Text.Length < 200 && WireCreditLine.IsMatch(b.Text);

    // (and "with information from" the agency: "Con información de EFE", "Με πληροφορίες από ΑΠΕ-ΜΠΕ")
    private static readonly Regex WireCreditLine = new(@"^(?:contributing|additional reporting(?: by)?|reporting by|with reporting from|with (?:information|material) from|mit material (?:von|der|des)|con información de|com informações d[aeo]s?|con informazioni d[ai]|met informatie van|με πληροφορίες από)\s*:?\s*(?-i:\p{Lu})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A desk's sign-off closing the story: "— Staff report", "—Staff and wire reports"
    private static readonly Regex CorrespondentSignOff = new(
        @"^\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|de|da|van|von|di|del|le|la)){1,4},? \((?i:correspondant|correspondante|correspondent|corresponsal|correspondente|corrispondente|korrespondent|korrespondentin|envoyée? spéciale?|enviad[oa] especial|inviat[oa]|special correspondent)\b[^()]{0,50}\)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // (the site's content as the subject, or "licensed under": a story about the licences names them otherwise)
    private static readonly Regex SubscriberComments = new(
        @"^why are you making commenting on [^?]{2,60}? (?:only )?available to (?:our )?subscribers(?: only)?\s*\??$|^we know how important it is for readers to engage with the journalism we produce\b[^\n]{0,200}\bcommenting available to our subscribers only\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex DomainBio = new(
        @"^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s+is an? (?:[\p{L}-]+\s+){0,2}(?i:reporter|writer|editor|correspondent|journalist|columnist|producer|contributor) (?i:for|at|with) [\p{Ll}\d-]{2,30}\.(?:com|org|net|news|co\.uk|ca|com\.au|in|ie|co\.nz)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex OwnAppeal = new(@"\b(?:support|sustain|fund|shape|shaping|supporting|funding)\b[^.!?]{0,40}\bour journalism\b[^.!?]{0,30}\bby (?:becoming a (?:member|subscriber|supporter|patron)|subscribing|donating|contributing|joining)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex LicenceNotice = new(
        @"^(?:(?:todo o conteúdo dest[ea] (?:site|portal|página)|todo el contenido de este (?:sitio|portal|medio)|tout le contenu de ce site|alle inhalte dieser (?:seite|website)|tutti i contenuti di questo sito|alle inhoud van deze (?:site|website)|all (?:the )?content on this (?:site|website)|this (?:article|story|work|post)|our (?:articles|stories|journalism|content)|este (?:artículo|texto)|cet article|dieser (?:artikel|beitrag)|questo articolo|dit artikel)\b" +
        @"|(?:(?:re)?published|licensed|available|republish\w*) under\b)[^\n]{0,160}\bcreative commons\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex EditionPromo = new(
        // (the offer itself, opening with its call: "Subscribers … can read the e-paper …" is a story's)
        @"^(?:scopri|leggi|sfoglia|abbonati|acquista|per leggere|lesen sie|abonnieren sie|lisez|abonnez-vous|découvrez|suscríbete|lee|assine|leia|lees|abonneer|read|subscribe to)\b[^.!?]{0,80}\b(?:edizione digitale|edicola digitale|e-?paper|digitale ausgabe|édition numérique|edición digital|edição digital|digitale editie|digitale krant)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex DeskSignOff = new(@"^[\p{Pd}]\s*(?:staff|wire|staff and wire|wire and staff|from staff and wire) reports?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // (semicolons, the sign-off's own: "— Ellen Cho, ellen.cho@…, 412-…" after "contact either coordinator:" is the story's; the
    // desk after the initials in capitalised words: "— TCU, Baylor and Houston have the week off." closes a roundup)
    private static readonly Regex DashedSignOff = new(
        @"^\p{Pd}\s*(?:\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|de|la|del|van|von|der|da|di|le)){1,4}\s*;\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*;\s*(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|@\w{2,30}))*" +
        @"|(?:\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}/)?[A-Z]{2,4}(?:/[A-Z]{2,4})*,\s*\p{Lu}[\p{L}\d&'’-]*(?: \p{Lu}[\p{L}\d&'’-]*){0,3})\W*$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // The reporter's address alone, or under a label that says it is the writer's ("Writer's email: kweku.mensah@graphic.com.gh"),
    // perhaps with a handle. (Under "E-Mail:" closing a story it is where readers write: "E-Mail: ehrenamt@tafel-wiesloch.de".)
    private static bool IsAddressLine(string t) => t.Length <= 100 && t.IndexOf('@') > 0 && BareEmail.IsMatch(t);

    private static readonly Regex EmailWithEndMark = new(@"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:\((?i:end|ends)\)|-30-)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex NamedContact = new(
        @"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*(?:,|;|or)\s*\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})?[.;]?" +
        @"\s*(?i:twitter|x)\s*:?\s*@\w+\.?$" +
        // the reporter's name with a phone and an address, nothing else ("Marisa Quintero, 757-446-2316, marisa.quintero@pilotonline.com")
        @"|^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3},\s*(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4},\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+,\s*\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})\.?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // The writer's blurb at the end: "Edward Russell is a senior aviation business reporter at The Points Guy.", "Anna Berg ist
    // Redakteurin im Ressort Wirtschaft." (a name of two to four capitalised words, then "is a … reporter/editor/…"). Only in
    // the trailing run: inside the story such a sentence introduces a source.
    // (a label of its own over names and numbers, or named as the press's: "Kontakt: Tierheim Botnang, Telefon …" closing a service
    // story is its text)
    private static readonly Regex ContactBlock = new(@"^(?:(?:investor|media|press|company|business|sales|public)(?: relations)? contacts?\s*:|(?:contacts?|kontakt|contato|contacto)\s*:\s*\n)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // (also with the reporter's handle: "marisol.trevino@express-news.net | Twitter: @marisoltrevino")
    private static readonly Regex BareEmail = new(@"^(?:\p{Pd}\s*)?(?:(?:the )?(?:writer|author|reporter)['’]?s? e-?mail(?: address)?\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[|,;•]\s*(?:(?:twitter|x|instagram|bluesky|threads)\s*:?\s*)?@[\w.]{2,30})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex AuthorBioLine = new(
        // (a name of two words or more, not "The New York Times is…" or "He is…"; present tense; the role right after the
        // article and a few adjectives; then the outlet or institution, capitalised: "…is the author of the bill" is news)
        @"^(?!(?i:the|a|an|der|die|das|le|la|les|el|los|las|il|lo|de|het|een|this|our)\s)(?:\p{Lu}[\p{L}'’.-]*\s+){2,4}(?i:is|ist|est|es|é|è)\s+(?:(?i:a|an|the|ein|eine|un|une|una|uno|um|uma|een|de|het|il|lo|la|el|o)\s+)?(?:[\p{L}-]+\s+){0,4}?" +
        @"(?i:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|photographer|author|founder|co-founder|professor|lecturer|researcher|fellow|economist|analyst|consultant|attorney|lawyer|redakteur|redakteurin|journalistin|korrespondent|korrespondentin|autorin|autor|journaliste|rédacteur|rédactrice|correspondant|correspondante|periodista|redactor|redactora|corresponsal|giornalista|redattore|redattrice|corrispondente|jornalista|redator|redatora|correspondente|verslaggever|redacteur)s?\b" +
        @"[^.!?]{0,80}?\b(?i:at|for|with|in|of|(?<=\ban? (?:[\p{L}-]+\s)?contributors?\s)to|bei|für|im|beim|chez|à|au|en|de|di|del|da|do|em|voor|bij)\s+(?:(?i:the|der|die|dem|den|la|le|les|el|il|o|a|de|het)\s+)?[“""‘'«„]?\p{Lu}",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // An academic writer's credit line, linked to the profile or the institution (The Conversation): "Rachel Nuñez, Associate
    // Professor of Environmental Health, University of Colorado Boulder". (Unlinked, it may be a list of a panel's members.)
    private static readonly Regex AcademicCredit = new(
        @"^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*,\s+(?:(?i:associate|assistant|senior|adjunct|visiting|honorary|emeritus|research|principal|distinguished)\s+)*(?i:professor|lecturer|researcher|research fellow|fellow|reader|scientist|phd candidate|doctoral candidate|postdoctoral (?:fellow|researcher)|dean)\b[^.!?]{0,120},\s+\p{Lu}[^.!?]{2,80}$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex NameSeparators = new(@"\s*(?:,|;|&|\||/|\s(?:and|und|et|y|e|en)\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static HashSet<string>? AuthorNames(string? author)
    {
        if (string.IsNullOrWhiteSpace(author)) return null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in NameSeparators.Split(author))
            if (NormKey(part) is { Length: >= 5 } k) names.Add(k);
        return names.Count > 0 ? names : null;
    }

    /// <summary>The line is the author's name, or their names ("Jane Doe and John Smith"), and nothing else.</summary>
    private static bool NamesOnly(string line, HashSet<string>? names)
    {
        if (names is null || line.Length > 120) return false;
        int n = 0;
        foreach (var part in NameSeparators.Split(line))
        {
            var k = NormKey(part);
            if (k.Length == 0) continue;
            if (!names.Contains(k)) return false;
            n++;
        }
        return n > 0;
    }

    // (the whole table: a booking calendar's weekday row reads like data, its rows of day numbers do not)
    private static bool InDataTable(TextBlock b) =>
        b.Owner is { } owner && Html.DomText.InDataRow(owner) && owner.Closest("table") is { } table && Html.DomText.IsDataTable(table);

    /// <summary>
    /// A block of lines set apart by line breaks (old sites write whole articles so): each line gets the line vocabulary, as
    /// the lines of a plain-text item do ("Hacemos periodismo…&lt;br&gt;HAZTE MIEMBRO…"). Returns whether lines were dropped.
    /// </summary>
    private static bool DropBoilerplateLines(TextBlock b, List<RemovedBlock> removed, bool last)
    {
        var lines = b.Text.Split('\n');
        int start = 0, end = lines.Length;
        // from either end, while the lines are notices (a one-word label or a "Stand:" line inside a block may be its text)
        while (start < end && LineNotice(lines[start].Trim(), removed)) start++;
        while (end > start && LineNotice(lines[end - 1].Trim(), removed)) end--;
        // (the text's last line: the reporter's sign-off with an address)
        // (or the reporter's address alone, under the last paragraph of a "<br><br>" body: "…construction projects.<br><br>pjw@koreatimes.co.kr";
        // not the end of a sentence that gives it: "… attached to an e-mail to<br><br>essay@…", "Write to us at:<br><br>transit@…")
        if (last && end > start && (BoilerplateVocabulary.IsSignOffWithAddress(lines[end - 1].Trim()) ||
                                    (end - start >= 3 && lines[end - 2].Trim().Length == 0 && lines[end - 3].TrimEnd() is [.., '.' or '!' or '?' or '"' or '”' or '»'] && IsAddressLine(lines[end - 1].Trim()))))
        {
            removed.Add(new RemovedBlock(BoilerplateKind.Byline, "sign-off (the text's last line)", lines[end - 1].Length, DomText.Preview(lines[end - 1].Trim())));
            end--;
        }
        // A picture's caption over its credit line, in a box of its own right after the picture ("… on Monday.<br>Photo: Huang
        // Chih-yuan, Taipei Times" in an <h5>): the caption goes with its credit.
        // (a photo's credit, not a source: "Quelle: Statistisches Bundesamt" under a paragraph after a chart is the text's; and
        // one sentence, not a paragraph)
        if (end == start + 1 && end < lines.Length && lines.Skip(end).FirstOrDefault(l => l.Trim().Length > 0) is { } credit && PhotoCreditLine.IsMatch(credit.Trim()) &&
            lines[start].Trim() is { Length: <= 200 } captionLine && !InnerSentenceEnd.IsMatch(captionLine) && IsCaptionBox(b))
        {
            var caption = string.Join(' ', lines[start..end]).Trim();
            removed.Add(new RemovedBlock(BoilerplateKind.Credit, "caption over its credit line, after a picture", caption.Length, DomText.Preview(caption)));
            b.Text = "";
            return true;
        }
        // Inside, a line set apart as a paragraph of its own (blank lines around it: <br><br>) that is a read-also link or an
        // ad's bare label: the "ALSO READ: <headline>" an old CMS puts between the paragraphs of a one-block body. (A read-also
        // line only when it is mostly a link: "Read more: the full audit is posted on the controller's website" and "Mira:
        // nunca lo hagas…" are the text's; other kinds stay: in a paragraph of its own, a "Stand:" or a credit may be the text's.)
        bool[]? drop = null;
        for (int i = start + 1; i < end - 1; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || lines[i - 1].Trim().Length != 0 || lines[i + 1].Trim().Length != 0) continue;
            if (LineKind(new TextBlock { Text = line, Tag = "line" }) is not { } kind ||
                !(kind == BoilerplateKind.Related && MostlyLink(b.Owner ?? b.Container, line) || kind == BoilerplateKind.Ad && BareAdLabel.IsMatch(line))) continue;
            removed.Add(new RemovedBlock(kind, "vocabulary (a paragraph of its own inside a block)", line.Length, DomText.Preview(line)));
            drop ??= new bool[lines.Length];
            drop[i] = drop[i + 1] = true; // the line and the blank line after it
        }
        if (drop is not null)
        {
            b.Text = string.Join('\n', Enumerable.Range(start, end - start).Where(i => !drop[i]).Select(i => lines[i])).Trim();
            return true;
        }
        if (start == 0 && end == lines.Length) return false;
        b.Text = string.Join('\n', lines[start..end]).Trim();
        return true;
    }

    private static bool IsEndMark(string t) => t is "###" or "# # #" or "-30-" or "- 30 -" or "—30—";

    private static int? ReleaseEndMark(List<TextBlock> blocks)
    {
        int mark = -1;
        for (int i = 0; i < blocks.Count; i++)
            if (IsEndMark(blocks[i].Text)) { if (mark >= 0) return null; mark = i; }
        if (mark < Math.Max(1, blocks.Count / 2)) return null;
        // (past a line of links: "[ Back to Press Releases | Printer Friendly | Next >> ]")
        int next = mark + 1;
        while (next < blocks.Count && blocks[next].LinkDensity > 0.5) next++;
        if (next < blocks.Count && !ReleaseMatter.IsMatch(blocks[next].Text) && !(blocks.Count - next <= 2 && SenderDescription.IsMatch(blocks[next].Text))) return null;
        return mark;
    }

    private static readonly Regex ReleaseMatter = new(@"^(?:about |media contact|press contact|contacts?\b|for more information|source\b|press\b)|@[\w-]+\.|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\bwww\.|https?://|\bcrime stoppers\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // The sender's description of itself without its "About" heading, closing the release after its end mark ("The West March
    // Department of Health works to protect …", "Harlow Bay Water (HBW) is the publicly owned …"): a name of two capitalised
    // words or more, then what it is or does. Only as the last block or two: after a scene break, a feature goes on.
    private static readonly Regex SenderDescription = new(
        @"^(?:the |la |el |le |l'|die |der |das )?(?-i:\p{Lu})[\p{L}\d.'’&-]*(?: (?:(?-i:\p{Lu})[\p{L}\d.'’&-]*|of|for|and|&|de|del|des|für)){1,8}(?: \((?-i:\p{Lu}{2,8})\))?,? (?:is|are|works|serves|provides|operates|was (?:founded|established|created)|es una?|est une?|ist eine?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // From an "About <Company>" block over the paragraph that describes the company, or a "Media contacts" heading over
    // addresses and numbers, in the text's second half; only when nothing after it is another section of the story (a later
    // heading that is no press-release matter) and no "About <Name>" came earlier (a voter guide's sections).
    private static int? PressReleaseTail(List<TextBlock> blocks)
    {
        int half = blocks.Count / 2;
        for (int i = 0; i < half; i++)
            if (blocks[i].Text.Length <= 60 && AboutHeading.IsMatch(blocks[i].Text)) return null;
        for (int i = Math.Max(3, half); i < blocks.Count; i++)
        {
            var t = blocks[i].Text;
            if (t.Length > 400 || t[0] is not ('A' or 'M' or 'P' or 'I' or 'a' or 'm' or 'p' or 'i')) continue;
            int nl = t.IndexOf('\n');
            var first = (nl < 0 ? t : t[..nl]).Trim();
            if (first.Length > 60) continue;
            var next = nl >= 0 ? t[(nl + 1)..].TrimStart() : i + 1 < blocks.Count ? blocks[i + 1].Text : "";
            bool matter;
            if (ContactsHeading.IsMatch(first))
                // (over addresses and numbers: "Media inquiries" over the story's findings is a section of it)
                matter = next.Length is > 0 and < 200 && ContactDetail.IsMatch(next);
            else if (AboutHeading.Match(first) is { Success: true } m)
            {
                // "About Corvane Software" over "Corvane Software builds … Founded in 2009 and headquartered in …"
                var name = m.Groups[1].Value;
                int word = name.IndexOfAny([' ', ',']);
                // (or names it after its founding: "Founded in 1978 in Council Bluffs, Iowa, Prairie Frost Logistics is …"; a profile's
                // "Born in Leicester in 1979, Priya Raman moved …" is a person's)
                matter = next.Length >= 80 && (next.StartsWith(word < 0 ? name : name[..word], StringComparison.Ordinal) ||
                                               (word > 0 && (next.StartsWith("Founded ", StringComparison.Ordinal) || next.StartsWith("Established ", StringComparison.Ordinal)) &&
                                                next.AsSpan(0, Math.Min(next.Length, 120)).Contains(name.TrimEnd(','), StringComparison.Ordinal))) && CompanyWords.IsMatch(next);
            }
            else continue;
            if (!matter) continue;
            for (int j = i + 1; j < blocks.Count; j++)
                if (blocks[j].IsHeading && !IsPressMatterHeading(blocks[j].Text)) return null;
            return i;
        }
        return null;
    }

    private static bool IsPressMatterHeading(string t) =>
        AboutHeading.IsMatch(t) || ContactsHeading.IsMatch(t) || PressMatterHeading.IsMatch(t);

    // A company's name: capitalised words, with "of", "and", "&", "for", "the" between them ("About Nvidia, analysts were
    // more cautious." is a sentence)
    private static readonly Regex AboutHeading = new(@"^(?i:about) (?!(?i:the|this|these|a|an|our|us|me|him|her|them|it|its|you)\b)(\p{Lu}[\p{L}\d.'’&()-]*(?: (?:\p{Lu}[\p{L}\d.'’&()-]*|\d[\p{L}\d.-]*|of|and|&|for|the|de|du|des|von|und))*,?(?: (?:Inc|Ltd|LLC|GmbH|AG|SA|plc|N\.V|S\.A)\.?)?)\s*:?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex CompanyWords = new(@"\b(?:founded|headquartered|based in|inc\.|ltd|llc|gmbh|plc|nyse|nasdaq|provider of|leader in|leading|www\.|\.com\b|for more information|employees|subsidiary|publicly traded)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ContactsHeading = new(@"^(?:media|press|investor|news media)(?: relations)? (?:contacts?|inquiries|enquiries)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ContactDetail = new(@"@[\w-]+\.|\+?\(?\d{1,4}\)?[ .-]?\d{3}[ .-]\d{3,4}",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex PressMatterHeading = new(@"^(?:forward[- ]looking statements?|safe harbor statement|source\s*:.*|contacts?\s*:?|(?:media|press|investor) (?:contacts?|kit|resources))\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A link in the block whose text is at least half of the line ("ALSO READ: <a>headline</a>").
    private static bool MostlyLink(AngleSharp.Dom.IElement? owner, string line)
    {
        if (owner is null) return false;
        foreach (var a in owner.QuerySelectorAll("a"))
        {
            var text = DomText.Normalize(a.TextContent);
            if (text.Length * 2 >= line.Length && line.Contains(text, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly Regex BareAdLabel = new(
        @"^\W*(?:advertisement|advertising|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|advertentie|reklame|annonce|ads?)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static bool LineNotice(string line, List<RemovedBlock> removed)
    {
        if (line.Length == 0) return true;
        // a labelled date stamp closing or opening the block ("Posted: 11/23/2026 4:55:00 PM" under a subhead and a byline; a
        // bare date there is a letter's signature, a diary entry's or a listing's)
        if (line.Length <= 60 && line.AsSpan().ContainsAnyInRange('0', '9') && Datelines.IsLabelledStamp(line) && !DomText.EndsLikeSentence(line))
        {
            removed.Add(new RemovedBlock(BoilerplateKind.Dateline, "dateline (a line at the end of a block)", line.Length, DomText.Preview(line)));
            return true;
        }
        var kind = LineKind(new TextBlock { Text = line, Tag = "line" });
        if (kind is not (BoilerplateKind.Newsletter or BoilerplateKind.Share or BoilerplateKind.Ad or BoilerplateKind.Cookie or
            BoilerplateKind.Comments or BoilerplateKind.Footer or BoilerplateKind.Credit or BoilerplateKind.Related)) return false;
        removed.Add(new RemovedBlock(kind, "vocabulary (a line at the end of a block)", line.Length, DomText.Preview(line)));
        return true;
    }

    /// <summary>
    /// Latin words spelt partly with Cyrillic look-alikes ("Yоur соntеnt іѕ dеlіvеrеd"): advertising disguised from filters.
    /// Real text keeps each word in one script; a third of the words mixed is no accident. (Not Greek: "5 μg" is a unit.)
    /// </summary>
    internal static bool IsHomoglyphText(string t)
    {
        if (!t.AsSpan().ContainsAnyInRange('\u0400', '\u04FF')) return false;
        int words = 0, disguised = 0, letters = 0;
        bool latin = false, cyrillic = false, onlyLookAlikes = true;
        foreach (var ch in t)
        {
            if (char.IsLetter(ch))
            {
                letters++;
                if (ch < '\u0250') latin = true;
                else if (ch is >= '\u0400' and <= '\u04FF') { cyrillic = true; onlyLookAlikes &= LookAlikes.Contains(ch); }
                continue;
            }
            EndWord();
        }
        EndWord();
        return disguised >= 3 && disguised * 3 >= words;

        // (a Cyrillic word with a Latin "i" typed into it, as Ukrainian and Belarusian sites often have, keeps letters
        // like м, н, т, л that no Latin letter looks like)
        void EndWord()
        {
            if (letters >= 3) { words++; if (latin && cyrillic && onlyLookAlikes) disguised++; }
            letters = 0; latin = cyrillic = false; onlyLookAlikes = true;
        }
    }

    // Cyrillic letters drawn like Latin ones: а е о р с у х і ѕ ј ԁ һ ӏ and А В Е К М Н О Р С Т У Х І Ѕ Ј
    private static readonly System.Buffers.SearchValues<char> LookAlikes = System.Buffers.SearchValues.Create(
        "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0455\u0458\u0501\u04BB\u04CF\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0423\u0425\u0406\u0405\u0408");

    private static bool IsSectionFollower(TextBlock b, string sectionKind, bool first)
    {
        // (a linked headline right under "Les også" / "Read also" too; a linked subheading further on is the article's)
        if (b.IsHeading) return (first && b.LinkDensity > 0.5) || BoilerplateVocabulary.MatchSectionHeading(b.Text) is not null;
        if (b.LinkDensity > 0.5) return true;
        if (sectionKind == BoilerplateKind.Comments && BoilerplateVocabulary.IsCommentFormText(b.Text)) return true;
        if (sectionKind is BoilerplateKind.Related) return b.Text.Length < 120 && !DomText.EndsLikeSentence(b.Text);
        if (sectionKind is BoilerplateKind.Share or BoilerplateKind.Newsletter) return b.Text.Length < 160;
        return false;
    }

    /// <summary>The boilerplate kind of a line, when the line is short enough for phrase rules.</summary>
    // Soft hyphens, zero-width spaces, word joiners and stray BOMs: hyphenation hints in the markup ("Mit&shy;tel&shy;al&shy;ter")
    // that split words for every consumer of the text (search, matching, shingles). ZWJ/ZWNJ stay: scripts and emoji need them.
    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create("\u00AD\u200B\u2060\uFEFF");

    /// <summary>Holds a character that is neither whitespace nor invisible (soft hyphen, zero-width space, word joiner, BOM).</summary>
    internal static bool HasVisibleText(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
            if (!char.IsWhiteSpace(ch) && !Invisible.Contains(ch)) return true;
        return false;
    }

    /// <summary>
    /// A drop cap set apart from its paragraph ("&lt;span class=dropcap&gt;T&lt;/span&gt;&lt;p&gt;urkey, Poland …") renders as a
    /// block of one letter: it goes back onto the word it starts.
    /// </summary>
    private static void JoinDropCaps(List<TextBlock> blocks)
    {
        for (int i = blocks.Count - 2; i >= 0; i--)
        {
            var t = blocks[i].Text;
            // (only a block not rendered from a whole element: the HTML output keeps what the text has not removed)
            if (t.Length != 1 || !char.IsUpper(t[0]) || blocks[i].OwnerStats is not null) continue;
            var next = blocks[i + 1];
            if (next.Text.Length < 2 || !char.IsLower(next.Text[0]) || next.IsHeading) continue;
            next.Text = t + next.Text;
            blocks.RemoveAt(i);
        }
    }

    private static void StripInvisible(List<TextBlock> blocks)
    {
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            var t = blocks[i].Text;
            // a short line of ornaments only: a section break ("♦", "* * *"), a wire's "___" rule
            if (t.Length <= 40 && IsOrnament(t) && blocks[i].Tag is not ("td" or "th" or "tr" or "pre") && blocks[i].Owner?.Closest("blockquote, pre") is null) { blocks.RemoveAt(i); continue; }
            if (t.AsSpan().IndexOfAny(Invisible) < 0) continue;
            var sb = new System.Text.StringBuilder(t.Length);
            foreach (var ch in t) if (!Invisible.Contains(ch)) sb.Append(ch);
            var clean = sb.ToString();
            if (!HasVisibleText(clean)) blocks.RemoveAt(i);
            else blocks[i].Text = clean;
        }
    }

    // (only ornaments: "=)" is a smiley, "½" a quantity, "· · · — — — · · ·" Morse; a poem's "~ ~ ~" in a <pre> or a quote stays)
    private static bool IsOrnament(string t)
    {
        foreach (var ch in t) if (!char.IsWhiteSpace(ch) && !Ornaments.Contains(ch)) return false;
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> Ornaments = System.Buffers.SearchValues.Create("♦◆◇●○•*⁂❖✦✧★☆■□▪▫◊_=§†‡※"); // (not "#": "###" ends a press release, see ReleaseEndMark)

    // A photo credit at the end of a caption-length block: "… in Taipei. Photo: AP", "… (Foto: Stadt Nordhausen)",
    // "… (REUTERS/Denis Balibouse)". The caption stays; the credit names the photographer, not the story. The credit
    // follows a sentence's end or stands in brackets: "Step 3: upload the image: a JPEG" is an instruction.
    private static readonly Regex TrailingCredit = new(
        @"(?:(?<=[.!?…,;]\s*)|(?<=\s)(?=[(\[])|(?-i:(?<=\p{Ll})(?=\p{Lu})))\s*[(\[]?(?:fotos?|photos?|bild(?:er)?|images?|credits?|crédits?|créditos?|fotograf(?:ie|ía)|bildquelle|fotoquelle|copyright)(?: [\p{L}]+){0,2}\s*[:©]\s*[^.!?:()\[\]]{1,70}[)\]]?\s*$" +
        @"|(?<source>\s[(\[](?:quelle|source|fuente|fonte)\s*:\s*[^.!?:()\[\]]{1,60}[)\]]\s*$)" +
        @"|\s\((?:afp|reuters|ap|ap photo|dpa|efe|epa|ansa|getty images|imago|keystone)\b[^()]{0,60}\)\s*$" +
        // "… in Peking. © AFP / MARCO BERTORELLO": a copyright sign after the caption's last sentence
        @"|(?<=[.!?…]\s*)©\s*[^.!?()\[\]©]{2,70}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex PhotoCreditLine = new(@"^(?:photos?|fotos?|pictures?|bild|image|images|pic)\s*(?:[:©]|by\b|provided by\b|courtesy\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex InnerSentenceEnd = new(@"[.!?]\s+\p{Lu}", RegexOptions.CultureInvariant);

    private static readonly Regex TableSource = new(@"^(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fonti|fontes|bron|bronnen|źródło|zdroj|lähde|lähteet|källa|källor|kilde|kilder|kaynak|πηγή|forrás|sursa|источник|джерело)\s*:\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // (ASCII keywords only: one beyond ASCII sends SearchValues down a much slower path; "crédit" and "©" are looked for apart)
    private static readonly System.Buffers.SearchValues<string> CreditKeys = System.Buffers.SearchValues.Create(
        ["foto", "photo", "bild", "image", "credit", "copyright", "quelle", "source", "fuente", "fonte", "(afp", "(reuters", "(ap", "(dpa", "(efe", "(epa", "(ansa", "(getty", "(imago", "(keystone"],
        StringComparison.OrdinalIgnoreCase);

    private static bool HasCreditKey(ReadOnlySpan<char> tail) =>
        tail.IndexOfAny(CreditKeys) >= 0 || tail.Contains('©') || tail.Contains("crédit", StringComparison.OrdinalIgnoreCase);

    private static void StripTrailingCredits(List<TextBlock> blocks, List<RemovedBlock> removed)
    {
        foreach (var b in blocks)
        {
            var t = b.Text;
            if (t.Length > BoilerplateVocabulary.MaxNoticeLength || t.Length < 12 || b.IsHeading || t.Contains('\n')) continue;
            int tail = Math.Max(0, t.Length - 90); // the credit is at the end: search only there
            if (!HasCreditKey(t.AsSpan(tail))) continue;
            var m = TrailingCredit.Match(t, tail);
            if (!m.Success || m.Index < 8) continue; // a credit alone is the vocabulary's business
            var kept = t[..m.Index].TrimEnd(' ', ',', '-', '–', '|', '/', '·');
            // A bracketed source closes a caption or a report taken over ("… gehen weiter. (Quelle: SWR)"); after a title
            // that is no sentence, away from a picture, it names where the text's figures come from ("Kansas winter wheat
            // condition, in percent (Source: USDA NASS)" over a table).
            if (m.Groups["source"].Success && !DomText.EndsLikeSentence(kept) && !IsCaptionBox(b)) continue;
            if (kept.Length < 8) continue;
            removed.Add(new RemovedBlock(BoilerplateKind.Credit, "photo credit after a caption", t.Length - kept.Length, DomText.Preview(m.Value.Trim())));
            b.Text = kept;
        }
    }

    /// <summary>
    /// A block of 80+ characters that holds more than half of the text is the article (a one-paragraph feed item
    /// about an affiliate program, a disclaimer on cigarette packs), whatever words it contains: the line
    /// vocabulary does not remove it.
    /// </summary>
    public static bool IsBulk(int chars, int total) => chars >= 80 && chars * 2 > total;

    private static string? Notice(TextBlock b, int total) => IsBulk(b.Text.Length, total) ? null : LineKind(b);

    public static string? LineKind(TextBlock b)
    {
        var t = b.Text;
        // (MatchLine tries the comment-form notices first: no separate IsCommentFormText call)
        var k = BoilerplateVocabulary.MatchLine(t);
        if (k is null)
        {
            // (not a heading: "Reporting from Mariupol" over a section is the article's; a price line beside its shop link,
            // not in a list or table of prices)
            if (!b.IsHeading && BoilerplateVocabulary.IsReportingFrom(t)) return BoilerplateKind.Byline;
            // (a broadcast line as a list item is a TV preview's list of air times)
            if (!b.IsHeading && (BoilerplateVocabulary.IsReportErrorLine(t) || BoilerplateVocabulary.IsReleaseLabel(t) || (b.Tag != "li" && BoilerplateVocabulary.IsProgrammeLine(t)))) return BoilerplateKind.Meta;
            // a health site's badge alone ("Medically Reviewed"), not a list item or a heading that names it
            if (!b.IsHeading && b.Tag != "li" && t.Equals("Medically reviewed", StringComparison.OrdinalIgnoreCase)) return BoilerplateKind.Meta;
            if (!b.IsHeading && BoilerplateVocabulary.IsUpdateToggle(t)) return BoilerplateKind.Navigation;
            if (b.LinkChars > 0 && b.Tag is not ("li" or "td" or "th" or "tr") && BoilerplateVocabulary.IsPriceLine(t)) return BoilerplateKind.Ad;
            // a table's source under it, in any case ("Fuente: elaboración propia a partir de datos de …"; away from a table a
            // "Fuente:" line in lower case is a sentence)
            // (the table may stand in a wrapper of its own: "<div class="table-wrap"><table>")
            if (!b.IsHeading && t.Length <= 200 && b.Owner?.PreviousElementSibling is { } prev && IsOrWrapsTable(prev) && TableSource.IsMatch(t)) return BoilerplateKind.Credit;
            // a promo label in capitals over a linked headline ("MORE HIGH SCHOOL SPORTS: 5 takeaways …"; over the text's own words,
            // "MORE TEACHERS: The budget adds …" is a takeaway)
            if (b.LinkChars * 2 > t.Length && MoreLabel.IsMatch(t)) return BoilerplateKind.Related;
            return null;
        }
        if (b.IsHeading && k == BoilerplateKind.Navigation && BoilerplateVocabulary.IsPlayerLine(t)) return null;
        // "Themen: A, B, C" must look like a list, not a sentence, to be a tag line.
        if (k == BoilerplateKind.Tags && DomText.EndsLikeSentence(t) && b.LinkDensity < 0.3) return null;
        return k;
    }

    private static readonly Regex MoreLabel = new(@"^MORE(?: \p{Lu}[\p{Lu}\d'’&.-]*){1,4}:\s*\S", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A table, or a wrapper that holds one as a child or a grandchild (a figure with its caption, a scrolling box).
    private static bool IsOrWrapsTable(AngleSharp.Dom.IElement e)
    {
        if (e.LocalName == "table") return true;
        if (e.LocalName is not ("div" or "figure" or "section")) return false;
        foreach (var c in e.Children)
        {
            if (c.LocalName == "table") return true;
            if (c.LocalName == "div")
                foreach (var g in c.Children) if (g.LocalName == "table") return true;
        }
        return false;
    }

    // Another date-only block further down: the dates are the text's own (a diary's entries, an event's days).
    private static bool LaterDateOnly(List<TextBlock> blocks, int i) => Later(blocks, i, static t => t.Length <= 60 && Datelines.IsDateOnly(t));

    // Another update time further down: the stamps are a timeline's entries.
    private static bool LaterLabelledTime(List<TextBlock> blocks, int i) => Later(blocks, i, Datelines.IsLabelledTime);

    private static bool Later(List<TextBlock> blocks, int i, Func<string, bool> test)
    {
        for (int j = i + 1; j < blocks.Count; j++)
            if (test(blocks[j].Text)) return true;
        return false;
    }

    // A block that describes a picture: in a figure, named as a caption or credit, or right after an image in its box.
    private static bool IsCaptionOfPicture(TextBlock b) =>
        Near(b, 3, static e => e.LocalName == "picture" || IsCaptionElement(e) || (e.PreviousElementSibling is { } prev && DomText.HoldsPicture(prev)));

    // A caption by its box (a figure, a box named so) or right after a picture: closer than IsCaptionOfPicture, whose
    // three levels reach past a paragraph to the lead picture before its article body.
    private static bool IsCaptionBox(TextBlock b) =>
        Near(b, 3, IsCaptionElement) || (b.Owner?.PreviousElementSibling is { } prev && DomText.HoldsPicture(prev));

    private static bool IsCaptionElement(AngleSharp.Dom.IElement e) =>
        e.LocalName is "figure" or "figcaption" || ClassHas(e, "caption", "credit", "bild", "photo", "image");

    // The site's name alone on a line, not a heading or a list item (og:site_name).
    private static readonly char[] TitleSeparators = ['-', '|', '–', '—', '·'];

    /// <summary>Where a page title's last part, the site's name, begins: its last separator between spaces ("… season - Hartford
    /// Courant"), or -1.</summary>
    internal static int SiteNameCut(string title)
    {
        int cut = title.LastIndexOfAny(TitleSeparators);
        return cut > 0 && title[cut - 1] == ' ' && cut + 1 < title.Length && title[cut + 1] == ' ' ? cut : -1;
    }

    // The publisher's description of itself, named as the site is (og:site_name, or the title's part after its last " - "/" | "):
    // "KHN (Kaiser Health News) is a national newsroom that produces …" on Kaiser Health News; a story about another newsroom
    // (or the site's own story about its newsroom, which tells more than what it does) is not that.
    private static bool IsOwnBlurb(TextBlock b, string? normSite, string? titleSite)
    {
        if (b.Tag == "li" || (normSite is null && titleSite is null) || !BoilerplateVocabulary.IsPublisherBlurb(b.Text)) return false;
        var subject = NormKey(b.Text[..b.Text.IndexOf(" is a", StringComparison.Ordinal)]);
        if (subject.Length < 3) return false;
        static bool Same(string subject, string? site) => site is not null && (subject.Contains(site, StringComparison.Ordinal) || site.Contains(subject, StringComparison.Ordinal));
        return Same(subject, normSite) || Same(subject, titleSite);
    }

    private static bool IsSiteNameLine(TextBlock b, string? normSite) =>
        normSite is not null && !b.IsHeading && b.Tag != "li" && b.Text.Length <= 60 && NormKey(b.Text) == normSite;

    private static bool HeadlineFollows(List<TextBlock> blocks, int i, string? normHeadline)
    {
        for (int j = i + 1; j < blocks.Count && j <= i + 2; j++)
            if (blocks[j].Tag == "h1" && IsTitle(blocks[j].Text, normHeadline)) return true;
        return false;
    }

    private static bool IsTitle(string text, string? normTitle)
    {
        if (normTitle is null || normTitle.Length < 8) return false;
        var k = NormKey(text);
        return k == normTitle;
    }

    /// <summary>A heading that is the title with or without a site name ("Headline" vs "Headline | Site").</summary>
    private static bool IsTitleVariant(string text, string normTitle, bool kicker = false)
    {
        var k = NormKey(text);
        if (k.Length < 10 || normTitle.Length < 10) return false;
        var (shorter, longer) = k.Length <= normTitle.Length ? (k, normTitle) : (normTitle, k);
        if (!longer.Contains(shorter, StringComparison.Ordinal)) return false;
        // (or the title under its kicker, in the same heading: "Umgestürzte Bäume, gesperrte Strecken Sturmtief Kiara legt …")
        return shorter.Length * 10 >= longer.Length * 6 || (kicker && ReferenceEquals(shorter, normTitle) && shorter.Length >= 25 && longer.Length - shorter.Length <= 45 &&
                                                             (k.EndsWith(shorter, StringComparison.Ordinal) || k.StartsWith(shorter, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The page's title with words put in ("Lottie Brennan, 29, flashes her sparkling engagement ring … after whirlwind
    /// romance" over the og:title "Lottie Brennan flashes her engagement ring …": the Daily Mail's headline is longer than
    /// its title): every word of a title of five words or more, in order, in a heading at most twice as long.
    /// </summary>
    private static bool IsExpandedTitle(string text, string title)
    {
        var titleWords = TitleWords(title);
        if (titleWords.Count < 5) return false;
        var words = TitleWords(text);
        if (words.Count > titleWords.Count * 2) return false;
        int j = 0;
        foreach (var w in words)
            if (j < titleWords.Count && w == titleWords[j]) j++;
        return j == titleWords.Count;
    }

    private static List<string> TitleWords(string s)
    {
        var list = new List<string>();
        foreach (var part in s.Split([' ', ',', ';', ':', '.', '!', '?', '\'', '"', '“', '”', '‘', '’', '(', ')', '|', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries))
            if (NormKey(part) is { Length: > 0 } k) list.Add(k);
        return list;
    }

    /// <summary>
    /// The page's title reworded a little in the heading that opens the text ("… 30 years after losing it in her garden - after
    /// her grandson dug it up wrapped around a POTATO" over "… 30 years after losing it - found around a POTATO"; a kicker and
    /// the words moved: "Wohnen in München Neuer Mietspiegel: Mieten steigen um 3,1 Prozent" over "Neuer Mietspiegel: Mieten in
    /// München steigen um 3,1 Prozent"): four in five of a title's words (six or more), in order, in a heading at most twice as
    /// long. Only as the text's first block, where the headline stands when the page prints it as an &lt;h2&gt;.
    /// </summary>
    private static bool IsReworkedTitle(string text, string title)
    {
        var titleWords = TitleWords(title);
        if (titleWords.Count < 6) return false;
        var words = TitleWords(text);
        if (words.Count > titleWords.Count * 2) return false;
        // the longest common subsequence of the two word lists
        var row = new int[titleWords.Count + 1];
        foreach (var w in words)
        {
            int diagonal = 0;
            for (int j = 1; j <= titleWords.Count; j++)
            {
                int above = row[j];
                row[j] = w == titleWords[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }
        return row[titleWords.Count] * 5 >= titleWords.Count * 4;
    }

    internal static string NormKey(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var ch in s)
            if (KeyChar(ch) is var c and not '\0') sb.Append(c);
        return sb.ToString();
    }

    // A character of the key: letters and digits, in lower case; '\0' for the others.
    private static char KeyChar(char ch)
    {
        if (char.IsAsciiLetterOrDigit(ch)) return char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : ch; // (no culture lookup for ASCII)
        if (ch <= 127 || !char.IsLetterOrDigit(ch)) return '\0';
        // (only capitals change in lower case: the culture tables are not asked about the others)
        return char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.TitlecaseLetter ? char.ToLowerInvariant(ch) : ch;
    }

    /// <summary>
    /// A 64-bit hash (FNV-1a) of the first 64 characters of <see cref="NormKey"/>'s result, computed without building it
    /// (equal keys have equal hashes; a hash met again is checked against the whole keys).
    /// </summary>
    internal static ulong NormHash(string s)
    {
        ulong h = 14695981039346656037UL;
        int n = 0;
        foreach (var ch in s)
        {
            if (KeyChar(ch) is not (var c and not '\0')) continue;
            h = (h ^ c) * 1099511628211UL;
            if (++n == 64) break;
        }
        return h;
    }

    private static void Remove(List<TextBlock> blocks, int i, string kind, string reason, List<RemovedBlock> removed, HashSet<AngleSharp.Dom.IElement>? dead)
    {
        var b = blocks[i];
        removed.Add(new RemovedBlock(kind, reason, b.Text.Length, DomText.Preview(b.Text)));
        if (b.Owner is not null) dead?.Add(b.Owner);
        blocks.RemoveAt(i);
    }
}
