using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CleanFeed.Core.Extraction.Html;
using CleanFeed.Core.Extraction.Metadata;
using CleanFeed.Core.Extraction.Sanitizing;
using CleanFeed.Core.Extraction.Text;
using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Extraction;

/// <summary>
/// Main-content extractor. For HTML: parse (AngleSharp) → collect metadata and drop non-content elements →
/// per-site rules → coarse boilerplate removal (landmarks, comment sections, banners) → choose the main
/// content by text density → fine boilerplate removal inside it → render paragraphs → paragraph-level
/// cleanup (repeated title, bylines, trailing boilerplate) → sanitised HTML. For plain text: the same
/// paragraph-level cleanup, line by line. Thread-safe: one instance can serve all threads.
/// </summary>
public sealed class ContentExtractor : IContentExtractor
{
    private readonly ContentExtractorOptions _options;
    private readonly OutputSanitizer _sanitizer = new();
    private readonly HtmlParserOptions _parserOptions = new()
    {
        // Scripting off (much cheaper in AngleSharp): <noscript> content is parsed as markup; the analysis skips
        // small <noscript> blocks and keeps the content of one that swallowed the page.
        IsScripting = false,
        IsNotSupportingFrames = true,
        // The extractor never needs comments, script or style text (JSON-LD is read from the source text).
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
    };


    [ThreadStatic] private static HtmlParser? t_parser;
    [ThreadStatic] private static NodeStatsPool? t_statsPool;
    private const int StatsPoolCapacity = 20_000; // elements; typical article pages have 1,000-5,000

    public ContentExtractor() : this(new ContentExtractorOptions()) { }

    public ContentExtractor(ContentExtractorOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        HtmlDecoding.EnsureCodePages();
    }

    private HtmlParser Parser => t_parser ??= new HtmlParser(_parserOptions);

