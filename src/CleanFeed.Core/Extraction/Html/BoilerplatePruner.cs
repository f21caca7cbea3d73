using CleanFeed.Core.Extraction.Text;
using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Extraction.Html;

/// <summary>
/// Removes (marks dead) boilerplate blocks. Every rule combines a signal (structure, link density, class/id
/// hint, vocabulary) with a guard on the block's own text statistics, so a block that carries much of the
/// article's text is never removed for its name alone.
/// </summary>
internal sealed class BoilerplatePruner
{
    private readonly DomAnalysis _dom;
    private readonly List<RemovedBlock> _removed;
    private readonly Metadata.MetadataSources _sources;


    public BoilerplatePruner(DomAnalysis dom, List<RemovedBlock> removed, Metadata.MetadataSources sources)
    {
        _dom = dom;
        _removed = removed;
        _sources = sources;
    }

    /// <summary>Comment sections are the content (a forum thread, a Q&amp;A page): their hints are ignored.</summary>
    public bool KeepComments { get; init; }

    /// <summary>Characters dropped as comment sections: a page with no text besides them is a discussion.</summary>
    public int CommentChars { get; private set; }

    public (string? Kind, bool Strong) Hint(NodeStats s)
    {
        if (s.HintCache is { } cached) return cached;
        var h = ComputeHint(s);
        if (KeepComments && h.Kind == BoilerplateKind.Comments) h = (null, false);
        // a syntax highlighter's spans name the code's parts ("hljs-comment", "token comment", "tag"), not the page's
        if (h.Kind is not null && InCode(s)) h = (null, false);
        s.HintCache = h;
        return h;
    }