    public ExtractionResult Extract(ExtractionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (!string.IsNullOrWhiteSpace(input.Html))
            {
                var pool = t_statsPool ??= new NodeStatsPool(StatsPoolCapacity);
                try { return ExtractHtml(input, pool, cancellationToken); }
                finally { pool.Release(); }
            }
            if (!string.IsNullOrWhiteSpace(input.Text)) return ExtractText(input);
            return Empty(input);
        }
        catch (OperationCanceledException) { throw; }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Never throw on bad input: fall back to the visible text.
            return Fallback(input, ex);
        }
    }

    private static ExtractionResult Empty(ExtractionInput input) => new()
    {
        Title = input.Hints.Title, Author = input.Hints.Author, Published = input.Hints.Published?.ToUniversalTime(),
        Updated = input.Hints.Updated?.ToUniversalTime(), Language = MetadataExtractor.NormalizeLanguage(input.Hints.Language),
        CanonicalUrl = input.BaseUrl?.ToString(),
    };

    private ExtractionResult ExtractText(ExtractionInput input)
    {
        var removed = new List<RemovedBlock>();
        var o = PlainTextCleaner.Clean(input.Text!, input.Hints, removed);
        var text = TextRenderer.Join(o.Blocks);
        var html = ParagraphsHtml(o.Blocks);
        return new ExtractionResult
        {
            Title = o.Title,
            Author = o.Author,
            Published = (input.Hints.Published ?? MetadataExtractor.DateFromLine(o.Dateline))?.ToUniversalTime(),
            Updated = input.Hints.Updated?.ToUniversalTime(),
            Language = MetadataExtractor.NormalizeLanguage(input.Hints.Language) ?? LanguageGuess.Guess(text),
            CanonicalUrl = input.BaseUrl?.ToString(),
            Text = text,
            Html = _options.ProduceHtml ? html : "",
            Removed = _options.RecordRemoved ? removed : [],
        };
    }

    private enum Mode { Main, WholePage, Discussion }

    // A discussion page leaves (almost) nothing once its comment boxes are gone: a title line, a count.
    private const int MaxDiscussionRest = 80;


    private ExtractionResult ExtractHtml(ExtractionInput input, NodeStatsPool pool, CancellationToken ct)
    {
        var html = input.Html!;
        if (html.Length > _options.MaxHtmlChars) html = html[.._options.MaxHtmlChars];
        // (a site's selectors may name what a menu holds: with site rules every menu is parsed)
        var siteRules = input.Rules is { } r && (r.Keep.Count > 0 || r.Remove.Count > 0);
        var pre = MarkupPrepass.Run(html, preview: _options.RecordRemoved, cutMenus: !siteRules);
        var doc = Parser.ParseDocument(pre.Source);
        var siteRemoved = new List<RemovedBlock>();
        var keep = ApplySiteRules(doc, input.Rules, siteRemoved);
        ct.ThrowIfCancellationRequested();

        var state = Analyze(doc, html, pre.JsonLd, input, keep, siteRemoved, Mode.Main, pool, ct);
        if (!state.Fragment && state.Text.Length < _options.MinContentChars && state.PageChars > state.Text.Length + 100)
        {
            // Too little main content: the page with only boilerplate removed (same DOM, nothing was mutated).
            var whole = Analyze(doc, html, pre.JsonLd, input, keep, siteRemoved, Mode.WholePage, pool, ct);
            if (whole.Text.Length > state.Text.Length) state = whole;
        }
        if (state.Text.Length < MaxDiscussionRest && state.CommentChars > _options.MinContentChars && !state.Meta.IsArticle)
        {
            // Nothing but comments: the page is a discussion (a forum thread, questions and answers); they are its text.
            // (Not on a page that says it is an article: there the article is missing, and readers' comments are no stand-in.)
            var discussion = Analyze(doc, html, pre.JsonLd, input, keep, siteRemoved, Mode.Discussion, pool, ct);
            if (discussion.Text.Length > state.Text.Length) state = discussion;
        }
        // A page a script renders: its markup holds a teaser or nothing, its JSON-LD the whole article.
        // (the raw length first: most pages with an articleBody have their text in the markup too)
        if (keep is null && state.Meta.ArticleBody is { Length: >= MinArticleBodyChars } raw && state.Text.Length * 2 < raw.Length &&
            ArticleBodyText(raw) is { } body && body.Length >= MinArticleBodyChars && state.Text.Length * 2 < body.Length)
            return FinishFromArticleBody(state, input, body);
        return Finish(doc, state, input);
    }

    private const int MinArticleBodyChars = 400;

    /// <summary>The articleBody as paragraphs of plain text (sites put plain text, text with line breaks, or HTML in it).</summary>
    private static string? ArticleBodyText(string? articleBody)
    {
        if (string.IsNullOrWhiteSpace(articleBody)) return null;
        // entities first ("&lt;p&gt;…"), then real tags only ("incomes < 30,000 … > 4,000 families" is text)
        var t = System.Net.WebUtility.HtmlDecode(articleBody);
        if (RealTag.IsMatch(t))
        {
            t = BlockTags.Replace(t, "\n\n");
            t = RealTag.Replace(t, "");
        }
        var lines = t.Replace("\r\n", "\n").Split('\n').Select(DomText.Normalize).ToList();
        // Each line a paragraph, unless the text is wrapped at a fixed width (most lines end mid-sentence): then only blank
        // lines part paragraphs.
        int full = 0, endsLikeSentence = 0;
        foreach (var l in lines) if (l.Length > 0) { full++; if (DomText.EndsLikeSentence(l)) endsLikeSentence++; }
        if (full == 0) return null;
        bool wrapped = full >= 3 && endsLikeSentence * 2 < full;
        var sb = new System.Text.StringBuilder(t.Length);
        foreach (var l in lines)
        {
            if (l.Length == 0) { if (wrapped && sb.Length > 0) sb.Append("\n\n"); continue; }
            if (wrapped && sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
            sb.Append(l);
            if (!wrapped) sb.Append("\n\n");
        }
        var text = DomText.Nfc(sb.ToString().Trim());
        return text.Length == 0 ? null : text;
    }

    private static readonly System.Text.RegularExpressions.Regex BlockTags = new(@"<\s*(?:br\s*/?|/p|/div|/li|/h[1-6]|/blockquote)\s*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);
    private static readonly System.Text.RegularExpressions.Regex RealTag = new(@"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>The article from the JSON-LD <c>articleBody</c>, cleaned as a plain-text item; the metadata from the page.</summary>
    private ExtractionResult FinishFromArticleBody(RunState st, ExtractionInput input, string body)
    {
        var meta = st.Meta;
        var removed = new List<RemovedBlock>();
        if (_options.RecordRemoved)
        {
            removed.AddRange(st.Removed);
            removed.Add(new RemovedBlock(BoilerplateKind.OutsideMain, $"the page's markup holds {st.Text.Length} characters of text, its JSON-LD articleBody {body.Length}: the articleBody is used", st.Text.Length, DomText.Preview(st.Text)));
        }
        // the standfirst (the description) leads the text, as the page shows it above the body, unless the body holds it
        // (not a description cut from the body itself, "The council voted … bus servi…", nor one the whole site shares)
        if (meta.ArticleDescription is { Length: >= 40 } lead && lead != meta.Title && lead.TrimEnd('.', '…', ' ') is var cut &&
            !body.Contains(cut, StringComparison.Ordinal) && !body.StartsWith(cut[..Math.Min(cut.Length, 60)], StringComparison.Ordinal))
            body = lead + "\n\n" + body;
        var o = PlainTextCleaner.Clean(body, input.Hints with { Title = meta.Title ?? input.Hints.Title }, removed);
        var html = _options.ProduceHtml ? ParagraphsHtml(o.Blocks) : "";
        return PageResult(st, meta.Author ?? st.BylineAuthor ?? o.Author, TextRenderer.Join(o.Blocks), html, [], removed);
    }

    /// <summary>Plain-text paragraphs as HTML: each a &lt;p&gt;, its line breaks &lt;br&gt;.</summary>
    private static string ParagraphsHtml(List<TextBlock> blocks) =>
        string.Concat(blocks.Select(b => "<p>" + System.Net.WebUtility.HtmlEncode(b.Text).Replace("\n", "<br>") + "</p>"));

    /// <summary>The result for a page: its metadata with the text, HTML and images found.</summary>
    private ExtractionResult PageResult(RunState st, string? author, string text, string html, List<string> images, List<RemovedBlock> removed)
    {
        var meta = st.Meta;
        return new ExtractionResult
        {
            Title = meta.Title is null ? null : DomText.Nfc(meta.Title),
            Author = string.IsNullOrEmpty(author) ? null : DomText.Nfc(author),
            Published = meta.Published ?? MetadataExtractor.DateFromLine(st.Dateline, meta.MonthFirstDates),
            Updated = meta.Updated,
            Language = meta.Language,
            CanonicalUrl = meta.CanonicalUrl,
            Description = meta.Description,
            LeadImage = meta.LeadImage ?? images.FirstOrDefault(),
            Text = text,
            Html = html,
            Images = images,
            Tags = meta.Tags,
            Removed = _options.RecordRemoved ? removed : [],
        };
    }

    private sealed record RunState(DomAnalysis Dom, List<NodeStats> Content, bool WholeBody, string Text, PageMetadata Meta, string? BylineAuthor,
        string? Dateline, List<RemovedBlock> Removed, int PageChars, bool Fragment, int CommentChars);

    private static List<IElement>? ApplySiteRules(IHtmlDocument doc, Feeds.SiteRules? rules, List<RemovedBlock> removed)
    {
        if (rules is null) return null;
        var bodyEl = (IElement?)doc.Body ?? doc.DocumentElement;
        foreach (var sel in rules.Remove)
            foreach (var el in SafeQuery(bodyEl, sel))
            {
                var t = DomText.ShortText(el, 80);
                removed.Add(new RemovedBlock(BoilerplateKind.SiteRule, "site rule: remove " + sel, DomText.Normalize(el.TextContent).Length, DomText.Preview(t)));
                el.Remove();
            }
        var k = rules.Keep.SelectMany(sel => SafeQuery(bodyEl, sel)).Distinct().ToList();
        k = k.Where(e => !k.Any(o => o != e && o.Contains(e))).ToList(); // outermost matches only
        return k.Count > 0 ? k : null;
    }

    private RunState Analyze(IHtmlDocument doc, string html, List<string> jsonLd, ExtractionInput input, List<IElement>? keep, List<RemovedBlock> siteRemoved, Mode mode, NodeStatsPool pool, CancellationToken ct)
    {
        var removed = new List<RemovedBlock>(siteRemoved);
        var sources = new MetadataSources();
        sources.JsonLd.AddRange(jsonLd);
        var dom = DomAnalysis.Build(doc.DocumentElement, sources, removed, html.Length, _options.RecordRemoved, pool);
        ct.ThrowIfCancellationRequested();
        var body = dom.Body ?? dom.Root;
        int pageChars = body.TextChars;
        bool fragment = IsFragment(html, pageChars);
        var descriptions = Descriptions(sources);
        var pruner = new BoilerplatePruner(dom, removed, sources) { KeepComments = mode == Mode.Discussion, Descriptions = descriptions };

        List<NodeStats> content;
        NodeStats? chosen = null;
        if (keep is not null)
        {
            var keepSet = new HashSet<IElement>(keep, ReferenceEqualityComparer.Instance);
            content = dom.All.Where(s => keepSet.Contains(s.Element)).ToList();
            if (content.Count == 0) content = [body];
        }
        else
        {
            // (the headline before pruning too: the article's header may go as page chrome, its standfirst stays)
            bool earlyIsTitle = false;
            var early = fragment || mode == Mode.WholePage ? null : FindHeadline(dom, sources, input.Hints, out earlyIsTitle);
            pruner.Coarse(body, pageChars);
            dom.ComputeScores();
            if (fragment || mode == Mode.WholePage) content = [body];
            else
            {
                // (none matched before pruning: none will after it, which only takes headings away)
                var headline = early is { Dead: true } ? FindHeadline(dom, sources, input.Hints, out _) : early;
                content = ContentSelector.Select(body, dom, out var top, out var best, n => pruner.Hint(n).Kind, headline, early, earlyIsTitle, descriptions);
                chosen = best;
                if (_options.RecordRemoved) RecordOutside(body, content, removed, top);
            }
        }
        ct.ThrowIfCancellationRequested();

        int contentChars = content.Sum(c => c.TextChars);
        pruner.ContentGoodParagraphs = content.Sum(c => c.GoodParagraphs);
        // the chosen root is the article's body; the others were joined to it and are examined as blocks of their own
        foreach (var c in content) pruner.Fine(c, contentChars, examineRoot: chosen is not null && c != chosen);

        bool wholeBody = content.Count == 1 && content[0] == body;
        var blocks = wholeBody ? TextRenderer.RenderChildren(body) : TextRenderer.Render(content);
        var meta = MetadataExtractor.Extract(sources, input.BaseUrl, input.Hints, Sample(blocks), ContentHeadline(blocks),
            blocks.Where(b => b.IsHeading).Take(20).Select(b => b.Text).ToList());
        var rendered = blocks.ToArray();
        var siteName = sources.Metas.FirstOrDefault(m => m.Key == "og:site_name").Content;
        var bc = BlockCleaner.Clean(blocks, meta.Title, removed, plainText: false, headline: sources.H1s.Count == 1 ? sources.H1s[0] : null, author: meta.Author, siteName: siteName, pageTitle: sources.TitleElement);
        MarkRemovedOwners(rendered, blocks);
        var text = TextRenderer.Join(blocks);
        return new RunState(dom, content, wholeBody, text, meta, bc.Author, bc.Dateline, removed, pageChars, fragment || keep is not null, pruner.CommentChars);
    }

    /// <summary>The page's descriptions (meta, OpenGraph, Twitter) long enough to be a standfirst, normalised, without a closing stop.</summary>
    private static List<string> Descriptions(MetadataSources sources)
    {
        var list = new List<string>(2);
        foreach (var (key, content) in sources.Metas)
        {
            if (key is not ("description" or "og:description" or "twitter:description") || content.Length < 40) continue;
            var d = ContentSelector.DescriptionKey(content);
            if (!list.Contains(d)) list.Add(d);
        }
        return list;
    }

    private ExtractionResult Finish(IHtmlDocument doc, RunState st, ExtractionInput input)
    {
        var meta = st.Meta;
        string outHtml = "";
        var images = new List<string>();
        if (_options.ProduceHtml)
        {
            var wrapper = (IHtmlElement)doc.CreateElement("div");
            if (st.WholeBody)
                while (st.Content[0].Element.FirstChild is { } n) wrapper.AppendChild(n);
            else
                foreach (var c in st.Content) wrapper.AppendChild(c.Element);
            if (st.WholeBody) RemoveDead(wrapper, st.Content[0]);
            else
                foreach (var c in st.Content)
                    if (c.Dead) c.Element.Remove();
                    else RemoveDead(c.Element, c);
            FixLazyImages(wrapper);
            outHtml = DomText.Nfc(_sanitizer.Sanitize(doc, wrapper, input.BaseUrl));
            foreach (var img in wrapper.QuerySelectorAll("img"))
                if (img.GetAttribute("src") is { Length: > 0 } src && MetadataExtractor.Absolute(src, input.BaseUrl) is { } abs && !images.Contains(abs)) images.Add(abs);
        }
        return PageResult(st, meta.Author ?? st.BylineAuthor, st.Text, outHtml, images, st.Removed);
    }

    /// <summary>The &lt;h1&gt; the article content opens with (before any paragraph), or null.</summary>
    private static string? ContentHeadline(List<TextBlock> blocks)
    {
        foreach (var b in blocks)
        {
            if (b.Tag is "h1") return DomText.Normalize(b.Text);
            if (b.Text.Length >= 80 || DomText.EndsLikeSentence(b.Text)) return null;
        }
        return null;
    }

    /// <summary>The h1/h2 whose text is the page's title (feed title, og:title, twitter:title or &lt;title&gt;).</summary>
    /// <param name="isTitle">The heading found says the title word for word (not a part of it, or it with more).</param>
    private static bool Matches(string k, string t) =>
        k == t || (t.Contains(k, StringComparison.Ordinal) && k.Length >= 20) || (k.Contains(t, StringComparison.Ordinal) && t.Length >= 20);

    private static NodeStats? FindHeadline(DomAnalysis dom, MetadataSources src, ExtractionHints hints, out bool isTitle)
    {
        isTitle = false;
        var titles = new List<string>(4);
        void Add(string? t)
        {
            if (string.IsNullOrWhiteSpace(t) || BlockCleaner.NormKey(t) is not { Length: >= 10 } k) return;
            titles.Add(k);
            // without the site's name after it ("Nor'easter to bring … - Hartford Courant"): the h1 may say more than the title
            if (BlockCleaner.SiteNameCut(t) is > 0 and var cut && BlockCleaner.NormKey(t[..cut]) is { Length: >= 20 } head) titles.Add(head);
        }
        Add(hints.Title);
        foreach (var (key, content) in src.Metas) if (key is "og:title" or "twitter:title") Add(content);
        Add(src.TitleElement);
        if (titles.Count == 0) return null;
        NodeStats? h2Match = null;
        foreach (var h in dom.MainHeadings)
        {
            if (h.Dead) continue;
            var k = BlockCleaner.NormKey(DomText.ShortText(h.Element, 400));
            if (k.Length < 10) continue;
            // (a kicker and the headline in spans of one heading: "Förderchaos bei Heizungen" + "Tausende Anträge …")
            if (!titles.Any(t => Matches(k, t)) && h.Element.LastElementChild is { } last && h.Element.FirstElementChild != last &&
                BlockCleaner.NormKey(DomText.ShortText(last, 400)) is { Length: >= 20 } lk) k = lk;
            foreach (var t in titles)
                if (Matches(k, t))
                {
                    if (h.Tag == "h1") { isTitle = titles.Contains(k); return h; }
                    h2Match ??= h;
                }
        }
        h2Match ??= HeadlineBlock(dom, titles);
        isTitle = h2Match is not null && titles.Contains(BlockCleaner.NormKey(DomText.ShortText(h2Match.Element, 400)));
        return h2Match;
    }

    /// <summary>
    /// No heading says the title: the headline set in a block named for it (Korea Times's <c>div.view_headline</c>, older CMSs'
    /// <c>span.title</c>), when its text is the title (read only on such pages).
    /// </summary>
    private static NodeStats? HeadlineBlock(DomAnalysis dom, List<string> titles)
    {
        foreach (var s in dom.All)
        {
            if (s.ClassAndId is not { } key || s.Dead || s.Tag is not ("div" or "p" or "span" or "strong" or "b") || s.TextChars is < 10 or > 400 || s.LinkChars > 0) continue;
            if (!key.Contains("headline", StringComparison.OrdinalIgnoreCase) && !key.Contains("title", StringComparison.OrdinalIgnoreCase)) continue;
            if (!HeadlineName.IsMatch(key)) continue;
            var k = BlockCleaner.NormKey(DomText.ShortText(s.Element, 400));
            // (the title word for word, not a part of it: a book's title in a review's info box; and not in a side column)
            if (k.Length >= 10 && titles.Contains(k) && s.Element.Closest("aside, nav, footer, a") is null) return s;
        }
        return null;
    }

    // a class token that names the headline, not a part beside it ("sub_headline", "title-label", "subtitle", "site-title")
    private static readonly System.Text.RegularExpressions.Regex HeadlineName = new(
        @"(?:^|[\s_-])(?<!sub[_-]?)(?<!site[_-]?)(?:view|article|story|post|entry|news|page|main)?[_-]?(?:headline|title)(?:$|\s|[_-](?:text|main|hd|big|large)\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Takes out of the HTML what the analysis removed or skipped (walking the stats tree alongside).</summary>
    private static void RemoveDead(IElement root, NodeStats stats)
    {
        var cursor = new StatsCursor(stats);
        List<IElement>? dead = null;
        // by index, removing afterwards: NextElementSibling searches the parent's child list, quadratic on wide elements
        var children = root.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement c) continue;
            var cs = cursor.Match(c);
            if (cs is null)
            {
                // skipped by the analysis: hidden or a small <noscript> go; non-content is the sanitizer's to judge
                if (!DomText.IsNonContent(c.LocalName)) (dead ??= []).Add(c);
            }
            else if (cs.Dead) (dead ??= []).Add(c);
            else if (c.ChildElementCount > 0) RemoveDead(c, cs);
        }
        if (dead is not null) foreach (var c in dead) c.Remove();
    }

    /// <summary>Blocks the paragraph cleanup removed leave the HTML output too (rendered and kept lists are in the same order).</summary>
    private static void MarkRemovedOwners(TextBlock[] rendered, List<TextBlock> kept)
    {
        int j = 0;
        foreach (var b in rendered)
        {
            if (j < kept.Count && ReferenceEquals(kept[j], b)) { j++; continue; }
            // a block with nothing visible (a zero-width space beside an image) leaves the text, not the HTML
            if (b.OwnerStats is { } owner && BlockCleaner.HasVisibleText(b.Text)) owner.Dead = true;
        }
    }

    private bool IsFragment(string html, int pageChars)
    {
        if (pageChars <= _options.FragmentMaxChars) return true;
        // no document structure at all: a feed item's content
        var head = html.AsSpan(0, Math.Min(html.Length, 2048));
        return !head.Contains("<html", StringComparison.OrdinalIgnoreCase) && !head.Contains("<body", StringComparison.OrdinalIgnoreCase) &&
               !head.Contains("<head", StringComparison.OrdinalIgnoreCase) && !head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase);
    }

    private static string Sample(List<TextBlock> blocks)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var b in blocks) { sb.Append(b.Text).Append(' '); if (sb.Length > 3000) break; }
        return sb.ToString();
    }

    private static IEnumerable<IElement> SafeQuery(IElement root, string selector)
    {
        try { return root.QuerySelectorAll(selector).ToList(); }
        catch (Exception) { return []; } // an invalid selector in the feeds list harms nothing
    }

    /// <summary>Records what lay outside the chosen content (siblings along the path to the body).</summary>
    private static void RecordOutside(NodeStats body, List<NodeStats> content, List<RemovedBlock> removed, double top)
    {
        var keepSet = new HashSet<NodeStats>(content, ReferenceEqualityComparer.Instance);
        var path = new HashSet<NodeStats>(ReferenceEqualityComparer.Instance);
        foreach (var c in content)
            for (var p = c.Parent; p is not null && p != body.Parent; p = p.Parent) path.Add(p);
        foreach (var p in path)
            foreach (var child in p.Kids)
            {
                if (keepSet.Contains(child) || path.Contains(child) || child.Dead || child.TextChars == 0) continue;
                removed.Add(new RemovedBlock(BoilerplateKind.OutsideMain, $"outside the main content (score {top:0.#})", child.TextChars, DomText.Preview(DomText.ShortText(child.Element, 80))));
            }
    }

    private static void FixLazyImages(IElement root)
    {
        foreach (var img in root.QuerySelectorAll("img"))
        {
            var src = img.GetAttribute("src");
            if (string.IsNullOrEmpty(src) || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                var lazy = img.GetAttribute("data-src") ?? img.GetAttribute("data-lazy-src") ?? img.GetAttribute("data-original") ?? img.GetAttribute("data-url");
                if (!string.IsNullOrEmpty(lazy)) img.SetAttribute("src", lazy);
            }
        }
    }

    private ExtractionResult Fallback(ExtractionInput input, Exception ex)
    {
        string text;
        try
        {
            var doc = Parser.ParseDocument(NestingGuard.Flatten(input.Html ?? ""));
            text = DomText.Normalize(doc.Body?.TextContent ?? "");
        }
        catch (Exception) { text = DomText.Normalize(input.Text ?? ""); }
        return Empty(input) with
        {
            Text = text,
            Html = _options.ProduceHtml ? "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>" : "",
            Removed = [new RemovedBlock("error", "extraction failed: " + ex.GetType().Name, 0)],
            Error = ex.GetType().Name + ": " + ex.Message,
        };
    }
}