    private (string? Kind, bool Strong) ComputeHint(NodeStats s)
    {
        var e = s.Element;
        if (e.Attributes.Length == 0) return (null, false);
        var key = s.ClassAndId;
        if (key is null) return RoleHint(s.Role);
        var hint = ClassHints.ClassifyCached(key);
        // Joomla's e-mail cloak while its script has not run ("This email address is being protected from spambots…")
        if (hint.Kind is null && s.Tag == "span" && key.StartsWith("cloak", StringComparison.Ordinal) && s.Element.TextContent.Contains("spambot", StringComparison.OrdinalIgnoreCase))
            return (BoilerplateKind.Hidden, true);
        // a class that says nothing ("privacy-gate"): the role may say it, if it is one that article parts do not take (an
        // "explainer" box is role=complementary, an article's header role=banner); a dialog without a headline (a consent
        // layer, not an article shown in an overlay)
        // Spanish, Portuguese and Dutch comment sections are named by words that also name a live commentary or a story's
        // reactions ("comentarios", "reacties"): they are readers' comments when a form to write one is there, or their
        // entries carry an author and a date (a box of politicians' reactions names its speakers, but dates nothing).
        if (hint.Kind is null && (key.Contains("coment", StringComparison.OrdinalIgnoreCase) || key.Contains("reacties", StringComparison.OrdinalIgnoreCase)) && CommentsWord.IsMatch(key) &&
            (e.QuerySelector("textarea") is not null ||
             (e.QuerySelector("[class*=autor], [class*=author], [class*=usuario], [class*=gebruiker]") is not null &&
              e.QuerySelector("time, [class*=fecha], [class*=date], [class*=datum]") is not null)))
            return (BoilerplateKind.Comments, true);
        if (hint.Kind is null)
            return s.Role switch
            {
                "navigation" or "menubar" or "menu" or "search" or "contentinfo" or "tooltip" => RoleHint(s.Role),
                "dialog" or "alertdialog" when s.TextChars < 2000 && e.QuerySelector("h1") is null => RoleHint(s.Role),
                _ => (null, false),
            };
        // A paragraph of text classed "paywall" is the text behind the paywall (Condé Nast's p.paywall), not its prompt.
        // An embedded post ("social-embed" around a tweet's blockquote) is a quote in the story, not a share bar.
        if (hint.Kind == BoilerplateKind.Share && key.Contains("embed", StringComparison.OrdinalIgnoreCase)) return (null, false);
        // (the whole token: "paywall__message", "paywall-prompt" are the prompt)
        // (a short line of it, "— With assistance from …", shares the class with the body's paragraphs around it)
        // (Bloomberg classes the body's subheadings and list items so too: a heading or an item among such paragraphs)
        if (hint.Kind == BoilerplateKind.Newsletter && HasToken(key, "paywall") &&
            ((s.Tag == "p" && (s.GoodParagraphs > 0 || SiblingParagraphOfClass(s, key))) ||
             (s.Tag is "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "ul" or "ol" && PaywallParagraphBeside(s.Tag == "li" ? s.Parent : s))))
            return (null, false);
        // A body printed as repeated components named "widget" (Arena's "article-widget article-widget-text"): a component whose
        // siblings of the same name hold the article's paragraphs is one of them, however short. And a secondary title is the
        // standfirst ("article-title article-title-secondary"), not a secondary column.
        if (hint.Kind == BoilerplateKind.Sidebar && (SameNamedSiblingsHoldText(s) || SecondaryTitle.IsMatch(key))) return (null, false);
        // A heading is not a menu: "nav"/"jump" tokens on a subheading mark it as a table-of-contents anchor target.
        // Nor a form: heading ids are made from their text ("login-issues").
        if (hint.Kind is BoilerplateKind.Navigation or BoilerplateKind.Form && DomText.IsHeading(s.Tag)) return (null, false);
        // An info box or fact box is the article's, whatever widget framework draws it ("park-widget--infobox").
        if (hint.Kind == BoilerplateKind.Sidebar && DomText.NameHas(key, "infobox", "factbox")) return (null, false);
        // A box named only "disclosure" is one when it opens with its label ("Analyst's Disclosure:"): the show/hide widget of
        // an FAQ is named so too.
        // (nor a show/hide part of the page: <details>, a box with an expander button)
        if (hint is { Kind: BoilerplateKind.Meta, Strong: true } &&
            (((HasToken(key, "disclosure") || HasToken(key, "disclosures")) && !DisclosureLabel.IsMatch(DomText.ShortText(e, 60))) ||
             s.Tag == "details" || e.QuerySelector("summary, button[aria-expanded]") is not null ||
             // (a section of the story with its heading and paragraphs, its id made from the heading: "warranty-disclaimer")
             (s.GoodParagraphs >= 2 && s.Headings > 0)))
            return (null, false);
        // A widget that holds an embedded post (a tweet's or an Instagram post's blockquote) is a quote in the story.
        if (hint.Kind == BoilerplateKind.Sidebar && s.GoodParagraphs <= 2 && e.QuerySelector(DomText.EmbeddedPostSelector) is not null)
            return (null, false);
        // Elementor names every block a widget; the post's own parts say so ("elementor-widget-theme-post-excerpt", and the
        // "elementor-widget-container" in it). So do the blocks of a post built in Elementor (its own document,
        // data-elementor-type="wp-post"): its headings, text, lists, quotes and pictures. In a theme's template ("single-post")
        // the same widgets are the boxes of its columns, but for those above the post's content in its column (a standfirst).
        // (not in a loop of other posts' cards: "e-loop-item")
        if (hint.Kind == BoilerplateKind.Sidebar && key.Contains("widget", StringComparison.Ordinal) && ElementorWidget(s) is { } widget &&
            (IsThemePostWidget(widget) || (ElementorTextWidget.IsMatch(widget) && (e.Closest("[data-elementor-type=wp-post], [data-elementor-type=post]") is not null || AbovePostContent(e)))) &&
            e.Closest(".e-loop-item, [data-elementor-type=loop-item]") is null)
            return (null, false);
        // A product card with a real paragraph in it is a review's entry, not a shop box.
        if (hint.Kind == BoilerplateKind.Ad && key.Contains("product", StringComparison.OrdinalIgnoreCase) && (s.GoodParagraphs > 0 || HasSentence(s.Element))) return (null, false);
        // A box named "signature" is a byline with its date ("Thomas Berthet - <time>…"), not a letter writer's name under a letter.
        if (hint.Kind == BoilerplateKind.Byline && HasToken(key, "signature") && e.QuerySelector("time") is null) return (null, false);
        // A quote's author ("elementor-blockquote__author", "quote-author") is its attribution, not the story's byline.
        if (hint.Kind == BoilerplateKind.Byline && InQuote(s)) return (null, false);
        // A table's caption ("table__caption") is its title, not a picture's.
        if (hint.Kind == BoilerplateKind.Credit && s.Tag == "caption") return (null, false);
        // A heading's id made from its own text ("further-information", "related-links") is an anchor, not a box's name.
        // (also under a prefix the CMS puts before it: "section-what-next" over "What next?")
        if (DomText.IsHeading(s.Tag) && key == e.Id && DomText.ShortText(e, 200) is var headingText &&
            (IsSlugOf(key, headingText) || (key.IndexOfAny(['-', '_']) is > 0 and < 12 and var dash && IsSlugOf(key[(dash + 1)..], headingText))))
            return (null, false);
        return hint;
    }

    /// <summary>An embedded post's blockquote, a part of one, or a wrapper that holds nothing else.</summary>
    private static bool InEmbeddedPost(NodeStats s)
    {
        // (the post's blockquote or a wrapper in it: Instagram's embed code nests its caption two levels down)
        int up = 0;
        for (var p = s; p is not null && up++ < 4; p = p.Parent)
            if (IsEmbeddedPost(p)) return true;
        // (or a wrapper around it: "embed-media")
        for (var (c, down) = (s.FirstChild, 0); c is not null && down < 3; c = c.FirstChild, down++)
        {
            while (c is not null && c.TextChars == 0) c = c.NextSibling;
            if (c is null || c.TextChars != s.TextChars) return false;
            if (IsEmbeddedPost(c)) return true;
        }
        return false;

        static bool IsEmbeddedPost(NodeStats p) => p.Tag == "blockquote" && p.ClassAndId is { } key && (DomText.NamesEmbeddedPost(key) || DomText.IsFacebookPostQuote(p.Element));
    }

    private static bool IsThemePostWidget(string key) => key.Contains("widget-theme-post-", StringComparison.Ordinal);

    /// <summary>An Elementor widget before the post-content widget of its column.</summary>
    private static bool AbovePostContent(AngleSharp.Dom.IElement e)
    {
        var column = e.Closest(".elementor-widget-wrap, .e-con-inner, .e-con");
        return column?.QuerySelector(".elementor-widget-theme-post-content") is { } content && !content.Contains(e) &&
               e.CompareDocumentPosition(content).HasFlag(AngleSharp.Dom.DocumentPositions.Following);
    }

    /// <summary>The class of the Elementor widget this element is, or whose "elementor-widget-container" it is.</summary>
    private static string? ElementorWidget(NodeStats s)
    {
        var key = s.ClassAndId!;
        if (key.Contains("elementor-widget-", StringComparison.Ordinal) && !HasToken(key, "elementor-widget-container")) return key;
        return HasToken(key, "elementor-widget-container") && s.Parent?.ClassAndId is { } parentKey && parentKey.Contains("elementor-widget-", StringComparison.Ordinal) ? parentKey : null;
    }

    private static readonly System.Text.RegularExpressions.Regex ElementorTextWidget = new(
        @"(?:^|\s)elementor-widget-(?:heading|text-editor|icon-list|blockquote|image|video|table)(?:$|\s)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The id spells the text's letters and digits (all of them, or the first 12 and more of them: a cut slug).</summary>
    private static bool IsSlugOf(string id, string text)
    {
        int i = 0, j = 0, matched = 0;
        while (true)
        {
            while (i < id.Length && !char.IsLetterOrDigit(id[i])) i++;
            while (j < text.Length && !char.IsLetterOrDigit(text[j])) j++;
            if (i == id.Length) return j == text.Length || matched >= 12;
            if (j == text.Length || char.ToLowerInvariant(id[i]) != char.ToLowerInvariant(text[j])) return false;
            i++; j++; matched++;
        }
    }

    /// <summary>A paragraph of text classed "paywall" beside <paramref name="s"/> (its siblings).</summary>
    private static bool PaywallParagraphBeside(NodeStats? s)
    {
        int seen = 0;
        for (var sib = s?.Parent?.FirstChild; sib is not null && seen++ < 60; sib = sib.NextSibling)
            if (sib != s && sib.Tag == "p" && sib.GoodParagraphs > 0 && sib.ClassAndId is { } k && HasToken(k, "paywall")) return true;
        return false;
    }

    private static bool SiblingParagraphOfClass(NodeStats s, string key)
    {
        int seen = 0;
        for (var sib = s.Parent?.FirstChild; sib is not null && seen++ < 60; sib = sib.NextSibling)
            if (sib != s && sib.Tag == "p" && sib.GoodParagraphs > 0 && sib.ClassAndId == key) return true;
        return false;
    }

    private static (string? Kind, bool Strong) RoleHint(string? role) => role switch
    {
        null => (null, false),
        "navigation" or "menubar" or "menu" or "search" => (BoilerplateKind.Navigation, true),
        "banner" or "contentinfo" => (BoilerplateKind.Footer, true),
        "complementary" => (BoilerplateKind.Sidebar, true),
        "dialog" or "alertdialog" => (BoilerplateKind.Cookie, true),
        "tooltip" => (BoilerplateKind.Hidden, true), // shown on hover only: an author's bio behind the byline
        _ => (null, false),
    };

    // The hint comes from the ARIA role ("complementary"), the class naming nothing ("factbox"); a class that names a widget stands.
    private bool HintIsRole(NodeStats s) => s.ClassAndId is not { } key || ClassHints.ClassifyCached(key).Kind is null;

    private static readonly System.Text.RegularExpressions.Regex CommentsWord = new(@"(?:^|[\s_-])(?:comentarios|comentários|reacties)(?:$|[\s_-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex DisclosureLabel = new(@"^[\p{L}'’ ]{0,30}\b(?:disclosures?|disclaimers?|offenlegung|haftungsausschluss|avertissement|aviso legal|divulgação)\s*:",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool HasToken(string classAndId, string token)
    {
        foreach (var range in classAndId.AsSpan().Split(' '))
            if (classAndId.AsSpan(range).Equals(token, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool InCode(NodeStats s) => HasAncestor(s, int.MaxValue, static t => t is "pre" or "code");

    /// <summary>
    /// Coarse pass over the whole page before the main content is chosen: removes landmark boilerplate
    /// (nav, aside, footer, page header, comment sections, cookie banners, forms) that could mislead scoring.
    /// </summary>
    public void Coarse(NodeStats root, int pageChars)
    {
        for (var c = root.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c.Dead || c.TextChars == 0) continue;
            var kind = CoarseKind(c, pageChars, out var reason);
            if (kind is not null) { Drop(c, kind, reason!); continue; }
            Coarse(c, pageChars);
        }
    }

    private string? CoarseKind(NodeStats s, int pageChars, out string? reason)
    {
        reason = null;
        bool contentHeavy = s.HasArticleMarker || (s.GoodParagraphs >= 3 && s.TextChars > pageChars * 0.4);
        switch (s.Tag)
        {
            case "nav":
                if (!contentHeavy || s.LinkDensity > 0.5) { reason = "<nav>"; return BoilerplateKind.Navigation; }
                break;
            case "aside":
                // (a fact box in the body: inside the article, or named as one among the article's paragraphs)
                if (!contentHeavy && ((BesideArticle(s) && Hint(s).Kind is not null) || !((InSection(s) || (IsNamedFactBox(s) && s.Parent is { GoodParagraphs: >= 3 })) && IsFactBox(s)))) { reason = "<aside>"; return BoilerplateKind.Sidebar; }
                break;
            case "footer":
                if (!contentHeavy && !InQuote(s)) { reason = "<footer>"; return BoilerplateKind.Footer; }
                break;
            case "header":
                // a page header (masthead, menus); an article header with its lead paragraph stays
                // (a header inside an article, section or main is that section's header: headline, kicker)
                if (!s.HasArticleMarker && (s.GoodParagraphs == 0 || s.LinkDensity > 0.5) && (s.LinkDensity > 0.5 || !InSection(s))) { reason = "<header>"; return BoilerplateKind.Footer; }
                break;
            case "form":
                // A sign-up, login or newsletter form's sentences are labels, hints and validation messages (a registration
                // dialog has dozens); a form that wraps the page (ASP.NET), the article (its h1) or a product (no e-mail or
                // password field: add to cart) holds content.
                if ((s.GoodParagraphs <= 1 && s.TextChars < 1500) ||
                    (!contentHeavy && s.TextChars < 3000 && s.TextChars * 10 < pageChars * 3 &&
                     s.Element.QuerySelector("input[type=email], input[type=password]") is not null && s.Element.QuerySelector("h1") is null))
                { reason = "<form>"; return BoilerplateKind.Form; }
                break;
        }
        var (hint, strong) = Hint(s);
        if (hint == BoilerplateKind.Sidebar && HintIsRole(s) && InSection(s) && IsFactBox(s)) hint = null;
        if (IsWordInSentence(s, hint)) hint = null;
        if (hint is not null && strong && !contentHeavy)
        {
            // Names alone do not remove text blocks: the block must also look like boilerplate (link-heavy, no real
            // paragraph, short), unless it is a comment section, a consent banner, an account panel or hidden.
            if (hint is BoilerplateKind.Comments or BoilerplateKind.Cookie or BoilerplateKind.Hidden or BoilerplateKind.Form || LooksLikeBoilerplate(s))
            {
                reason = "class/id \"" + Shorten(DomText.ClassAndId(s.Element)) + "\"";
                return hint;
            }
        }
        return null;
    }

    private readonly List<(NodeStats Node, string Reason)> _captions = new();

    // The fine pass's root is a block joined beside the chosen content (an appeal box there may be taken whole).
    private bool _rootIsSibling;

    /// <summary>Fine pass inside the chosen content.</summary>
    /// <param name="examineRoot">The root is a block joined to the main content (a sibling of it): it gets the checks its
    /// children get (an author blurb or a share bar beside the article's paragraphs).</param>
    public void Fine(NodeStats root, int contentChars, bool examineRoot = false)
    {
        _captions.Clear();
        _root = root;
        _rootIsSibling = examineRoot;
        // the standfirst under the headline is not dropped for a side column's name, nor are its parts ("widget__subheadline-text":
        // in RebelMouse's templates every part is a "widget")
        _inStandfirst = root.Standfirst;
        if (examineRoot && !root.Dead && root.TextChars > 0 && FineKind(root, contentChars, out var rootReason, out bool rootSection) is { } rootKind && !rootSection &&
            !(_inStandfirst && IsLayoutName(rootKind, rootReason!)))
        {
            if (rootKind == BoilerplateKind.Credit) LeaveOutOfText(root, rootReason!);
            else Drop(root, rootKind, rootReason!);
            return;
        }
        FineWalk(root, contentChars);
        // An image caption describes the picture: the HTML keeps the figure with its caption, the plain text (which has
        // no picture) leaves it out, unless captions hold half of the content or more (a gallery, a slideshow: they are the text).
        int captionChars = 0;
        foreach (var (n, _) in _captions) captionChars += n.TextChars;
        if (captionChars * 10 <= contentChars * 5)
            foreach (var (n, reason) in _captions)
                if (!n.Dead) LeaveOutOfText(n, reason);
        _captions.Clear();
    }

    private void FineWalk(NodeStats root, int contentChars)
    {
        for (var c = root.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c.Dead || c.TextChars == 0) continue; // images, figures, line breaks: kept
            var kind = FineKind(c, contentChars, out var reason, out bool section);
            // (kept whole; inside it, the standfirst's own text, not a line beside it: "widget__read-time" goes)
            if (kind is not null && (c.Standfirst || (_inStandfirst && c.TextChars >= 40)) && IsLayoutName(kind, reason!)) continue;
            if (kind is not null)
            {
                if (kind == BoilerplateKind.Credit && !section && (c.Tag == "figcaption" || reason!.StartsWith("class/id", StringComparison.Ordinal) || ReferenceEquals(reason, CaptionOfAlt) || ReferenceEquals(reason, CentredCaption) || ReferenceEquals(reason, PictureRowCaption) || ReferenceEquals(reason, GalleryBox) || ReferenceEquals(reason, CaptionBesideCredit)))
                {
                    _captions.Add((c, reason!));
                    if (ReferenceEquals(reason, CaptionBesideCredit) && _besideCredit is { Dead: false } credit) _captions.Add((credit, reason!));
                    continue;
                }
                if (section) DropSection(c, kind, reason!);
                else if (kind is BoilerplateKind.Newsletter or BoilerplateKind.Share && reason == "vocabulary" && DomText.ShortText(c.Element, 400) is var appeal &&
                         !QuotedOrAttributed.IsMatch(appeal) && AppealBox(c, contentChars) is { } box && (kind == BoilerplateKind.Newsletter || !StoryFollows(box)) &&
                         BoilerplateVocabulary.IsAppeal(appeal)) Drop(box, kind, "a box around a support appeal");
                else Drop(c, kind, reason!);
                continue;
            }
            if (!DomText.IsParagraphLike(c.Tag) || c.Tag is "li" or "dd" or "td" or "blockquote")
            {
                int before = c.TextChars;
                var (outerKind, outerKept) = (_dropKind, _keptPartDropped);
                (_dropKind, _keptPartDropped) = (null, false);
                bool outerStandfirst = _inStandfirst;
                _inStandfirst |= c.Standfirst;
                FineWalk(c, contentChars);
                _inStandfirst = outerStandfirst;
                var (inner, kept) = (_dropKind, _keptPartDropped);
                (_dropKind, _keptPartDropped) = (inner ?? outerKind, kept || outerKept);
                if (inner is not null && !kept && IsLeftover(c, before, contentChars)) Drop(c, inner, "what is left of a box whose boilerplate went");
            }
        }
    }

    private bool _inStandfirst;

    // (a side column's name only: a date, a byline or a caption named so inside the standfirst's box still goes)
    private static bool IsLayoutName(string kind, string reason) => kind == BoilerplateKind.Sidebar && reason.StartsWith("class/id", StringComparison.Ordinal);

    // The kind of the last drop in the box being walked, and whether a drop there was of a kind whose box holds more of the
    // article (a byline or date beside the standfirst, a credit beside a caption): only the others take what is left of the box.
    private string? _dropKind;
    private bool _keptPartDropped;

    // A small box that lost most of its text to the rules inside it: what is left is the box's own label, a title over a
    // sign-up form, a heading over links that went — labels, not a sentence or a list item ("A final vote is due on 12
    // March." under "What happens next?" stays).
    private static bool IsLeftover(NodeStats c, int before, int contentChars) =>
        c.Tag is "div" or "section" or "aside" or "form" or "ul" or "ol" or "dl" && c.TextChars > 0 && c.TextChars < 200 && before - c.TextChars >= c.TextChars &&
        before <= 2000 && c.GoodParagraphs == 0 && !c.HasArticleMarker && c.TextChars * 3 < contentChars && LabelsOnly(c, 3) is > 0 and <= 2;

    // The box's live text pieces when each is a label (a heading or a short line that does not end like a sentence, not a
    // list item), counted up to max; -1 when one is not.
    private static int LabelsOnly(NodeStats c, int max)
    {
        int n = 0;
        for (var k = c.FirstChild; k is not null && n < max; k = k.NextSibling)
        {
            if (k.Dead || k.TextChars == 0) continue;
            if (DomText.IsBlock(k.Tag) && !DomText.IsParagraphLike(k.Tag) && k.Tag is not ("li" or "dd"))
            {
                int inner = LabelsOnly(k, max - n);
                if (inner < 0) return -1;
                n += inner;
                continue;
            }
            if (k.Tag is "li" or "dd" || (!DomText.IsHeading(k.Tag) && DomText.EndsLikeSentence(DomText.ShortText(k.Element, 200)))) return -1;
            n++;
        }
        return n;
    }

    private string? FineKind(NodeStats s, int contentChars, out string? reason, out bool section)
    {
        reason = null; section = false;
        var tag = s.Tag;
        // (before the guard below: the cards may outweigh a short article)
        if (IsCardList(s, contentChars))
        {
            reason = "a list of story cards (headline links with short summaries)";
            return BoilerplateKind.Related;
        }
        bool contentHeavy = s.GoodParagraphs >= 3 && s.TextChars > contentChars * 0.5;
        if (contentHeavy) return null;

        // landmarks
        switch (tag)
        {
            case "nav": reason = "<nav>"; return BoilerplateKind.Navigation;
            case "aside" when s.GoodParagraphs < 2 && !IsFactBox(s): reason = "<aside>"; return BoilerplateKind.Sidebar;
            case "aside" when BesideArticle(s) && Hint(s).Kind is not null: reason = "<aside> beside the <article>"; return BoilerplateKind.Sidebar;
            case "footer" when s.GoodParagraphs < 2 && !InQuote(s): reason = "<footer>"; return BoilerplateKind.Footer;
            case "pre" when IsLineNumbers(s): reason = "line numbers beside code"; return BoilerplateKind.NonContent;
            case "form" when s.GoodParagraphs < 2: reason = "<form>"; return BoilerplateKind.Form;
            // A picture's caption describes the image, not the story; a long one is kept (it may carry the text).
            // (only a picture's or a table's caption, as a class named for a caption already said of one, "wp-element-caption"
            // under a table block: a quote's attribution is text)
            case "figcaption" when s.GoodParagraphs < 2 && s.TextChars < 500 && (FigureHasPicture(s) || s.Parent?.Element.QuerySelector("table") is not null): reason = "<figcaption>"; return BoilerplateKind.Credit;
            case "td" when s.GoodParagraphs < 2 && s.TextChars < 500 && IsPictureRowCaption(s.Element): reason = PictureRowCaption; return BoilerplateKind.Credit;
        }

        // A sign-up box whatever its classes say ("_1kvfbns0", "dcr-1vdj6cd"): a short box around an e-mail field that opens with
        // a heading or a label inviting to sign up (the article around it outweighs it; a comment form has its textarea, a login
        // box its password; story paragraphs that a page nests with a form, a petition or a checker beside them do not open so)
        if (s.HasInput && tag is "div" or "section" or "aside" && s.TextChars is > 0 and < 700 && s.GoodParagraphs <= 2 && s.TextChars * 3 < contentChars &&
            FirstWithText(s) is { } opening && (DomText.IsHeading(opening.Tag) || opening.TextChars < 80) && SignUpOpening.IsMatch(DomText.ShortText(opening.Element, 120)) &&
            s.Element.QuerySelector("textarea") is null && IsSignUpForm(s))
        {
            reason = "a sign-up box (an e-mail field and sign-up words)";
            return BoilerplateKind.Newsletter;
        }

        // Another story's card set into the text: a box whose only text is one heading that links elsewhere ("Here's what to do if
        // you're caught in a flash flood" in CNN's "el__embedded" between two paragraphs). A linked item heading of a roundup has
        // its paragraphs beside it, not a box of its own.
        if (tag is "div" or "aside" or "section" or "figure" && s.LinkCount == 1 && s.TextChars is >= 20 and < 200 && s.LinkChars == s.TextChars &&
            s.GoodParagraphs == 0 && IsLinkedHeadingCard(s))
        {
            reason = "another story's card (one linked heading)";
            return BoilerplateKind.Related;
        }

        if (IsPlayer(s, contentChars))
        {
            reason = "a video or audio player's title and length";
            return BoilerplateKind.NonContent;
        }
        if (IsPlayerInfo(s, contentChars))
        {
            reason = "a video player's title and summary, beside it";
            return BoilerplateKind.NonContent;
        }
        if (IsTitleInPlayer(s))
        {
            reason = "a video player's title, inside its box";
            return BoilerplateKind.NonContent;
        }
        // (named as a caption: a listicle's item name, a recipe's step or a comic's panel under a picture whose alt says the
        // same is the text's)
        if (s.TextChars <= 200 && s.GoodParagraphs == 0 && s.Tag is "p" or "div" or "span" && s.ClassAndId is { } captionKey &&
            CaptionName.IsMatch(captionKey) && RepeatsPictureAlt(s))
        {
            reason = CaptionOfAlt;
            return BoilerplateKind.Credit;
        }

        if (IsHeadedDisclosureBox(s, contentChars))
        {
            reason = "a disclosure box (named so, under its own \"Disclosure\" heading)";
            return BoilerplateKind.Meta;
        }

        if (IsShopCard(s, contentChars))
        {
            reason = "a shop card (a product's name with its price and buy button)";
            return BoilerplateKind.Ad;
        }

        if (IsGalleryBox(s, contentChars))
        {
            reason = GalleryBox;
            return BoilerplateKind.Credit;
        }

        if (IsCaptionBesideCredit(s, contentChars))
        {
            reason = CaptionBesideCredit;
            return BoilerplateKind.Credit;
        }

        if (IsCentredItalicCaption(s))
        {
            reason = CentredCaption;
            return BoilerplateKind.Credit;
        }

        if (IsLinkedTeaserCard(s))
        {
            reason = "a teaser card (one link around a headline or picture and a summary)";
            return BoilerplateKind.Related;
        }

        if (IsEmbeddedStory(s))
        {
            reason = "another story set into the article (its own headline and byline)";
            return BoilerplateKind.Related;
        }

        // class/id hints, checked against the block's statistics
        var (hint, strong) = Hint(s);
        if (hint == BoilerplateKind.Sidebar && HintIsRole(s) && IsFactBox(s)) hint = null;
        if (IsWordInSentence(s, hint)) hint = null;
        // a dateline classed so that names a place, not a time, and leads into the text ("<span class=dateline>Wuppertal.</span>
        // Weniger Lärm…", "WASHINGTON —"): the story's first words, which the text keeps
        if (hint == BoilerplateKind.Byline && s.TextChars <= 40 && !DomText.IsBlock(tag) && s.ClassAndId is { } datelineKey && datelineKey.Contains("dateline", StringComparison.OrdinalIgnoreCase) &&
            DomText.ShortText(s.Element, 60) is { Length: > 1 } place && !place.AsSpan().ContainsAnyInRange('0', '9') && char.IsUpper(place[0]) &&
            place[^1] is '.' or ',' or ':' or '—' or '–' or '-') hint = null; // (a teaser's "grid-item-dateline" names a section: "Israel")
        if (hint is not null)
        {
            bool remove = strong
                ? hint is BoilerplateKind.Comments or BoilerplateKind.Hidden or BoilerplateKind.Cookie or BoilerplateKind.Form || LooksLikeBoilerplate(s) ||
                  (hint == BoilerplateKind.Related && IsTeaserList(s, contentChars)) || (hint == BoilerplateKind.Newsletter && IsNamedAppeal(s, contentChars)) ||
                  // (a sign-up box with its form: its blurb may be a real sentence, "Get the latest posts delivered right to your inbox. I write …")
                  (hint == BoilerplateKind.Newsletter && s.TextChars * 2 < contentChars && s.GoodParagraphs <= 2 && IsSignUpForm(s)) ||
                  // (a disclosure box's statements are sentences: "I/we have a beneficial long position in the shares of …")
                  (hint == BoilerplateKind.Meta && s.TextChars < 1500 && s.TextChars * 2 < contentChars && s.ClassAndId is { } named && (named.Contains("disclos", StringComparison.OrdinalIgnoreCase) || named.Contains("disclaim", StringComparison.OrdinalIgnoreCase))) ||
                  // (a press release's "About <organisation>" box named for what it is, "c-press-release__boilerplate": its paragraph is a sentence)
                  (hint == BoilerplateKind.Footer && s.TextChars < 1500 && s.TextChars * 2 < contentChars && s.ClassAndId is { } footerKey && footerKey.Contains("boilerplate", StringComparison.OrdinalIgnoreCase) &&
                   s.Element.QuerySelector("pre, code") is null) // (a tutorial's "code-snippet--boilerplate" listing is its text)
                : hint switch
                {
                    // (a long bio too when it stands outside the page's <article>, after the story: a profile's text is in it)
                    BoilerplateKind.AuthorBio => s.TextChars < 700 || (s.TextChars * 2 < contentChars && s.TextChars < 3000 && s.Element.Closest("article") is null &&
                                                                         s.ClassAndId is { } bioKey && (bioKey.Contains("author", StringComparison.OrdinalIgnoreCase) || bioKey.Contains("autor", StringComparison.OrdinalIgnoreCase)) &&
                                                                         s.Element.Owner?.QuerySelector("article") is { } article && article.TextContent.Length > s.TextChars),
                    BoilerplateKind.Meta => s.TextChars < 200,
                    _ => s.TextChars < 250 || s.LinkDensity > 0.4,
                };
            if (remove && !(DomText.IsHeading(tag) && hint == BoilerplateKind.Byline) && !(hint is BoilerplateKind.Byline or BoilerplateKind.Meta && !strong && IsArticleHeader(s)))
            {
                reason = "class/id \"" + Shorten(DomText.ClassAndId(s.Element)) + "\"";
                if (hint == BoilerplateKind.Byline && s.TextChars < 120) RecordByline(s);
                return hint;
            }
        }

        bool blockLevel = DomText.IsBlock(tag) || tag is "td" or "th";
        if (!blockLevel) return null;

        // link-heavy blocks: menus, related lists, tag clouds
        // (an embedded post's text is its permalink's: Instagram's captioned embed links the caption)
        if (s.LinkCount >= 2 && s.LinkDensity > 0.6 && (s.TextChars < 1000 || s.LinkDensity > 0.8) && s.GoodParagraphs == 0 && !IsDataTablePart(s) && !IsLinkedSentence(s) &&
            !InEmbeddedPost(s))
        {
            reason = $"link density {s.LinkDensity:0.00}";
            return BoilerplateKind.LinkList;
        }

        // A data table's rows and cells are its data ("Date | Lake level | What it meant" is a header row, not a dateline):
        // the line vocabulary is for blocks of their own. (It was also most of the time spent on pages of long tables.)
        // (a cell that is all link is a control: "mehr", "Details"; a row of one full-width cell is no data: "Advertisement")
        bool inDataTable = tag is "table" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th" && s.LinkChars < s.TextChars && InDataTable(s);
        if (inDataTable && (tag is "table" or "thead" or "tbody" or "tfoot" || DomText.InDataRow(s.Element))) return null;
        // (a full-width row in it may be an ad's or a promotion's, but a date over a group of rows is the table's: "Saturday, May 17")

        if (tag == "dl" && IsPublicationFacts(s))
        {
            reason = "a release's publication facts (journal, DOI, article title, …)";
            return BoilerplateKind.Meta;
        }

        // A list of labelled facts ("Date: Tuesday, June 22", "Time: 8:30 p.m. ET", "TV channel: ESPN") is the story's: a page's
        // meta line is one such label, not a list of them.
        if ((tag is "ul" or "ol" && IsLabelledList(s)) || (tag == "li" && s.Parent is { Tag: "ul" or "ol" } list && IsLabelledList(list))) return null;

        // A list the story's own sentence introduces ("The three versions tested were:") is the story's, whatever its items say.
        if ((tag is "ul" or "ol" && IsIntroducedList(s)) || (tag == "li" && s.Parent is { Tag: "ul" or "ol" } introduced && IsIntroducedList(introduced))) return null;

        // short blocks: vocabulary
        // A wrapper whose text is all in one child block: the child gets the same checks (once).
        if (s.FirstChild is { } only && only.NextSibling is null && only.TextChars == s.TextChars && DomText.IsBlock(only.Tag)) return null;

        if (s.TextChars <= BoilerplateVocabulary.MaxNoticeLength)
        {
            var text = DomText.ShortText(s.Element, 400);
            if (text.Length == 0) return null;
            if (text.Length <= 90 && BoilerplateVocabulary.MatchSectionHeading(text) is { } sk)
            {
                reason = "section heading \"" + text + "\"";
                section = true;
                return sk;
            }
            if (BoilerplateVocabulary.IsWeakSectionHeading(text) && LinksFollow(s))
            {
                reason = "section heading \"" + text + "\" over links";
                section = true;
                return BoilerplateKind.Related;
            }
            var block = new TextBlock { Text = text, Tag = tag, LinkChars = s.LinkChars, Owner = s.Element };
            if (!BlockCleaner.IsBulk(s.TextChars, contentChars) && BlockCleaner.LineKind(block) is { } lk &&
                (!inDataTable || lk is BoilerplateKind.Ad or BoilerplateKind.Share or BoilerplateKind.Newsletter or BoilerplateKind.Related or BoilerplateKind.Cookie or BoilerplateKind.Comments))
            {
                // (a quoted appeal is the story's: a mailer's "Will you support Measure B today?" in a blockquote)
                if (lk is BoilerplateKind.Newsletter or BoilerplateKind.Meta or BoilerplateKind.AuthorBio && (InQuote(s) || s.Tag is "blockquote" or "q")) return null;
                reason = "vocabulary"; return lk;
            }
            if (inDataTable) return null;
            // A support appeal that runs past a notice's length, told by its opening ("A message from the Editor: Thank you
            // for reading this article. We're more reliant on your support than ever …", 319 characters): not quoted, not
            // reported, not the bulk of the text.
            if (text.Length > BoilerplateVocabulary.MaxNoticeLength && !BlockCleaner.IsBulk(s.TextChars, contentChars) && !InQuote(s) &&
                !QuotedOrAttributed.IsMatch(text) && BoilerplateVocabulary.IsAppeal(text[..BoilerplateVocabulary.MaxNoticeLength]))
            {
                reason = "vocabulary (a support appeal's opening)";
                return BoilerplateKind.Newsletter;
            }
            if (text.Length <= 120 && !DomText.IsHeading(tag) && BoilerplateVocabulary.MatchByline(text) is { } name)
            {
                _sources.Bylines.Add(name);
                reason = "byline";
                return BoilerplateKind.Byline;
            }
            // (a table's date cells are its data: "14 de marzo a 13 de mayo" in a school calendar)
            if (!DomText.IsHeading(tag) && Datelines.IsDateOnly(text) && !InDataRow(s) && !(tag == "li" && IsListOfDates(s.Parent))) { _sources.Datelines.Add(text); reason = "dateline"; return BoilerplateKind.Dateline; }
        }
        return null;
    }

    // (a sentence of the text before it that ends with a colon; a label, "Share this:", "Read more:", is shorter)
    // (the walk asks about the list, then about each of its items: the last answer is kept)
    private (NodeStats? List, bool Introduced) _lastList;

    private bool IsIntroducedList(NodeStats list)
    {
        if (ReferenceEquals(_lastList.List, list)) return _lastList.Introduced;
        bool introduced = ListIntroducedBySentence(list);
        _lastList = (list, introduced);
        return introduced;
    }

    private static bool ListIntroducedBySentence(NodeStats list)
    {
        NodeStats? before = null;
        for (var k = list.Parent?.FirstChild; k is not null && k != list; k = k.NextSibling)
            if (k.TextChars > 0) before = k;
        return before is { Tag: "p", Dead: false, TextChars: >= 40, GoodParagraphs: <= 1 } && DomText.ShortText(before.Element, 400).TrimEnd() is var intro &&
               intro.EndsWith(':') && !PromoIntro.IsMatch(intro);
    }

    // (an introduction that is itself the site's promotion: "Follow the ECHO … on our social channels:")
    private static readonly System.Text.RegularExpressions.Regex PromoIntro = new(
        @"\b(?:follow (?:us|the|our)|social (?:media|channels|networks)|newsletters?|subscribe|sign up|stay (?:connected|up to date|informed)|download|whatsapp|facebook|instagram)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A science release's facts under the text (EurekAlert: "Journal", "DOI", "Method of Research", "Article Title", "Article
    // Publication Date", "COI Statement"): three such terms or more, and most of its terms are such.
    private static bool IsPublicationFacts(NodeStats dl)
    {
        int terms = 0, facts = 0;
        for (var k = dl.FirstChild; k is not null; k = k.NextSibling)
        {
            if (k.Tag != "dt" || k.TextChars == 0) continue;
            terms++;
            if (PublicationFactLabel.IsMatch(DomText.ShortText(k.Element, 60))) facts++;
        }
        return facts >= 3 && facts * 3 >= terms * 2;
    }

    private static readonly System.Text.RegularExpressions.Regex PublicationFactLabel = new(
        @"^\W*(?:journal|doi|method of research|subject of research|(?:article )?title|(?:article )?publication date|coi statement|conflicts? of interest|competing interests|funding(?: information)?|funder)\W*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A list whose items all hold dates, two of them dates alone and none labelled as a stamp, is a schedule: the weekends a tunnel
    // closes ("Van vrijdag 11 oktober tot maandag 14 oktober", …, "Ersatztermin bei Sturm: Freitag, 27. Juni"). A page's meta list
    // holds one date beside a name or a section, or labels them ("Published …", "Updated …").
    private static bool IsListOfDates(NodeStats? list)
    {
        if (list is not { Tag: "ul" or "ol" }) return false;
        int dates = 0;
        for (var item = list.FirstChild; item is not null; item = item.NextSibling)
        {
            if (item.TextChars == 0) continue;
            if (item.Tag != "li" || DomText.ShortText(item.Element, 160) is not { } t || Datelines.IsLabelledStamp(t)) return false;
            if (Datelines.IsDateOnly(t)) dates++;
            else if (!Datelines.HasDate(t)) return false;
        }
        return dates >= 2;
    }

    // A paragraph that is a sentence with a few links in it ("You can start a business online on eStart and find more
    // resources at sunbiz.org."): words run between the links, and it ends like a sentence. A menu or a list of links does not.
    private static bool IsLinkedSentence(NodeStats s)
    {
        if (s.Tag != "p" || s.LinkCount > 3 || s.LinkDensity > 0.85 || s.TextChars - s.LinkChars < 40) return false;
        var text = DomText.ShortText(s.Element, 600);
        if (!DomText.EndsLikeSentence(text) || text.Count(c => c == ' ') < 12) return false;
        // "This story is part of our series: <a>…</a>, <a>…</a> and <a>…</a>." lists headlines
        var first = s.Element.QuerySelector("a[href]");
        var lead = first is null ? "" : TextBefore(s.Element, first);
        return !lead.Contains(':');
    }

    // (a cell, a row, or a paragraph in a cell; not a table nested in one: a booking calendar's month)
    private static bool InDataRow(NodeStats s) =>
        s.Tag is not ("table" or "thead" or "tbody" or "tfoot") && DomText.InDataRow(s.Element);

    private static string TextBefore(AngleSharp.Dom.INode root, AngleSharp.Dom.INode stop)
    {
        var sb = new System.Text.StringBuilder();
        Append(root);
        return sb.ToString();

        bool Append(AngleSharp.Dom.INode n) // false once the stop node or enough text is reached
        {
            foreach (var c in n.ChildNodes)
            {
                if (c == stop || sb.Length > 600) return false;
                if (c is AngleSharp.Dom.IText t) sb.Append(t.Data);
                else if (!Append(c)) return false;
            }
            return true;
        }
    }

    private Dictionary<NodeStats, bool>? _dataTables;

    /// <summary>The table, or its row group, row or cell, is a data table's (looked at once per table).</summary>
    private bool InDataTable(NodeStats s)
    {
        var table = s;
        for (int up = 0; table is not null && table.Tag != "table" && up < 3; up++) table = table.Parent;
        if (table is null || table.Tag != "table") return false;
        _dataTables ??= [];
        if (!_dataTables.TryGetValue(table, out bool data)) _dataTables[table] = data = DomText.IsDataTable(table.Element) && !IsPageMetaTable(table.Element);
        return data;
    }

    // The page's meta box laid out as a table of labels and values ("Erstellt: | 08.04.2025", "Autor: | Pressestelle",
    // "Lesezeit: | 2 Min."), not a fact box ("Datum: | 14. Juni", "Release date: | June 5").
    private static bool IsPageMetaTable(AngleSharp.Dom.IElement table)
    {
        int rows = 0, meta = 0;
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            if (++rows > 20) break;
            var cells = row.Children;
            if (cells.Length == 2 && PageMetaLabel.IsMatch(cells[0].TextContent)) meta++;
        }
        return rows > 0 && meta * 2 > rows;
    }

    private static readonly System.Text.RegularExpressions.Regex PageMetaLabel = new(
        @"^\s*(?:erstellt|aktualisiert|geändert|veröffentlicht|autor(?:in)?|verfasser|kategorie|rubrik|lesezeit|schlagw(?:orte|örter)|created|updated|modified|published|posted|author|category|reading time|tags|publié|mis à jour|auteur|catégorie|publicado|actualizado|autor|categoría|pubblicato|aggiornato|autore|categoria|gepubliceerd|bijgewerkt|auteur|categorie)\s*:?\s*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // a data table's rows link to the details, and its other cells are data: not a link list
    private static bool IsDataTablePart(NodeStats s) => s.Tag switch
    {
        "table" or "thead" or "tbody" or "tfoot" => DomText.IsDataTable(s.Element),
        "tr" => DomText.IsDataRow(s.Element),
        _ => false,
    };

    private void RecordByline(NodeStats s)
    {
        var text = DomText.ShortText(s.Element, 200);
        if (BoilerplateVocabulary.MatchByline(text) is { } name) _sources.Bylines.Add(name);
        // "Posted on November 22, 2011 by X", "Von X | 19.10.2019": the date for the metadata
        if (Datelines.HasDate(text)) _sources.Datelines.Add(text);
    }

    /// <summary>
    /// A boilerplate heading ("Related posts", "Leave a Reply"): removes its container when the container holds
    /// little else, otherwise the heading and the link lists / short blocks that follow it.
    /// </summary>
    // The headings of a page's sources and review notes (a related list's heading words over them: the box is not the story's)
    private static readonly System.Text.RegularExpressions.Regex SourcesHeading = new(
        @"^\W*(?:how we reviewed this article|sources?|references?|citations?|bibliography|editorial (?:standards|policy|process)|fact[- ]?check(?:ing)? (?:standards|policy|process)|quellen|fuentes|fontes|fonti|bronnen)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private void DropSection(NodeStats heading, string kind, string reason)
    {
        var target = heading;
        for (int up = 0; up < 3; up++)
        {
            var p = target.Parent;
            if (p is null || p.Tag is "body" or "html" or "article" or "main" || p.Parent is null) break;
            // the parent is this section: it starts with the heading, and holds links or short text besides
            // (a box named as a promotion holds its pitch in real paragraphs: "10 stocks we like better than …" in "article-pitch")
            bool named = p.GoodParagraphs <= 6 && Hint(p) is { Kind: BoilerplateKind.Newsletter, Strong: true };
            // (a box that opens with a bare count of its readers' comments, "Reviews (38)", "12 Kommentare", and has a control to
            // write or load more of them holds them, though their sentences are real paragraphs; an editor's "Reviews (3)" has none)
            bool counted = up == 0 && p.Tag is "section" or "div" or "aside" && p.TextChars < 6000 &&
                           BoilerplateVocabulary.IsCountedCommentsHeading(DomText.ShortText(heading.Element, 90)) && HasCommentControl(p.Element);
            // (a <details> box is the section its <summary> names: "How we reviewed this article:" over its sources; not under a
            // related list's words, "More about the data", "Don't miss", whose paragraphs are the story's; the summary may wrap
            // the heading)
            if (p.Tag == "summary" && up == 0 && p.Parent is { Tag: "details" }) { target = p; continue; }
            if (p.Tag == "details" && target.Tag == "summary" && p.TextChars < 6000 && SourcesHeading.IsMatch(DomText.ShortText(target.Element, 90)))
            {
                target = p;
                break;
            }
            if (FirstWithText(p) == target && (p.GoodParagraphs <= 1 || named || counted) && (p.TextChars < 2500 || counted) &&
                (p.TextChars - target.TextChars < 1200 || p.LinkDensity > 0.4 || named || counted) &&
                (!p.HasArticleMarker || (HoldsOnlyCards(p) && ReadNextHeading.IsMatch(DomText.ShortText(heading.Element, 90)))))
                target = p;
            else break;
        }
        if (target != heading)
        {
            Drop(target, kind, reason);
            return;
        }
        Drop(heading, kind, reason);
        for (var s = heading.NextSibling; s is not null; s = s.NextSibling)
        {
            if (s.Dead) continue;
            if (DomText.IsHeading(s.Tag)) break;
            bool follower = s.TextChars == 0 || s.LinkDensity > 0.4 || s.Tag is "ul" or "ol" or "form" ||
                            (kind is BoilerplateKind.Comments or BoilerplateKind.Share or BoilerplateKind.Newsletter && s.GoodParagraphs == 0 && s.TextChars < 300);
            if (!follower) break;
            Drop(s, kind, "after " + reason);
        }
    }

    // (the words of a recirculation box: "Don't miss" and "Editor's pick" may head the article's own picks, a book or an event)
    private static readonly System.Text.RegularExpressions.Regex ReadNextHeading = new(
        @"^\W*(?:(?:read|watch|up) next|related(?: stories| articles| coverage| content)?|read more|more (?:from|stories|news|on|in)\b.{0,40}|recommended(?: for you| stories)?|also read|you (?:may|might) also like)\W*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A short box whose <article> elements are story cards ("Read Next" over an <article class="card"> with a linked headline
    // and its summary), not the story itself.
    private static bool HoldsOnlyCards(NodeStats box) =>
        box.TextChars < 1000 && box.GoodParagraphs <= 1 && box.Element.QuerySelector("main, [itemprop*='articleBody']") is null &&
        box.Element.QuerySelector("article h2 a[href], article h3 a[href], article h4 a[href]") is not null;

    /// <summary>
    /// A box set among the article's paragraphs that opens with a headline and a byline of its own ("Prince Charles: …",
    /// "By Tom Pyman for MailOnline"): another story, inset in this one. Only inside a run of paragraphs (a listing's
    /// stories stand side by side, not in a flow of text) and a minor part of it.
    /// </summary>
    private static bool IsEmbeddedStory(NodeStats s)
    {
        if (s.Tag is not ("div" or "aside" or "section" or "article") || s.GoodParagraphs < 2 || s.Parent is not { } parent) return false;
        if (s.TextChars * 2 >= parent.TextChars) return false;
        int flow = 0;
        for (var c = parent.FirstChild; c is not null && flow < 3; c = c.NextSibling)
            if (c != s && c.Tag == "p" && c.GoodParagraphs > 0) flow++;
        if (flow < 3) return false;
        // the first few text blocks: a heading, then a byline
        bool heading = false;
        int seen = 0;
        foreach (var b in FirstBlocks(s))
        {
            if (++seen > 4) break;
            if (DomText.IsHeading(b.Tag)) { heading = true; continue; }
            if (heading && b.TextChars <= 120 && BoilerplateVocabulary.MatchByline(DomText.ShortText(b.Element, 150)) is not null) return true;
        }
        return false;
    }

    /// <summary>The paragraph-like blocks of a subtree with text, in document order.</summary>
    private static IEnumerable<NodeStats> FirstBlocks(NodeStats root)
    {
        for (var c = root.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c.Dead || c.TextChars == 0) continue;
            if (DomText.IsParagraphLike(c.Tag)) yield return c;
            else foreach (var d in FirstBlocks(c)) yield return d;
        }
    }

    /// <summary>
    /// A box of facts set in the article ("Key facts", "At a glance", a timeline): a heading over a list or a table of
    /// plain text, hardly a link, no form. A sidebar of stories is links; a sign-up box has a form.
    /// </summary>
    // (a box named as one — "factbox", "fact-box", "infobox", "fakta" — may hold prose instead of a list)
    // (its title may be a styled paragraph: "<aside class=callout><p class=uppercase>Booking tips</p><ul>…")
    private static bool IsFactBox(NodeStats s) =>
        s.Tag is "aside" or "div" or "section" && (s.Headings > 0 || OpensWithLabel(s) || HoldsDataTable(s)) && s.TextChars >= 100 && s.LinkDensity < 0.15 &&
        (s.Element.QuerySelectorAll("li, dt, tr").Length >= 2 || IsNamedFactBox(s)) &&
        // (a toggle that opens the box, aria-expanded, is no form: "Vis mer" under NRK's fact boxes)
        s.Element.QuerySelector("form, input, button:not([aria-expanded]), select, textarea, iframe") is null && !HasCallToAction(s.Element);

    // A table of figures set in a box of its own (ESPN's "inline-table" aside): its caption names it, as a heading would.
    // (or in a wrapper that scrolls it on small screens: "table-wrap")
    private static bool HoldsDataTable(NodeStats s) =>
        s.FirstChild is { NextSibling: null } first &&
        (first.Tag == "table" ? IsFiguresTable(first) : first.Tag == "div" && first.FirstChild is { NextSibling: null, Tag: "table" } table && IsFiguresTable(table));

    // Three rows or more, most with two cells of text outside links (a box score's "First downs | 24 | 17": DomText.IsDataTable
    // takes small numbers for a most-read list's ranks), and no link list.
    private static bool IsFiguresTable(NodeStats table)
    {
        if (table.LinkDensity > 0.2) return false;
        int rows = 0, data = 0;
        foreach (var row in table.Element.QuerySelectorAll("tr"))
        {
            if (++rows > 40) break;
            int cells = 0;
            foreach (var cell in row.Children)
                if (cell.LocalName is "td" or "th" && cell.QuerySelector("a[href]") is null && cell.TextContent.AsSpan().Trim().Length > 0) cells++;
            if (cells >= 2) data++;
        }
        return rows >= 3 && data * 2 >= rows;
    }

    private static bool OpensWithLabel(NodeStats s)
    {
        var first = s.FirstChild;
        while (first is not null && first.TextChars == 0) first = first.NextSibling;
        if (first is not { Tag: "p" or "div" or "span" or "strong", TextChars: > 0 and < 50, LinkChars: 0 } || first.NextSibling is null ||
            DomText.EndsLikeSentence(DomText.ShortText(first.Element, 60))) return false;
        // (and its items read as facts, sentences or "label: value", not as a list of headlines: "Popular right now")
        int items = 0, facts = 0;
        foreach (var li in s.Element.QuerySelectorAll("li"))
        {
            if (++items > 12) break;
            var t = DomText.ShortText(li, 200);
            if (DomText.EndsLikeSentence(t) || t.Contains(':')) facts++;
        }
        return items == 0 || facts * 2 > items;
    }

    // A box named as an appeal ("contribute-teaser", "donate-ask") whose paragraphs make one: it goes whole, letter and all
    // (its paragraphs are real sentences, so it does not look like boilerplate by its statistics).
    private static bool IsNamedAppeal(NodeStats s, int contentChars)
    {
        if (s.TextChars > 2500 || s.TextChars * 2 > contentChars) return false;
        int seen = 0;
        foreach (var p in s.Element.QuerySelectorAll("p"))
        {
            if (++seen > 12) break;
            // (its opening: the appeal's paragraphs run longer than a notice — "Since you're here … we have a small favour to ask. More people …")
            var whole = DomText.ShortText(p, 2000);
            if (whole.Length > BoilerplateVocabulary.MaxNoticeLength && QuotedOrAttributed.IsMatch(whole)) continue; // (the cut opening would hide "…, director Lena Fox says")
            if (BoilerplateVocabulary.IsAppeal(whole.Length > BoilerplateVocabulary.MaxNoticeLength ? whole[..BoilerplateVocabulary.MaxNoticeLength] : whole)) return true;
        }
        return false;
    }

    private static bool IsNamedFactBox(NodeStats s) => DomText.NameHas(s.ClassAndId, "fact", "infobox", "info-box", "fakta");

    private static readonly System.Text.RegularExpressions.Regex CallToAction = new(
        @"^\W*(?:sign|subscribe|listen|get|support|donate|buy|book|register|join|download|follow|read|learn|shop|try|start|watch|see|more|jetzt|abonn|anmeld|hör|mehr|inscri|abonne|écout|suscr|escuch|iscriv|ascolta|meld|luister|lees|lire|leer|leggi)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A box with a button-like link ("Sign up", "Listen now", "Get tickets") is a promotion, not facts.
    private static bool HasCallToAction(AngleSharp.Dom.IElement box)
    {
        foreach (var a in box.QuerySelectorAll("a[href]"))
        {
            var t = DomText.ShortText(a, 60);
            if (t.Length <= 40 && CallToAction.IsMatch(t)) return true;
        }
        return false;
    }

    /// <summary>
    /// The box a sign-up or support appeal sits in, when the box opens with a heading of its own and is a minor part of the
    /// content ("Support HuffPost", its pitch, "as little as $2"): the heading and the pitch go with the appeal.
    /// </summary>
    private NodeStats? AppealBox(NodeStats appeal, int contentChars)
    {
        var box = appeal.Parent;
        // (the root too when it is a block joined beside the chosen content: the appeal box after the story's own)
        for (int up = 0; up < 2 && box is not null && (box != _root || _rootIsSibling) && box.Tag is "div" or "section" or "aside"; up++, box = box == _root ? null : box.Parent)
        {
            // (a pitch of a few paragraphs, not a story: no headline, little text besides the appeal)
            if (box.HasArticleMarker || box.TextChars * 2 >= contentChars || box.GoodParagraphs > 3 || box.Element.QuerySelector("h1") is not null) return null;
            if (FirstWithText(box) is not { } first) continue;
            // A letter to the reader ("Dear Reader, … We, however, have a request. …") may run longer, when what it asks for is
            // money or a subscription and no story follows it (an editor's note opening a series, an ombudsman's column that
            // closes with a contact or a follow line, are the text).
            bool letter = first.TextChars <= 40 && Salutation.IsMatch(DomText.ShortText(first.Element, 60)) &&
                          MoneyAsk.IsMatch(DomText.ShortText(appeal.Element, 400)) && !StoryFollows(box);
            if (box.TextChars - appeal.TextChars > (letter ? 2000 : 900)) return null;
            // (a box joined beside the story is taken only when it pleads for the newsroom: a "How to help" box asking for a
            // relief fund's donations is the story's)
            if (box == _root && !NewsroomWords.IsMatch(DomText.ShortText(box.Element, 1000))) return null;
            // (or the appeal is the box's own title line: "Sostieni MilanoToday", "Support local news", or a line set in bold:
            // "Support PREMIUM TIMES' journalism of integrity and credibility")
            if (DomText.IsHeading(first.Tag) || letter || (first == appeal && (appeal.TextChars <= 40 || IsBoldTitleLine(appeal)))) return box;
        }
        return null;
    }

    // A paragraph wholly in bold, short, and no sentence: a box's title.
    private static bool IsBoldTitleLine(NodeStats p) =>
        p.TextChars <= 100 && p.FirstChild is { NextSibling: null, Tag: "strong" or "b" } only && only.TextChars == p.TextChars &&
        !DomText.EndsLikeSentence(DomText.ShortText(p.Element, 160));

    // A word inside a sentence is the sentence's, whatever its class: a ticker chip "STRL, -11.84%" classed "trending" between
    // "Shares of Stratoline Airlines Inc." and "were halted".
    private static bool IsWordInSentence(NodeStats s, string? hint) =>
        hint is BoilerplateKind.Related or BoilerplateKind.Share or BoilerplateKind.Tags or BoilerplateKind.Ad && !DomText.IsBlock(s.Tag) && s.TextChars < 80 && InsideSentence(s.Element);

    // Words run on both sides of the inline element within its paragraph.
    private static bool InsideSentence(AngleSharp.Dom.IElement e) =>
        e.PreviousSibling is AngleSharp.Dom.IText before && HasWord(before.Data, fromEnd: true) &&
        e.NextSibling is AngleSharp.Dom.IText after && HasWord(after.Data, fromEnd: false);

    private static bool HasWord(string text, bool fromEnd)
    {
        var t = text.AsSpan().Trim();
        if (t.IsEmpty) return false;
        // the character next to the element, not a separator ("|", "·") between links in a bar: before it a word or a
        // clause's comma ("Inc." too); after it the sentence going on in lower case
        char c = fromEnd ? t[^1] : t[0];
        return fromEnd ? char.IsLetterOrDigit(c) || c is ',' or ':' or '.' : char.IsLower(c) || char.IsDigit(c) || c is ',' or '.' or ';';
    }

    // (IsLinkedTeaserCard's heading-only case, kept apart: that check also tells LinksFollow what a teaser is, and a heading
    // alone over links is no teaser there)
    private static bool IsLinkedHeadingCard(NodeStats s)
    {
        var heading = s.Element.QuerySelector("h2, h3, h4, h5");
        if (heading is null || heading.TextContent.Length * 10 < s.Element.TextContent.Length * 9) return false;
        // (a listicle's numbered slide title, "1. Sabrina Spellman from …", links to its slide: it is the item's heading)
        if (NumberedItem.IsMatch(heading.TextContent)) return false;
        return heading.QuerySelector("a[href]") is { } link && LeadsElsewhere(link);
    }

    private static readonly System.Text.RegularExpressions.Regex NumberedItem = new(@"^\s*(?:#\s?)?\d{1,3}\s?[.):]\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The opening of a sign-up box: an invitation ("Sign up for …", "Get our …", "Never miss …") or the newsletter's name; a story's
    // "How to sign up" section over a service's form is not one
    private static readonly System.Text.RegularExpressions.Regex SignUpOpening = new(
        @"^\W*(?:sign(?:-| )?up|subscribe|get (?:the|our|more)|join|never miss|don['’]t miss|stay (?:informed|in the know|up to date)|start your day|abonnier|anmelden|melde dich|jetzt anmelden|inscri|abonnez|suscr[ií]b|iscriviti|schrijf je in|meld je aan|assine|inscreva)|\b(?:newsletters?|nieuwsbrief|boletín|briefing)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex NewsroomWords = new(
        @"\b(?:journalism|reporting|newsroom|journalismus|journalisme|periodismo|jornalismo|journalistiek|giornalismo|informazione|lettori|lettore|leser|lecteurs|lectores|leitores|lezers)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // An appeal quoted or attributed is a story's ("“Please consider supporting our rescue work,” the team wrote")
    private static readonly System.Text.RegularExpressions.Regex QuotedOrAttributed = new(@"[""“”„«»]|\b(?:said|says|wrote|writes|posted|told|tells|according to)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A sign-up form: an e-mail field, no password (a login gate wraps the gated text), and sign-up words in the box.
    private static bool IsSignUpForm(NodeStats s)
    {
        var e = s.Element;
        if (e.QuerySelector("input[type=email], input[name*=email], input[placeholder*=mail]") is null || e.QuerySelector("input[type=password]") is not null) return false;
        return SignUpWords.IsMatch(DomText.ShortText(e, 600));
    }

    private static readonly System.Text.RegularExpressions.Regex SignUpWords = new(@"\b(?:inbox|newsletter|subscri\w*|sign(?:-| )?up|delivered|mailing list|abonn\w*|anmelden|suscr\w*|iscriviti)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool StoryFollows(NodeStats box)
    {
        for (var n = box; n is not null && n.Tag is not ("body" or "html"); n = n.Parent)
            for (var next = n.NextSibling; next is not null; next = next.NextSibling)
                if (!next.Dead && next.GoodParagraphs > 0) return true;
        return false;
    }

    private static readonly System.Text.RegularExpressions.Regex MoneyAsk = new(
        @"\b(?:subscri|donat|contribut|become a (?:member|subscriber|supporter|patron)|support (?:quality|independent|good|our) journalism|abonn|spende|suscr|assin|abbona|doe[ -]|don\b|faire un don)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The letter's opening: "Dear Reader,", "Liebe Leserinnen und Leser,", "Chers lecteurs,"
    private static readonly System.Text.RegularExpressions.Regex Salutation = new(
        @"^\W*(?:dear|liebe|lieber|cher|chère|chers|chères|querid[oa]s?|estimad[oa]s?|car[oa]|cari|care|beste|prezad[oa]s?)\s+(?:\p{L}+\s+)?(?:readers?|leser(?:in|innen)?|lecteurs?|lectrices?|lector(?:es|as?)?|lettor[ei]|lettrici|lezers?|leitor(?:es|as?)?)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The next block with text is links: a list of stories, or a teaser card.
    private static bool LinksFollow(NodeStats s)
    {
        for (var n = s.NextSibling; n is not null; n = n.NextSibling)
            if (!n.Dead && n.TextChars > 0) return n.LinkDensity > 0.5 || IsLinkedTeaserCard(n) || (n.Tag == "article" && n.LinkCount > 0);
        return false;
    }

    // A quote's footer names its source (HTML: "<blockquote><p>…</p><footer>— Name</footer>").
    private static bool InQuote(NodeStats s) => HasAncestor(s.Parent, 2, static t => t is "blockquote" or "q") || BesideItsQuote(s);

    // Or right after the quote, in the quote's own box ("<div class="quote"><blockquote>…</blockquote><span
    // class="quote__author">…</span></div>"): the box holds the quote and its author, nothing else.
    private static bool SameNamedSiblingsHoldText(NodeStats s)
    {
        // (named so by its class's first token, an article's component: "article-widget" with its kinds, "-text", "-heading",
        // "-list"; a theme's "widget widget_block" sections after the entry are a widget area's, and an id "sidebar" on a box
        // that shares the main column's class is the sidebar)
        var first = FirstClassToken(s.Element.ClassName);
        if (first is null || !first.Contains("widget", StringComparison.OrdinalIgnoreCase) || !ArticleComponent.IsMatch(first) || s.Parent is not { } parent ||
            (parent.ClassAndId is { } area && (area.Contains("widget-area", StringComparison.OrdinalIgnoreCase) || area.Contains("sidebar", StringComparison.OrdinalIgnoreCase)))) return false;
        int same = 0, paragraphs = 0;
        for (var c = parent.FirstChild; c is not null; c = c.NextSibling)
            if (c != s && !c.Dead && FirstClassToken(c.Element.ClassName) == first) { same++; paragraphs += c.GoodParagraphs; }
        return same >= 2 && paragraphs >= 2;
    }

    private static string? FirstClassToken(string? className)
    {
        if (string.IsNullOrWhiteSpace(className)) return null;
        var t = className.AsSpan().Trim();
        int sp = t.IndexOfAny(' ', '\t', '\n');
        return (sp < 0 ? t : t[..sp]).ToString();
    }

    private static readonly System.Text.RegularExpressions.Regex ArticleComponent = new(@"article|story|body|content|post|entry",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex SecondaryTitle = new(@"(?:title|headline|heading)[-_]+secondary|secondary[-_]+(?:title|headline|heading)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool BesideItsQuote(NodeStats s) =>
        s.Element.PreviousElementSibling is { LocalName: "blockquote" or "q" } && s.Element.NextElementSibling is null &&
        s.Parent is { } box && box.TextChars < 1000 && box.Element.Children.Count(c => c.TextContent.Trim().Length > 0) == 2; // (an icon beside them has no text)

    // A code listing's gutter: only the numbers 1, 2, 3… (Hexo, Jekyll and Pygments set it in its own <pre> beside the code).
    private static bool IsLineNumbers(NodeStats s)
    {
        if (s.TextChars > 2000) return false;
        // beside the code: in a table row or a wrapper with another listing (a program's output "1 2 3" stands alone)
        var row = s.Parent?.Tag == "td" ? s.Parent.Parent : s.Parent;
        if (row is null || row.Element.QuerySelectorAll("pre").Length < 2) return false;
        int count = 0, expect = 0;
        foreach (var token in DomText.ShortText(s.Element, 4000).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) return false;
            if (count++ > 0 && n != expect) return false;
            expect = n + 1;
        }
        return count >= 3; // three lines or more (a listing may start at any line)
    }

    private static readonly System.Text.RegularExpressions.Regex PlayerClass = new(
        @"(?:^|[\s_-])(?:video|audio)(?:$|[\s_-])|(?-i:[a-z](?:Video|Audio))|(?:media|audio|podcast|jw|yt|youtube|vimeo|embed|html5|video)[-_]?player|[a-z](?<!(?:^|[\s_-])(?:key|star|top|best))-player(?:$|[\s_-])|video-?teaser|vjs-|brightcove",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// An embedded player among the paragraphs with only its title and length as text ("Video: How a tunnel boring machine
    /// works 2:14"): the plain text cannot play it, and the label is no sentence of the story. A minor part of the content only
    /// (a video page's description is its text).
    /// </summary>
    private static bool IsPlayer(NodeStats s, int contentChars) =>
        s.Tag is "div" or "figure" or "section" or "aside" && s.GoodParagraphs <= 1 && s.TextChars <= 400 && s.TextChars * 3 < contentChars &&
        (IsNamedPlayer(s) || IsUnnamedClipCard(s));

    // A clip's card whose names say nothing ("sc-0a7c3f21-0"): a video's id or element with its play button, its length and its
    // title, and no sentence.
    private static bool IsUnnamedClipCard(NodeStats s) =>
        // (the element lookup before the pattern: most small boxes hold no video)
        s.GoodParagraphs == 0 && s.TextChars <= 200 && TextPieces(s.Element, 4) <= 3 && s.Element.QuerySelector("[data-video-id], video") is not null &&
        HasPiece(s.Element, ClipLength, int.MaxValue) && !HasSentence(s.Element);

    private static bool IsNamedPlayer(NodeStats s) =>
        s.ClassAndId is { } key && (key.Contains("video", StringComparison.OrdinalIgnoreCase) || key.Contains("player", StringComparison.OrdinalIgnoreCase) || key.Contains("audio", StringComparison.OrdinalIgnoreCase) ||
                                    key.Contains("vjs-", StringComparison.Ordinal) || key.Contains("brightcove", StringComparison.OrdinalIgnoreCase)) && PlayerClass.IsMatch(key) &&
        // a title, a length, a source: a product box's labels and values are more; a clip's card with its length ("01:47 -
        // Source: CNN") may also hold its summary
        ((s.GoodParagraphs == 0 && s.TextChars <= 200 && TextPieces(s.Element, 4) <= 3 && !HasSentence(s.Element)) ||
         (TextPieces(s.Element, 5) <= 4 && HasPiece(s.Element, ClipLength, int.MaxValue)) ||
         // (with its play button, more pieces: hr's "Video abspielen", "Video", "01:52 Min.", the title, "Bild © hr"; MDR's "2 min" and
         // its broadcast line)
         (TextPieces(s.Element, 7) <= 6 && !HasSentence(s.Element) && (HasPiece(s.Element, ClipLength, int.MaxValue) || HasPiece(s.Element, ClipMinutes, 30)) &&
          s.Element.QuerySelector("button, video, audio") is not null) ||
         // a clip's title beside its play button, labelled as one ("Video | «Pago 600 euro per una stanza senza finestra»: le voci
         // degli studenti"; a standfirst or a quote beside a player is not labelled so)
         (s.TextChars <= 200 && TextPieces(s.Element, 3) <= 2 && !HasSentence(s.Element) && ClipLabel.IsMatch(DomText.ShortText(s.Element, 40)) &&
          s.Element.QuerySelector("button, video, audio") is not null) ||
         // a clip's card that names its length ("Beitragslänge: 2 min", "Durée : 3 min"), with its label, title, summary and date,
         // and a control to play it (a review's box with its "Runtime: 112 minutes" has none)
         (TextPieces(s.Element, 7) <= 6 && HasPiece(s.Element, LabelledClipLength, 60) && s.Element.QuerySelector("button, video, audio, iframe") is not null));

    private const string CaptionOfAlt = "a picture's caption (the picture's alt text again, right after it)";
    /// <summary>
    /// A shopping guide's card between the paragraphs: the product's name and picture with a link that is a price ("$59.99 at
    /// Amazon") or a buy button ("Shop Now"). The review is in the paragraphs around it; the card's name repeats its heading.
    /// Small and without a sentence: a card that carries the verdict keeps it.
    /// </summary>
    private static bool IsShopCard(NodeStats s, int contentChars)
    {
        // (the links are looked up in the DOM: a button the rules already dropped, "View Deal", still makes the card)
        if (s.Tag is not ("div" or "aside" or "section" or "figure") || s.GoodParagraphs > 0 || s.TextChars is 0 or > 250 || s.TextChars * 4 > contentChars) return false;
        bool shop = false;
        int links = 0;
        foreach (var a in s.Element.QuerySelectorAll("a[href]"))
        {
            if (++links > 8) return false;
            var t = DomText.Normalize(a.TextContent);
            if (t.Length > 0 && (BoilerplateVocabulary.IsPriceLine(t) || ShopButton.IsMatch(t))) shop = true;
        }
        // (a review's scorecard is the text: its verdict, its pros and cons, its score)
        if (!shop || s.Element.QuerySelector("dl, table") is not null) return false;
        var pieces = new List<string>(12);
        CollectPieces(s.Element, pieces, 12);
        return !pieces.Any(p => (p.Length >= 25 && DomText.EndsLikeSentence(p)) || Verdict.IsMatch(p));
    }

    private static readonly System.Text.RegularExpressions.Regex Verdict = new(@"\bverdict\b|\bpros\b|\bcons\b|\b\d{1,2}(?:\.\d)?\s?/\s?10\b|\bour (?:rating|score)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex ShopButton = new(
        @"^(?:(?:shop now|buy now|buy it now|check (?:the )?price|see (?:the )?price|view (?:the )?deal|see (?:the )?deal|get (?:the )?deal)(?: (?:at|on|from) [\p{L}\d .'’&-]{2,30})?|shop (?:it )?(?:at|on) [\p{L}\d .'’&-]{2,30}|buy (?:it )?(?:at|on|from) [\p{L}\d .'’&-]{2,30}|(?:see|view) (?:it )?(?:at|on) (?-i:\p{Lu})[\p{L}\d .'’&-]{1,30})$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The site's or the writer's disclosure under the story, in a box named so whose first line is its heading ("&lt;div
    /// class="disclosure__Wrapper at-disclosure"&gt;&lt;h4&gt;DISCLOSURE&lt;/h4&gt;&lt;p&gt;… is owned by …&lt;/p&gt;", a medical site's
    /// "mpt-content-disclosures"). Both are asked for: a story's own "Disclosure statement" section on a bankruptcy is not in
    /// such a box, and a box named so may be a show/hide widget with other content.
    /// </summary>
    private static bool IsHeadedDisclosureBox(NodeStats s, int contentChars)
    {
        if (s.Tag is not ("div" or "section" or "aside") || s.TextChars is 0 or > 1500 || s.TextChars * 2 > contentChars ||
            s.ClassAndId is not { } key || !key.Contains("disclos", StringComparison.OrdinalIgnoreCase)) return false;
        var heading = s.Element.QuerySelector("h2, h3, h4, h5, h6, strong, b");
        if (heading is null) return false;
        var label = DomText.Normalize(heading.TextContent);
        return DisclosureHeading.IsMatch(label) && DomText.ShortText(s.Element, 40).StartsWith(label, StringComparison.Ordinal);
    }

    private static readonly System.Text.RegularExpressions.Regex DisclosureHeading = new(@"^(?:disclosures?|disclosure statement|financial disclosures?|conflicts? of interest(?: disclosures?)?)\W*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Three items or more, each opening with its label in bold ("<li><strong>Time:</strong> 8:30 p.m. ET</li>").
    private static bool IsLabelledList(NodeStats list)
    {
        int items = 0, credits = 0;
        for (var c = list.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c.Dead || c.TextChars == 0) continue;
            if (c.Tag != "li" || !OpensWithBoldLabel(c.Element, out bool credit)) return false;
            items++;
            if (credit) credits++;
        }
        // (not a list of credits: "Foto: ANP", "Kaart: Rijkswaterstaat", "Bron: …")
        return items >= 3 && credits * 2 < items;

        static bool OpensWithBoldLabel(AngleSharp.Dom.IElement li, out bool credit)
        {
            credit = false;
            foreach (var n in li.ChildNodes)
            {
                if (n is AngleSharp.Dom.IText t) { if (string.IsNullOrWhiteSpace(t.Data)) continue; return false; }
                if (n is not AngleSharp.Dom.IElement { LocalName: "strong" or "b" } label || label.TextContent.Trim() is not [.., ':'] text) return false;
                credit = CreditLabel.IsMatch(text);
                return true;
            }
            return false;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex CreditLabel = new(
        @"^(?:fotos?|photos?|bild(?:er)?|images?|kaart|karte|map|grafik|graphic|bron|sources?|quelle|fuente|fonte|credits?|illustrations?|video)\s*:$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private const string GalleryBox = "a photo gallery set into the text (its title, captions and counter)";

    // A photo gallery set into the story ("galeria-embed", "gallery-embed", "diaporama"): pictures with their captions, a title
    // ("Veja fotos do casarão restaurado", "FOTOGALLERY Viaggio nei magazzini …") and a counter. Its text describes the
    // pictures: it leaves the text as captions do (the HTML keeps it), unless captions are most of the text.
    private static bool IsGalleryBox(NodeStats s, int contentChars)
    {
        if (s.Tag is not ("div" or "section" or "aside" or "figure") || s.ClassAndId is not { } key || s.GoodParagraphs > 0 || s.Headings > 0 || s.TextChars * 3 >= contentChars ||
            key.AsSpan().IndexOfAny(GalleryWords) < 0) return false;
        int pictures = 0, captionChars = 0;
        foreach (var e in s.Element.QuerySelectorAll("img, figcaption, [class*=caption], [class*=legend]"))
            if (e.LocalName == "img") pictures++;
            else if (e.ParentElement?.Closest("figcaption, [class*=caption], [class*=legend]") is not { } outer || !s.Element.Contains(outer))
                captionChars += DomText.Normalize(e.TextContent).Length; // (the outermost caption only)
        // (three pictures or more: a slide's before-and-after pair is one of the story's steps; a title and a counter beside the
        // captions, not a step's text under each picture)
        return pictures >= 3 && s.TextChars - captionChars <= 100;
    }

    private static readonly System.Buffers.SearchValues<string> GalleryWords = System.Buffers.SearchValues.Create(
        ["gallery", "galeria", "galleria", "galerie", "slideshow", "diaporama", "fotostrecke", "bilderstrecke"], StringComparison.OrdinalIgnoreCase);

    private const string CentredCaption = "a picture's caption (a centred line in italics right under it)";
    private const string CaptionBesideCredit = "a picture's caption (the line beside its credit, under the picture)";

    /// <summary>
    /// A picture's caption that no name calls one (MDR: <c>&lt;div class="media"&gt;&lt;img&gt;&lt;div class="mediaCon"&gt;&lt;p
    /// class="title"&gt;Am Schweigenberg …&lt;/p&gt;&lt;p class="credit"&gt;Bildrechte: MDR/…&lt;/p&gt;</c>): the one other line in a
    /// small box that holds the picture's credit after it, the picture in the box or just before it.
    /// </summary>
    private bool IsCaptionBesideCredit(NodeStats s, int contentChars)
    {
        _besideCredit = null;
        if (s.Tag is not ("p" or "div" or "span") || s.TextChars is < 15 or > 200 || s.GoodParagraphs > 1 || s.Parent is not { } box ||
            box.TextChars > 300 || box.TextChars * 3 >= contentChars || box.Headings > 0 || box.Tag == "li") return false;
        bool afterCaption = false;
        NodeStats? credit = null;
        for (var k = box.FirstChild; k is not null; k = k.NextSibling)
        {
            if (k == s) { afterCaption = true; continue; }
            if (k.TextChars == 0) continue;
            if (credit is not null || !afterCaption || !IsCreditLine(k)) return false;
            credit = k;
        }
        if (credit is null) return false;
        // (the dearer checks once the box has the shape) not in a list item (a recipe's step); one sentence at most (a photo
        // essay's paragraph beside its picture tells more)
        if (s.Element.Closest("li") is not null || SecondSentence.IsMatch(DomText.ShortText(s.Element, 220))) return false;
        // the picture in the box, or beside the box in a parent that holds nothing else with text
        var pictured = DomText.HoldsPicture(box.Element) ? box : box.Parent is { } outer && outer.TextChars == box.TextChars && outer.Tag is "div" or "figure" or "section" && DomText.HoldsPicture(outer.Element) ? outer : null;
        if (pictured is null || RepeatsAmongTheText(pictured)) return false;
        _besideCredit = credit;
        return true;
    }

    // The credit beside the last caption found so (it leaves the text with it: MDR's "mediaSource" names no credit).
    private NodeStats? _besideCredit;

    // (three pictures with their lines or more, boxes of the same name among the paragraphs, are a photo essay: the lines are
    // its text; an article's two pictures are not)
    private static bool RepeatsAmongTheText(NodeStats pictured)
    {
        var name = pictured.Element.ClassName;
        if (string.IsNullOrEmpty(name) || pictured.Parent is not { } parent) return false;
        int alike = 0;
        for (var k = parent.FirstChild; k is not null; k = k.NextSibling)
            if (k.TextChars > 0 && k.Tag == pictured.Tag && k.Element.ClassName == name && ++alike >= 3) return true;
        return false;
    }

    private static readonly System.Text.RegularExpressions.Regex SecondSentence = new(@"[.!?][""”’»)]?\s+\p{Lu}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsCreditLine(NodeStats k) =>
        k.TextChars <= 120 && k.GoodParagraphs == 0 &&
        ((k.ClassAndId is { } key && DomText.NameHas(key, "credit", "copyright", "bildrechte", "photographer", "fotograf")) || CreditOpening.IsMatch(DomText.ShortText(k.Element, 40)));

    // A credit line's opening: its label, or the copyright sign.
    private static readonly System.Text.RegularExpressions.Regex CreditOpening = new(
        @"^\W{0,2}(?:bildrechte|bildquelle|fotos?|photos?|bild|image|picture|credits?|crédits? photo|fotografía|imagen|immagine|afbeelding|beeld)\s*:|^\s*©",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private const string PictureRowCaption = "a picture's caption (the row under a picture in a small table of its own)";

    // An old table-layout CMS sets each picture in a small table of its own: a row with the picture alone, then a row with
    // its caption ("<table><tr><td><img></td></tr><tr><td class="pictext">Farmer Li Wenhua checks … (Xinhua/Hu Chao)</td></tr>
    // </table>"), told by its credit at the end or its class; a story's own text may stand under a picture so (a candidate's
    // profile under the candidate's photo, a town's description under its view).
    private static bool IsPictureRowCaption(AngleSharp.Dom.IElement cell)
    {
        // (the cheap tests first: a data table's cells stand in rows of several)
        if (cell.ParentElement is not { LocalName: "tr" } row || row.Children.Length != 1 || row.PreviousElementSibling is not { LocalName: "tr" } above ||
            above.Children.Length != 1 || above.TextContent.AsSpan().Trim().Length > 0) return false;
        if (cell.QuerySelector("img, picture") is not null || above.QuerySelector("img, picture") is null) return false;
        var table = row.Closest("table");
        if (table is null || table.QuerySelectorAll("tr").Length > 3) return false;
        return DomText.NameHas(cell.ClassName, "pic", "caption", "cutline", "foto", "photo", "legend") ||
               PictureCredit.IsMatch(DomText.Normalize(cell.TextContent));
    }

    // "(Xinhua/Hu Chao)", "(Ledger photo by Tom Reilly)", "(AP Photo/Jane Doe)", "(File photo)" closing the text
    private static readonly System.Text.RegularExpressions.Regex PictureCredit = new(
        @"\((?:[\p{L}.]+(?: [\p{L}.]+)?/[\p{L} .'’-]{2,40}|[^()]{0,40}\b(?:photo|photos|foto|image|picture|courtesy|file)\b[^()]{0,40})\)\W*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The caption an editor types under a picture in a classic editor: a short line set in italics and centred, right after
    /// a block that holds the picture alone (Blogger's separator, WordPress's paragraph around an image: "&lt;p&gt;&lt;img&gt;&lt;/p&gt;
    /// &lt;p style="text-align: center"&gt;&lt;em&gt;Miner reserves, BTC. Source: ChainVantage&lt;/em&gt;&lt;/p&gt;"). Both marks are
    /// asked for: an editor's note in italics after the lead picture is not centred, a centred line in roman is a verse or a sign-off.
    /// </summary>
    private static bool IsCentredItalicCaption(NodeStats s)
    {
        if (s.Tag is not ("p" or "div" or "center") || s.TextChars is 0 or > 200 || s.GoodParagraphs > 1) return false;
        var e = s.Element;
        if (!(s.Tag == "center" || e.GetAttribute("align") is { } align && align.Equals("center", StringComparison.OrdinalIgnoreCase) ||
              e.GetAttribute("style") is { } style && CentredStyle.IsMatch(style) || DomText.NameHas(e.ClassName, "center", "centre"))) return false;
        // the whole text in one <em> or <i> (perhaps inside a span that sizes it: Blogger's "x-small"), one line, not a quotation
        // (a poem's lines under its picture, an essay's epigraph "“Whoever plants a pear tree …” — old saying")
        var inner = e;
        while (inner.ChildElementCount == 1 && inner.FirstElementChild is { LocalName: "span" or "font" or "small" } wrapper &&
               inner.TextContent.Trim().Length == wrapper.TextContent.Trim().Length) inner = wrapper;
        AngleSharp.Dom.IElement? italic = null;
        foreach (var child in inner.ChildNodes)
        {
            if (child is AngleSharp.Dom.IElement ce && ce.LocalName is "em" or "i" && italic is null) italic = ce;
            else if (child is AngleSharp.Dom.IElement { LocalName: "br" }) continue;
            else if (child.TextContent.Trim().Length > 0) return false;
        }
        if (italic is null || italic.QuerySelector("br") is not null) return false;
        var text = DomText.Normalize(italic.TextContent);
        if (text.Length == 0 || text[0] is '"' or '“' or '„' or '«' or '‘' or '\'') return false;
        var prev = e.PreviousElementSibling;
        return prev is not null && prev.TextContent.Trim().Length == 0 && DomText.HoldsPicture(prev);
    }

    private static readonly System.Text.RegularExpressions.Regex CentredStyle = new(@"text-align\s*:\s*center", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A short block named as a caption right after a picture that says what its alt text says: the caption a template
    /// prints as a plain paragraph ("&lt;img alt="2020 Mazda CX-30 interior"&gt; &lt;p class="photo-title"&gt;2020 Mazda CX-30 interior&lt;/p&gt;").
    /// </summary>
    private static bool RepeatsPictureAlt(NodeStats s)
    {
        var prev = s.Element.PreviousElementSibling;
        if (prev is null) return false;
        var img = prev.LocalName == "img" ? prev : prev.LocalName is "picture" or "a" or "figure" or "span" or "div" && prev.TextContent.Trim().Length == 0 ? prev.QuerySelector("img") : null;
        if (img?.GetAttribute("alt") is not { Length: >= 8 } alt) return false;
        var text = DomText.ShortText(s.Element, 220);
        return string.Equals(DomText.Normalize(alt), text, StringComparison.OrdinalIgnoreCase);
    }

    // (compiled, as VideoName: both are tried on the names of most short blocks)
    private static readonly System.Text.RegularExpressions.Regex CaptionName = new(@"caption|legend|credit|(?:photo|image|img|pic|picture|bild|foto)[-_]?(?:title|text|desc|label|info)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// The clip's title and one-line summary printed right after a player with no text of its own (a TV station's lead video:
    /// "Snoqualmie Pass reopens after lengthy closure / WSDOT crews spent more than a day clearing …"). Named as the video's
    /// ("video__info", "VideoEnhancement-info"; not "videogame-verdict"), a title and one sentence (a standfirst or a paragraph
    /// after an embed is one piece), a minor part of the content, and no headline in it (a video page's header is its own).
    /// </summary>
    private static bool IsPlayerInfo(NodeStats s, int contentChars)
    {
        if (s.Tag is not ("div" or "section" or "p") || s.GoodParagraphs > 1 || s.TextChars is 0 or > 300 || s.TextChars * 3 >= contentChars ||
            s.ClassAndId is not { } key || !key.Contains("video", StringComparison.OrdinalIgnoreCase) || !VideoName.IsMatch(key) || s.Parent is not { } parent) return false;
        NodeStats? prev = null;
        for (var c = parent.FirstChild; c is not null && c != s; c = c.NextSibling) prev = c;
        if (prev is null || prev.TextChars != 0) return false;
        var player = prev.Element;
        if (!(prev.Tag.Contains("player", StringComparison.Ordinal) || player.HasAttribute("data-video-id") ||
              player.QuerySelector("video, iframe, button, [data-video-id]") is not null)) return false;
        if (s.Element.QuerySelector("h1") is not null) return false;
        var pieces = new List<string>(3);
        CollectPieces(s.Element, pieces, 3);
        return pieces.Count == 2 && pieces[0].Length <= 120 && !DomText.EndsLikeSentence(pieces[0]) && pieces[1].Length <= 200;
    }

    /// <summary>
    /// A clip's title set inside the player's own box (Reach: <c>&lt;div class="video-wrapper" data-video-id=…&gt;</c> … <c>&lt;p
    /// class="video-title"&gt;ChronicleLive weather video&lt;/p&gt;</c>): a short line named as the video's title, in a box that
    /// holds a player or sits inside one (a video id, a &lt;video&gt;, an iframe, a JW Player slot).
    /// </summary>
    private static bool IsTitleInPlayer(NodeStats s)
    {
        // (the plain searches first: most names hold neither word, and the regex is the dearer test)
        if (s.TextChars is 0 or > 120 || s.GoodParagraphs > 0 || s.ClassAndId is not { } key || !key.Contains("title", StringComparison.OrdinalIgnoreCase) ||
            !key.Contains("ideo", StringComparison.Ordinal) || !VideoName.IsMatch(key) || s.Parent is not { } box || box.TextChars > 400) return false;
        var e = box.Element;
        // (the id may sit on the player's custom element around the box: Brightspot's <ps-interactive-video data-video-id=…>)
        return e.Closest("[data-video-id]") is not null || e.QuerySelector("video, iframe, [data-video-id], [id^=jwplayer]") is not null;
    }

    // "video" as a word of the name: "video", "video__info", "lead-video", "VideoEnhancement", "leadVideo"
    private static readonly System.Text.RegularExpressions.Regex VideoName = new(@"(?:^|[\s_-])[Vv]ideo(?=$|[\s_-]|\p{Lu})|\p{Ll}Video(?=$|[\s_-]|\p{Lu})",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static void CollectPieces(AngleSharp.Dom.INode n, List<string> pieces, int max)
    {
        var children = n.ChildNodes;
        for (int i = 0; i < children.Length && pieces.Count < max; i++)
        {
            if (children[i] is AngleSharp.Dom.IText t) { if (!string.IsNullOrWhiteSpace(t.Data)) pieces.Add(t.Data.Trim()); }
            else CollectPieces(children[i], pieces, max);
        }
    }

    private static readonly System.Text.RegularExpressions.Regex ClipLabel = new(@"^\W{0,3}(?:video|vídeo|vidéo|watch|guarda|bekijk|kijk|assista|veja|mira|ansehen|podcast|audio)\s*[|:–—-]",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex LabelledClipLength = new(
        @"^\s*(?:beitragslänge|videolänge|länge|dauer|laufzeit|durée|duración|duração|durata|duur|lengte|duration|length|running time|runtime)\s*:\s*(?:(?:\d{1,2}:)?\d{1,2}:\d{2}|\d{1,3}\s*(?:min(?:\.|uten|utes|uti|utos)?|sek(?:\.|unden)?|sec(?:\.|onds|ondes)?|s))\s*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A length alone or under a label without its colon ("2 min", "Duration 2:04"): only in a card without a sentence (a card that
    // labels it with a colon may keep the clip's summary, see above).
    private static readonly System.Text.RegularExpressions.Regex ClipMinutes = new(@"^\s*(?:(?:duration|length|dauer|länge|durée|duración|duração|durata|duur)\s+(?:(?:\d{1,2}:)?\d{1,2}:\d{2}|\d{1,3}\s*min\.?)|\d{1,3}\s*(?:min\.?|minutes?|minuten|minuti|minutos))\s*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A text node under n, shorter than maxLength, that the pattern matches whole.
    private static bool HasPiece(AngleSharp.Dom.INode n, System.Text.RegularExpressions.Regex pattern, int maxLength)
    {
        var children = n.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is AngleSharp.Dom.IText t) { if (t.Data.Length < maxLength && pattern.IsMatch(t.Data)) return true; }
            else if (HasPiece(children[i], pattern, maxLength)) return true;
        }
        return false;
    }

    // A clip's length, alone, after the time played or with its source: "2:47", "00:00 / 01:52", "01:47 - Source: CNN".

    private static readonly System.Text.RegularExpressions.Regex ClipLength = new(
        @"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?(?:\s*(?:min\.?|[-–—|]\s*(?:source|quelle|fuente|fonte|bron)\s*:?.{1,40}))?\s*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A piece of text that ends like a sentence: a clip's quote or a verdict, not a player's label.
    private static bool HasSentence(AngleSharp.Dom.INode n)
    {
        var children = n.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is AngleSharp.Dom.IText t)
            {
                var piece = t.Data.AsSpan().Trim().TrimEnd("\"'”’»“« )"); // (German „…“, French « … »)
                // (a title may ask: "… se baigner dans la Seine ?"; a notice is short: "UK users only.")
                if (piece.Length >= 40 && piece[^1] is '.' or '!') return true;
            }
            else if (HasSentence(children[i])) return true;
        }
        return false;
    }

    // Text nodes with more than white space, counted up to max.
    private static int TextPieces(AngleSharp.Dom.INode n, int max, int count = 0)
    {
        var children = n.ChildNodes;
        for (int i = 0; i < children.Length && count < max; i++)
        {
            if (children[i] is AngleSharp.Dom.IText text) { if (!string.IsNullOrWhiteSpace(text.Data)) count++; }
            else count = TextPieces(children[i], max, count);
        }
        return count;
    }

    private static bool FigureHasPicture(NodeStats caption) =>
        caption.Parent?.Element is { } figure && (figure.QuerySelector("img, picture, video, iframe, object, embed") is not null || HasMediaComponent(figure) ||
                                                  // (a chart; not a quote's icon beside its attribution)
                                                  (figure.QuerySelector("svg, canvas") is not null && figure.QuerySelector("blockquote, q") is null));

    // A web component that shows a picture ("progressive-image", "amp-img", "lazy-image"): no <img> until a script runs.
    private static bool HasMediaComponent(AngleSharp.Dom.IElement e)
    {
        foreach (var c in e.Children)
        {
            var tag = c.LocalName;
            if (tag.Contains('-') && (tag.Contains("img") || tag.Contains("image") || tag.Contains("picture") || tag.Contains("photo") || tag.Contains("video") || tag.Contains("media"))) return true;
            if (c.LocalName != "figcaption" && HasMediaComponent(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// The box is a sibling of an &lt;article&gt; with more text than it: when its name says it is a sidebar or another
    /// template part, it is the page's column beside the story (a match card, a league table), not a box in it, whatever facts
    /// it holds. (An "infobox" or a "chronologie" placed after the article, unnamed as a template part, is the story's.)
    /// </summary>
    private static bool BesideArticle(NodeStats s)
    {
        if (s.Parent is not { } p) return false;
        for (var c = p.FirstChild; c is not null; c = c.NextSibling)
            if (c != s && c.Tag == "article" && !c.Dead && c.TextChars > s.TextChars) return true;
        return false;
    }

    private static bool InSection(NodeStats s) => HasAncestor(s.Parent, int.MaxValue, static t => t is "article" or "section" or "main");

    /// <summary>The node or one of its ancestors, up to <paramref name="levels"/> of them, has a tag <paramref name="match"/> accepts.</summary>
    private static bool HasAncestor(NodeStats? from, int levels, Func<string, bool> match)
    {
        for (var p = from; p is not null && levels-- > 0; p = p.Parent)
            if (match(p.Tag)) return true;
        return false;
    }

    /// <summary>
    /// A block named as related or recommended reading that links to two or more stories (links with headline-length text)
    /// and is a minor part of the
    /// content: teaser lists with a lead under each headline have real paragraphs and little link text, so the usual
    /// "looks like boilerplate" test lets them through.
    /// </summary>
    private static bool IsTeaserList(NodeStats s, int contentChars)
    {
        if (s.LinkCount < 2 || s.TextChars * 3 >= contentChars) return false;
        // several stories: two links with headline-length text, or two teaser cards or headings ("Amazon" and "bei Thalia
        // kaufen" in a review's verdict box are shop links, not stories)
        int headlines = 0;
        foreach (var a in s.Element.QuerySelectorAll("a[href]"))
            if (DomText.ShortText(a, 120).Length >= 20 && ++headlines >= 2) return true;
        return s.Element.QuerySelectorAll("article, h2, h3, h4, h5, h6").Length >= 2;
    }

    private NodeStats? _root;
    private string? _siteHost;
    private bool _siteHostRead;

    /// <summary>Good paragraphs of the chosen content (all roots), set before the fine pass.</summary>
    public int ContentGoodParagraphs { get; set; }

    /// <summary>
    /// A list of other stories laid out as cards after the article: three or more children, each a headline link (in a
    /// heading, or a link around a heading) to another page of the site, with at most a short summary, holding nearly all
    /// the block's text. Only when the rest of the content is an article of its own (two real paragraphs, 250 characters)
    /// and no paragraph follows the list: a listicle, a roundup or an FAQ has its items among its paragraphs, links
    /// elsewhere or to itself; on a listing page the cards are the content.
    /// </summary>
    private bool IsCardList(NodeStats s, int contentChars)
    {
        if (s.LinkCount < 3 || s.Headings < 3 || s.TextChars < 150 || DomText.IsParagraphLike(s.Tag)) return false;
        if (contentChars - s.TextChars < 250 || ContentGoodParagraphs - s.GoodParagraphs < 2) return false;
        var list = s;
        for (int i = 0; i < 2 && SingleTextChild(list) is { } only; i++) list = only; // <section><ul><li>…
        int cards = 0, cardChars = 0;
        HashSet<string>? paths = null;
        for (var c = list.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c.Dead || c.TextChars == 0) continue;
            if (c.TextChars > 400 || c.GoodParagraphs > 1) return false; // a section of text, not a card
            if (c.Headings == 0 || c.LinkCount == 0 || HeadlineLinkPath(c.Element) is not { } path) continue;
            (paths ??= new(StringComparer.OrdinalIgnoreCase)).Add(path);
            cards++;
            cardChars += c.TextChars;
        }
        return cards >= 3 && paths!.Count >= 3 && cardChars * 10 >= s.TextChars * 8 && NothingFollows(s);
    }

    // No real paragraph after the block in the content: the list closes the article.
    private bool NothingFollows(NodeStats s)
    {
        // (within the root: what follows the root itself lies outside the content; more teasers, with headline links, are
        // not the article going on)
        for (var n = s; n is not null && n != _root; n = n.Parent)
            for (var sib = n.NextSibling; sib is not null; sib = sib.NextSibling)
                if (!sib.Dead && sib.GoodParagraphs > 0 && (sib.Headings == 0 || sib.LinkCount == 0 || HeadlineLinkPath(sib.Element) is null)) return false;
        return true;
    }

    // The site's host, from the canonical URL or og:url (null when the page names neither).
    private string? SiteHost()
    {
        if (_siteHostRead) return _siteHost;
        _siteHostRead = true;
        var url = _sources.Canonical;
        if (string.IsNullOrEmpty(url))
            foreach (var (k, v) in _sources.Metas)
                if (k == "og:url") { url = v; break; }
        if (Uri.TryCreate(url, UriKind.Absolute, out var u)) _siteHost = u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host;
        return _siteHost;
    }

    private static NodeStats? SingleTextChild(NodeStats s)
    {
        NodeStats? only = null;
        for (var c = s.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c.Dead || c.TextChars == 0) continue;
            if (only is not null) return null;
            only = c;
        }
        return only is not null && only.TextChars == s.TextChars && !DomText.IsParagraphLike(only.Tag) ? only : null;
    }

    // The path of the card's headline link (in a heading, or around one, with headline-length text) when it leads to another
    // page of the site: relative, or on the site's host (a roundup links to other sites).
    private string? HeadlineLinkPath(AngleSharp.Dom.IElement card)
    {
        foreach (var a in card.QuerySelectorAll("a[href]"))
        {
            if (!LeadsElsewhere(a)) continue;
            bool headline = a.QuerySelector("h1, h2, h3, h4, h5, h6") is not null || a.Closest("h1, h2, h3, h4, h5, h6") is not null;
            // (20 characters: a roundup's short names, "Best Budget Pick", "Classic Pumpkin Pie", are its entries)
            if (!headline || DomText.ShortText(a, 120).Length < 20) continue;
            var href = a.GetAttribute("href")!;
            if (Uri.TryCreate(href, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https"))
            {
                var host = SiteHost();
                var h = u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host;
                if (host is not null && !string.Equals(h, host, StringComparison.OrdinalIgnoreCase)) return null;
                return u.AbsolutePath;
            }
            int cut = href.IndexOfAny(['?', '#']);
            return cut >= 0 ? href[..cut] : href;
        }
        return null;
    }

    // A form to write a comment or a review, or a control to write or load more of them ("Leave a Review", "Load More
    // Reviews"): an editor's "Bewertungen (4)" with a button that shows a table has none.
    private static bool HasCommentControl(AngleSharp.Dom.IElement box)
    {
        if (box.QuerySelector("textarea") is not null) return true;
        foreach (var c in box.QuerySelectorAll("button, a"))
            if (DomText.ShortText(c, 60) is { Length: > 0 and < 50 } t && CommentControl.IsMatch(t)) return true;
        return false;
    }

    private static readonly System.Text.RegularExpressions.Regex CommentControl = new(
        @"\b(?:leave|write|add|post|submit|load|show|see|view|read) (?:a |an |your |more |all |\d+ )?(?:reviews?|comments?|ratings?)\b|bewertung (?:schreiben|abgeben)|kommentar (?:schreiben|verfassen)|mehr (?:bewertungen|kommentare)|laisser un (?:avis|commentaire)|(?:escribir|dejar) (?:una |un )?(?:opinión|reseña|comentario)|scrivi (?:una |un )?(?:recensione|commento)|(?:schrijf|plaats) een (?:reactie|review)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A box among the paragraphs that is one link around a headline or a picture and a short summary ("READ MORE: …"):
    /// a teaser for another story.
    /// </summary>
    private static bool IsLinkedTeaserCard(NodeStats s) =>
        s.Tag is "div" or "aside" or "section" or "figure" && s.LinkCount == 1 && s.TextChars is >= 20 and <= 300 &&
        s.LinkChars * 10 >= s.TextChars * 9 && s.Element.QuerySelector("a[href]") is { } a && LeadsElsewhere(a) &&
        // a picture, or a headline with more (a label, a summary): a heading that is only a link is a listicle's entry
        (a.QuerySelector("img, picture") is not null || (s.Headings > 0 && HeadingChars(s.Element) * 10 < s.TextChars * 8));

    private static int HeadingChars(AngleSharp.Dom.IElement e)
    {
        int n = 0;
        foreach (var h in e.QuerySelectorAll("h1, h2, h3, h4, h5, h6")) n += DomText.Normalize(h.TextContent).Length;
        return n;
    }

    // A link to another page: not "#faq-3" or "javascript:" (an accordion's toggle around its question).
    private static bool LeadsElsewhere(AngleSharp.Dom.IElement a)
    {
        var href = a.GetAttribute("href") ?? "";
        return href.Length > 1 && !href.StartsWith('#') && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) &&
               !a.HasAttribute("aria-expanded") && !a.HasAttribute("data-toggle") && !a.HasAttribute("data-bs-toggle") && a.GetAttribute("role") != "button";
    }

    // A box named for the byline or the article's details that holds the headline and a paragraph under it (Reach's
    // "article-information": kicker, h1, standfirst, byline, share bar) is the article's header: its parts are judged one by
    // one, so the standfirst stays while the byline goes.
    private bool IsArticleHeader(NodeStats s)
    {
        bool headline = false, paragraph = false;
        for (var c = s.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c.Tag == "h1") headline = true;
            // (named as the standfirst: a byline's sentence, "Written and photographed by …", is no standfirst)
            // (or a subheading so named: "h2.post-subtitle" under the headline in a theme's "post-meta-wrap")
            // (a sentence, or what the page's description says without a stop: the Liverpool Echo's "p.sub-title")
            else if (headline && c.Tag is "p" or "h2" && c.TextChars >= 40 && c.LinkChars == 0 && ContentSelector.IsStandfirst(c) && DomText.ShortText(c.Element, 400) is var t &&
                     (DomText.EndsLikeSentence(t) || SaysTheDescription(t)) && BoilerplateVocabulary.MatchByline(t) is null) paragraph = true;
        }
        return headline && paragraph;
    }

    private bool SaysTheDescription(string text) => Descriptions.Count > 0 && Descriptions.Contains(ContentSelector.DescriptionKey(text));

    /// <summary>The page's descriptions as <see cref="ContentSelector.DescriptionKey"/> gives them (a standfirst says one).</summary>
    public IReadOnlyList<string> Descriptions { get; init; } = [];

    private static bool LooksLikeBoilerplate(NodeStats s) => s.LinkDensity > 0.35 || s.GoodParagraphs == 0 || s.TextChars < 300;

    private static NodeStats? FirstWithText(NodeStats p)
    {
        for (var c = p.FirstChild; c is not null; c = c.NextSibling)
            if (!c.Dead && c.TextChars > 0) return c;
        return null;
    }

    private void LeaveOutOfText(NodeStats s, string reason)
    {
        if (s.TextChars > 0 && _dom.RecordRemoved)
            _removed.Add(new RemovedBlock(BoilerplateKind.Credit, reason + ", image caption: HTML only", s.TextChars, DomText.Preview(DomText.ShortText(s.Element, 80))));
        s.NotInText = true;
    }

    private void Drop(NodeStats s, string kind, string reason)
    {
        _dropKind = kind;
        _keptPartDropped |= kind is not (BoilerplateKind.Newsletter or BoilerplateKind.Related or BoilerplateKind.LinkList or BoilerplateKind.Share or
            BoilerplateKind.Ad or BoilerplateKind.Comments or BoilerplateKind.Form or BoilerplateKind.Cookie or BoilerplateKind.Tags or BoilerplateKind.PrevNext or BoilerplateKind.Meta);
        if (kind == BoilerplateKind.Comments && !s.Dead) CommentChars += s.TextChars;
        if (s.TextChars > 0 && _dom.RecordRemoved)
            _removed.Add(new RemovedBlock(kind, reason, s.TextChars, DomText.Preview(ShortText(s))));
        _dom.Kill(s);
    }

    // (a menu the prepass cut keeps the start of its text in its placeholder)
    private static string ShortText(NodeStats s) =>
        NavigationCut.IsCutElement(s.Tag) && s.Element.GetAttribute(NavigationCut.PlaceholderAttribute) is { } cut && NavigationCut.TryParse(cut, out _, out var preview)
            ? preview ?? ""
            : DomText.ShortText(s.Element, 80);

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
