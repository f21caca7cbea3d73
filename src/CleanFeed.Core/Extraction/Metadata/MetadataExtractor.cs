using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using CleanFeed.Core.Extraction.Html;
using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Extraction.Metadata;

/// <summary>The metadata of a page.</summary>
internal sealed record PageMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Description { get; init; }
    public string? LeadImage { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>The page is US English: its slashed dates are month first.</summary>
    public bool MonthFirstDates { get; init; }
    /// <summary>The page says it is an article (og:type "article", a JSON-LD article, post, review or recipe).</summary>
    public bool IsArticle { get; init; }
    /// <summary>The JSON-LD article's <c>articleBody</c>, as given (plain text or HTML): the text of a page a script renders.</summary>
    public string? ArticleBody { get; init; }
    /// <summary>The article's own description (JSON-LD article or og:description), not a site-wide meta description.</summary>
    public string? ArticleDescription { get; init; }
}

/// <summary>
/// Reads metadata in this order of trust (first found wins, per field):
/// <list type="number">
/// <item>JSON-LD (schema.org Article / NewsArticle / BlogPosting ..., also inside @graph);</item>
/// <item>OpenGraph and article:* properties;</item>
/// <item>other meta tags (author, description, keywords, Dublin Core, citation_*, parsely-*, twitter:*);</item>
/// <item>microdata (itemprop) and &lt;time datetime&gt; elements; for the date, then the permalink's path (/2014/05/18/);</item>
/// <item>the page itself: bylines and datelines removed from the body, the &lt;h1&gt;, the &lt;title&gt; without its site name;</item>
/// <item>the feed item's hints, for any field the page does not give.</item>
/// </list>
/// Cross-checks with the feed item: a title found only in &lt;title&gt;/&lt;h1&gt; gives way to the feed's title;
/// the language falls back to the feed's, then to a stop-word guess from the text.
/// </summary>
internal static class MetadataExtractor
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle", "ReportageNews", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "SocialMediaPosting", "Posting", "Review", "Recipe", "HowTo",
    };

    public static PageMetadata Extract(MetadataSources src, Uri? baseUrl, ExtractionHints hints, string? bodyTextSample, string? contentHeadline = null,
        IReadOnlyList<string>? contentHeadings = null)
    {
        var ld = ReadJsonLd(src.JsonLd);
        string? Meta(params string[] keys)
        {
            foreach (var k in keys)
                foreach (var (key, content) in src.Metas)
                    if (key == k && !string.IsNullOrWhiteSpace(content)) return DomText.Normalize(content);
            return null;
        }

        // title
        string? title = ld.Title ?? Meta("og:title", "twitter:title", "dc.title", "dcterms.title", "citation_title", "parsely-title", "sailthru.title", "title");
        bool structuredTitle = title is not null;
        var siteName = Meta("og:site_name", "application-name", "apple-mobile-web-app-title");
        var pageUrl = AbsoluteUri(src.Canonical) ?? baseUrl;
        if (title is null)
        {
            var h1 = src.H1s.Count == 1 ? src.H1s[0] : null;
            var t = src.TitleElement is null ? null : DomText.Normalize(src.TitleElement);
            title = CleanTitle(t, h1, siteName, pageUrl);
        }
        else title = HeadlineIn(title, src.H1s) ?? WithoutSiteName(title, siteName, pageUrl);
        if (contentHeadline is not null && !IsSiteName(contentHeadline, siteName, pageUrl, src.TitleElement) && WeakTitle(title, contentHeadline, src, contentHeadings)) title = contentHeadline;
        if (hints.Title is { Length: > 0 } hintTitle)
        {
            var ht = DomText.Normalize(hintTitle);
            if (title is null || !structuredTitle) title = ht;
            else if (Text.BlockCleaner.NormKey(title).Contains(Text.BlockCleaner.NormKey(ht)) && ht.Length >= 10) title = ht; // page title is the feed's plus a site name
        }

        // author: the first candidate in order of trust that is a name; one that is the site's own name (a blog's
        // "author" meta, a Twitter account of the paper) gives way to a later person, and stays when nothing else names one
        string? author = null, siteAuthor = null, handle = null;
        bool Take(string? candidate)
        {
            if (CleanAuthor(candidate) is not { } a) return false;
            if (a.StartsWith('@') && !a.Contains(' ')) { handle ??= a; return false; }
            if (IsSiteName(a, siteName, pageUrl) || (ld.Publisher is { } pub && Text.BlockCleaner.NormKey(pub) == Text.BlockCleaner.NormKey(a)))
            {
                siteAuthor ??= a;
                return false;
            }
            author = a;
            return true;
        }
        _ = Take(ld.Author)
            // each key on its own: a site-name "author" meta gives way to article:author
            || new[] { "author", "article:author", "dc.creator", "dcterms.creator", "citation_author", "parsely-author", "sailthru.author", "byl" }.Any(k => Take(NonUrl(Meta(k))))
            || Take(ItemProp(src, "author"))
            || AuthorElements(src).Any(Take)
            || src.Bylines.Any(Take);
        // a Twitter handle names an account (often the site's), so only when nothing else names anyone
        // the feed item's author before the site's name or an account handle
        author ??= (hints.Author is { Length: > 0 } ha ? CleanAuthor(ha) : null) ?? siteAuthor ?? handle ?? CleanAuthor(NonUrl(Meta("twitter:creator")));

        // dates
        // "3/5/2022" is March 5 on US English pages, 3 May elsewhere (dotted dates are day first everywhere)
        bool monthFirst = IsUsLocale(src.HtmlLang) || IsUsLocale(Meta("og:locale"));
        var published = ParseDate(ld.Published, monthFirst) ?? ParseDate(Meta("article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "citation_publication_date", "citation_date", "bepress_citation_date", "sw-pubdate", "sailthru.date", "parsely-pub-date", "article.published", "published_time"), monthFirst)
            ?? ParseDate(ItemPropDate(src, "datePublished"), monthFirst) ?? TimeElement(src) ?? AttributeDate(src, monthFirst)
            ?? ParseDate(ItemPropDate(src, "dateCreated") ?? ItemPropDate(src, "uploadDate"), monthFirst)
            ?? DateText.FromUrl(src.Canonical) ?? DateText.FromUrl(Meta("og:url")) ?? DateText.FromUrl(ld.Url) ?? DateText.FromUrl(baseUrl?.ToString())
            // the feed's own date before a guess from the page's text
            ?? hints.Published
            ?? src.Datelines.Select(d => DateFromLine(d, monthFirst)).FirstOrDefault(d => d is not null)
            ?? NearHeadline(Headline(src, title), monthFirst);
        var updated = ParseDate(ld.Modified, monthFirst) ?? ParseDate(Meta("article:modified_time", "og:updated_time", "dcterms.modified", "last-modified", "dc.date.modified", "article.updated", "modified_time"), monthFirst)
            ?? ParseDate(ItemPropDate(src, "dateModified"), monthFirst) ?? hints.Updated;

        // language
        var language = NormalizeLanguage(ld.Language) ?? NormalizeLanguage(src.HtmlLang) ?? NormalizeLanguage(Meta("content-language", "og:locale", "dc.language", "language"))
            ?? NormalizeLanguage(hints.Language) ?? LanguageGuess.Guess(bodyTextSample);

        // canonical, image, description, tags
        var canonical = Absolute(src.Canonical, baseUrl) ?? Absolute(Meta("og:url"), baseUrl) ?? Absolute(ld.Url, baseUrl) ?? baseUrl?.ToString();
        var image = Absolute(ld.Image, baseUrl) ?? Absolute(Meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"), baseUrl);
        var description = ld.Description ?? Meta("og:description", "description", "twitter:description", "dc.description");
        var tags = new List<string>();
        void AddTags(IEnumerable<string> items)
        {
            foreach (var raw in items)
                foreach (var t in raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    if (t.Length is > 0 and < 60 && !tags.Contains(t, StringComparer.OrdinalIgnoreCase) && tags.Count < 30) tags.Add(t);
        }
        AddTags(ld.Keywords);
        AddTags(src.Metas.Where(m => m.Key is "article:tag" or "og:article:tag").Select(m => m.Content));
        if (tags.Count == 0) AddTags(src.Metas.Where(m => m.Key is "news_keywords" or "keywords").Select(m => m.Content));

        return new PageMetadata
        {
            // NFC here, not only on output: the text blocks are NFC and the title is compared with them (the repeated headline)
            Title = title is null ? null : DomText.Nfc(title), Author = author is null ? null : DomText.Nfc(author), Published = published, Updated = updated, Language = language,
            CanonicalUrl = canonical, LeadImage = image, Description = description, Tags = tags, MonthFirstDates = monthFirst,
            IsArticle = ld.HasArticle || (Meta("og:type") is { } ogType && ogType.StartsWith("article", StringComparison.OrdinalIgnoreCase)),
            ArticleBody = ld.ArticleBody,
            ArticleDescription = ld.Description ?? Meta("og:description"),
        };
    }

    private sealed class JsonLdData
    {
        public string? Title, Author, Publisher, Published, Modified, Language, Url, Image, Description, ArticleBody;
        public bool HasArticle;
        public List<string> Keywords = [];
    }

    private static JsonLdData ReadJsonLd(List<string> scripts)
    {
        var data = new JsonLdData();
        var nodes = new List<JsonElement>();
        var docs = new List<JsonDocument>();
        try
        {
            foreach (var script in scripts)
            {
                try
                {
                    var doc = JsonDocument.Parse(script.Trim().TrimEnd(';'), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                    docs.Add(doc);
                    Collect(doc.RootElement, nodes, 0);
                }
                catch (JsonException) { }
            }
            // Yoast and others put the Person in the @graph and refer to it: "author": {"@id": "…#/schema/person/…"}
            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var n in nodes) if (Str(n, "@id") is { } id) byId.TryAdd(id, n);
            // article-like nodes first, then anything with the fields
            var ordered = nodes.Where(IsArticle).Concat(nodes.Where(n => !IsArticle(n)));
            foreach (var n in ordered)
            {
                bool article = IsArticle(n);
                data.HasArticle |= article;
                if (article) data.Title ??= Str(n, "headline") ?? Str(n, "name");
                if (article) data.Author ??= AuthorName(n, "author", byId) ?? AuthorName(n, "creator", byId);
                if (article) data.Publisher ??= OrganizationName(n, "publisher", byId);
                data.Published ??= Str(n, "datePublished") ?? (article ? Str(n, "dateCreated") : null);
                data.Modified ??= Str(n, "dateModified");
                data.Language ??= Str(n, "inLanguage");
                if (article)
                {
                    data.Url ??= Str(n, "url") ?? IdOf(n, "mainEntityOfPage");
                    data.Image ??= ImageUrl(n);
                    data.Description ??= Str(n, "description");
                    data.ArticleBody ??= Str(n, "articleBody");
                    if (data.Keywords.Count == 0 && n.TryGetProperty("keywords", out var kw))
                    {
                        if (kw.ValueKind == JsonValueKind.String) data.Keywords.Add(kw.GetString()!);
                        else if (kw.ValueKind == JsonValueKind.Array) foreach (var k in kw.EnumerateArray()) if (k.ValueKind == JsonValueKind.String) data.Keywords.Add(k.GetString()!);
                    }
                }
            }
        }
        finally { foreach (var d in docs) d.Dispose(); }
        if (data.Title is not null) data.Title = DomText.Normalize(System.Net.WebUtility.HtmlDecode(data.Title));
        if (data.Description is not null) data.Description = DomText.Normalize(System.Net.WebUtility.HtmlDecode(data.Description));
        return data;
    }

    private static void Collect(JsonElement e, List<JsonElement> nodes, int depth)
    {
        if (depth > 6) return;
        if (e.ValueKind == JsonValueKind.Array) { foreach (var x in e.EnumerateArray()) Collect(x, nodes, depth + 1); return; }
        if (e.ValueKind != JsonValueKind.Object) return;
        if (e.TryGetProperty("@type", out _)) nodes.Add(e);
        if (e.TryGetProperty("@graph", out var g)) Collect(g, nodes, depth + 1);
        if (e.TryGetProperty("mainEntity", out var me)) Collect(me, nodes, depth + 1);
    }

    private static bool IsArticle(JsonElement n)
    {
        if (!n.TryGetProperty("@type", out var t)) return false;
        if (t.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(t.GetString()!);
        if (t.ValueKind == JsonValueKind.Array) foreach (var x in t.EnumerateArray()) if (x.ValueKind == JsonValueKind.String && ArticleTypes.Contains(x.GetString()!)) return true;
        return false;
    }

    private static string? Str(JsonElement n, string prop)
    {
        if (!n.TryGetProperty(prop, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return NullIfEmpty(v.GetString());
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String) return NullIfEmpty(v[0].GetString());
        return null;
    }

    private static string? IdOf(JsonElement n, string prop)
    {
        if (!n.TryGetProperty(prop, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        if (v.ValueKind == JsonValueKind.Object) return Str(v, "@id") ?? Str(v, "url");
        return null;
    }

    private static string? AuthorName(JsonElement n, string property, Dictionary<string, JsonElement> byId)
    {
        if (!n.TryGetProperty(property, out var a)) return null;
        var names = new List<string>();
        void Add(JsonElement x)
        {
            if (x.ValueKind == JsonValueKind.String) { if (NonUrl(x.GetString()) is { } s) names.Add(s); }
            else if (x.ValueKind == JsonValueKind.Object)
            {
                if (Str(x, "name") is null && Str(x, "@id") is { } id && byId.TryGetValue(id, out var target)) x = target;
                if (Str(x, "name") is { } s && NonUrl(s) is { } s2) names.Add(s2);
            }
            else if (x.ValueKind == JsonValueKind.Array) foreach (var y in x.EnumerateArray()) Add(y);
        }
        Add(a);
        return names.Count == 0 ? null : string.Join(", ", names.Distinct().Take(4));
    }

    /// <summary>The name of an organisation in the property (a personal blog's publisher is its author: not this).</summary>
    private static string? OrganizationName(JsonElement n, string property, Dictionary<string, JsonElement> byId)
    {
        if (!n.TryGetProperty(property, out var p) || p.ValueKind != JsonValueKind.Object) return null;
        if (Str(p, "name") is null && Str(p, "@id") is { } id && byId.TryGetValue(id, out var target)) p = target;
        if (p.TryGetProperty("@type", out var t) && t.ToString().Contains("Person", StringComparison.Ordinal)) return null;
        return NonUrl(Str(p, "name"));
    }

    private static string? ImageUrl(JsonElement n)
    {
        if (!n.TryGetProperty("image", out var i) && !n.TryGetProperty("thumbnailUrl", out i)) return null;
        if (i.ValueKind == JsonValueKind.String) return i.GetString();
        if (i.ValueKind == JsonValueKind.Object) return Str(i, "url") ?? Str(i, "contentUrl");
        if (i.ValueKind == JsonValueKind.Array && i.GetArrayLength() > 0)
        {
            var f = i[0];
            return f.ValueKind == JsonValueKind.String ? f.GetString() : f.ValueKind == JsonValueKind.Object ? Str(f, "url") ?? Str(f, "contentUrl") : null;
        }
        return null;
    }

    private static string? ItemProp(MetadataSources src, string name)
    {
        foreach (var el in src.ItemProps)
        {
            if (!string.Equals(el.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase)) continue;
            // <span itemprop="author" itemscope><span itemprop="name">..</span></span> or <meta content>
            var content = el.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(content)) return DomText.Normalize(content);
            // the author's own name, not the name of an item nested in it (worksFor, affiliation)
            var nameEl = el.QuerySelectorAll("[itemprop=name]").FirstOrDefault(n => n.ParentElement?.Closest("[itemscope]") is var scope && (scope == el || scope is null || !el.Contains(scope))) ?? el;
            if (nameEl.GetAttribute("content") is { } nameContent && !string.IsNullOrWhiteSpace(nameContent)) return DomText.Normalize(nameContent);
            var text = DomText.ShortText(nameEl, 150);
            if (nameEl == el && Text.Datelines.HasDate(text)) continue; // a byline box with the date in it, not a name
            if (text.Length is > 1 and <= 100) return BoilerplateVocabulary.MatchByline(text) ?? text;
        }
        return null;
    }

    /// <summary>RDFa <c>property="schema:dateCreated|dc:date|…"</c> with <c>content</c>; hAtom <c>&lt;abbr class="published" title="…"&gt;</c>
    /// (Blogger shows only the clock time and keeps the date in the title). Modified dates are not the published date.</summary>
    private static DateTimeOffset? AttributeDate(MetadataSources src, bool monthFirst)
    {
        foreach (var el in src.DateElements)
        {
            string? value;
            // (the walk collects only publication-date properties and hAtom's abbr.published / abbr.dtstart)
            value = el.HasAttribute("property") ? el.GetAttribute("content") ?? el.GetAttribute("datetime") : el.GetAttribute("title");
            if (ParseDate(value, monthFirst) is { } d) return d;
        }
        return null;
    }

    private static string? ItemPropDate(MetadataSources src, string name)
    {
        foreach (var el in src.ItemProps)
            if (string.Equals(el.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase))
                return el.GetAttribute("content") ?? el.GetAttribute("datetime") ?? el.TextContent;
        return null;
    }

    /// <summary>The headline element: the page's one &lt;h1&gt;, else the first whose text is the title.</summary>
    private static IElement? Headline(MetadataSources src, string? title)
    {
        if (src.H1Elements.Count == 1) return src.H1Elements[0];
        if (title is null) return null;
        var t = Text.BlockCleaner.NormKey(title);
        for (int i = 0; i < src.H1Elements.Count; i++)
            if (t.Length >= 8 && Text.BlockCleaner.NormKey(src.H1s[i]) == t) return src.H1Elements[i];
        return null;
    }

    /// <summary>
    /// A date shown beside the headline: the byline or meta line after it ("03.02.2022 15:34", "Written: 2023-11-07"),
    /// a &lt;small&gt; line inside it, or a kicker or topline just above it. Each candidate is a whole short line (the
    /// text of its nearest block): a sentence of the article that mentions a date is no dateline. The scan forward
    /// stops where the text begins (a long or sentence-like line) or at the next heading or section; the scan back
    /// stops at a navigation, sidebar, masthead or another article.
    /// </summary>
    internal static DateTimeOffset? NearHeadline(IElement? headline, bool monthFirst)
    {
        if (headline is null) return null;
        // forward, in document order from inside the headline
        int chars = 0, steps = 0;
        IElement? lastBlock = null;
        for (INode? n = headline.FirstChild ?? NextInOrder(headline, skipChildren: true); n is not null && steps < 80 && chars < 600; steps++)
        {
            if (n is IElement e)
            {
                if (!headline.Contains(e) && (DomText.IsHeading(e.LocalName) || e.LocalName is "article" or "section" or "aside" or "footer" or "nav")) break;
                if (e.LocalName is "script" or "style" or "template" or "noscript") { n = NextInOrder(e, skipChildren: true); continue; }
            }
            else if (n is IText t && t.Data.AsSpan().Trim().Length > 0 && t.ParentElement != headline) // the headline's own words are no dateline
            {
                chars += t.Data.Length;
                // inside the headline only a line of its own (<small>, <time>, a <span> or <div>), not a word in bold
                if (headline.Contains(t))
                {
                    if (LineInHeadline(headline, t) is { } own && DatedLine(DomText.ShortText(own, 150), monthFirst) is { } d0) return d0;
                }
                else if (BlockOf(t) is var block && (block is null || block.Contains(headline)))
                {
                    // loose text in the headline's container: "<h1>…</h1> <span class=date>09 Oct 2018</span>"
                    var line = t.ParentElement is { } pe && pe != block && !DomText.IsBlock(pe.LocalName) ? DomText.ShortText(pe, 150) : DomText.Normalize(t.Data);
                    if (DatedLine(line, monthFirst) is { } d1) return d1;
                }
                else if (block != lastBlock)
                {
                    lastBlock = block;
                    var line = OwnLine(block);
                    if ((DatedLine(line, monthFirst) ?? DatedLine(LeadingPart(line), monthFirst)) is { } d2) return d2;
                    if (line.Length > 100 || (line.Length > 50 && DomText.EndsLikeSentence(line))) break; // the text begins
                }
            }
            n = NextInOrder(n, skipChildren: false);
        }
        // backward: the headline's earlier siblings, then its ancestors' (a kicker, a topline above it)
        chars = 0; steps = 0;
        for (INode? cur = headline; cur is not null && cur is not IDocument; cur = cur.Parent)
        {
            if (cur != headline && cur is IElement { LocalName: "body" or "main" or "article" or "aside" or "nav" }) break;
            for (var sib = cur.PreviousSibling; sib is not null; sib = sib.PreviousSibling)
            {
                if (++steps > 30 || chars > 200) return null;
                if (sib is IElement se)
                {
                    if (se.LocalName is "nav" or "aside" or "article" or "header" or "footer" or "section" or "script" or "style" or "template" or "noscript") return null;
                    var line = DomText.ShortText(se, 300);
                    if (line.Length == 0) continue;
                    if (DatedLine(line, monthFirst) is { } d) return d;
                    chars += line.Length;
                }
                else if (sib is IText st && st.Data.AsSpan().Trim().Length > 0)
                {
                    var line = DomText.Normalize(st.Data);
                    if (DatedLine(line, monthFirst) is { } d) return d;
                    chars += line.Length;
                }
            }
        }
        return null;
    }

    /// <summary>The published date in a short line that is not a sentence of the article.</summary>
    private static DateTimeOffset? DatedLine(string line, bool monthFirst) =>
        line.Length is <= 5 or > 100 || (line.Length > 50 && DomText.EndsLikeSentence(line)) ? null : DateText.FindPublished(line, monthFirst);

    private static IElement? LineInHeadline(IElement headline, IText t)
    {
        var e = t.ParentElement;
        while (e is not null && e.ParentElement != headline) e = e.ParentElement;
        return e is { LocalName: "small" or "time" or "span" or "div" or "p" } ? e : null;
    }

    /// <summary>A block's own line: its text without the text of blocks nested in it (a rating box inside a byline).</summary>
    private static string OwnLine(IElement block)
    {
        var sb = new System.Text.StringBuilder();
        void Add(INode n)
        {
            for (int i = 0; i < n.ChildNodes.Length && sb.Length < 300; i++)
            {
                var c = n.ChildNodes[i];
                if (c is IText t) sb.Append(t.Data).Append(' ');
                else if (c is IElement e && !DomText.IsBlock(e.LocalName) && !DomText.IsParagraphLike(e.LocalName) && !DomText.IsNonContent(e.LocalName)) Add(e);
            }
        }
        Add(block);
        return DomText.Normalize(sb.ToString());
    }

    /// <summary>The part of a paragraph before its first dash or bar, when short: "Pressemitteilung vom 25. Januar 2022 | Berlin – …".</summary>
    private static string LeadingPart(string line)
    {
        if (line.Length <= 100) return "";
        int cut = -1;
        foreach (var sep in new[] { " | ", " – ", " — ", " - " })
            if (line.IndexOf(sep, StringComparison.Ordinal) is > 0 and var k && (cut < 0 || k < cut)) cut = k;
        return cut is > 0 and <= 60 ? line[..cut] : "";
    }

    /// <summary>The nearest block-level ancestor of a text node (the line it is part of).</summary>
    private static IElement? BlockOf(IText t)
    {
        for (var e = t.ParentElement; e is not null; e = e.ParentElement)
            if (DomText.IsBlock(e.LocalName) || DomText.IsParagraphLike(e.LocalName)) return e;
        return null;
    }

    private static INode? NextInOrder(INode n, bool skipChildren)
    {
        if (!skipChildren && n.FirstChild is { } c) return c;
        for (var x = n; x is not null; x = x.Parent)
            if (x.NextSibling is { } s) return s;
        return null;
    }

    /// <summary>The date in a dateline or byline: the whole line as a date, else the first date inside it ("Von X, 19. Oktober 2019").</summary>
    internal static DateTimeOffset? DateFromLine(string? line, bool monthFirst = false) => DateText.FindPublished(line, monthFirst) ?? ParseDate(line, monthFirst);

    private static bool IsUsLocale(string? locale) =>
        locale is not null && (locale.Trim().Equals("en-US", StringComparison.OrdinalIgnoreCase) || locale.Trim().Equals("en_US", StringComparison.OrdinalIgnoreCase));

    private static DateTimeOffset? TimeElement(MetadataSources src)
    {
        foreach (var t in src.Times)
            if (t.GetAttribute("datetime") is { } dt && ParseDate(dt) is { } d) return d;
        return null;
    }

    internal static DateTimeOffset? ParseDate(string? s, bool monthFirst = false)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        // .NET fills in what a string leaves out from today: "10:52" or "14. August" would be published today or this year.
        if (!HasYear(s)) return null;
        // The invariant culture reads "06.12.2022" month first; numeric day/month dates go by DateText's rules.
        if (!char.IsAsciiDigit(s[0]) || s.Length < 5 || !char.IsAsciiDigit(s[3]) || s[4] != '-')
            if (DateText.FindNumeric(s, monthFirst) is { } numeric) return numeric;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var d))
            return Plausible(d);
        return ParseLooseDate(s);
    }

    private static readonly CultureInfo[] Cultures = new[] { "en-US", "de-DE", "fr-FR", "es-ES", "pt-PT", "it-IT", "nl-NL" }
        .Select(c => { try { return CultureInfo.GetCultureInfo(c); } catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; } }).ToArray();

    private static DateTimeOffset? ParseLooseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var t = s.Trim();
        if (!HasYear(t)) return null;
        foreach (var c in Cultures)
            if (DateTimeOffset.TryParse(t, c, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var d)) return Plausible(d);
        return null;
    }

    /// <summary>Holds a four-digit year (1990-2100), the only part of a date that parsing must not guess.</summary>
    private static bool HasYear(string s)
    {
        for (int i = 0; i + 4 <= s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]) || (i > 0 && char.IsAsciiDigit(s[i - 1]))) continue;
            int n = 0;
            while (i + n < s.Length && char.IsAsciiDigit(s[i + n])) n++;
            // a zone offset ("+0000") or a clock ("10:52:2024"?) is no year
            if (n == 4 && (i == 0 || s[i - 1] is not ('+' or ':')) && int.Parse(s.AsSpan(i, 4), CultureInfo.InvariantCulture) is >= 1990 and <= 2100) return true;
            if (n == 8 && s.Length == 8) return true; // 20240514
            i += n - 1;
        }
        return false;
    }

    private static DateTimeOffset? Plausible(DateTimeOffset d)
    {
        var u = d.ToUniversalTime();
        return u.Year is >= 1990 and <= 2100 ? u : null;
    }

    private static readonly string[] TitleSeparators = [" | ", " – ", " — ", " - ", " :: ", " » ", " › ", " · ", " / "];

    /// <summary>
    /// The page's own headline when the title holds it with more around it ("Headline | Site", "Kicker: Headline - Site"):
    /// an &lt;h1&gt; that is at least 40% of the title (a logo's "Site" in an &lt;h1&gt; is not the headline).
    /// </summary>
    private static string? HeadlineIn(string title, List<string> h1s)
    {
        var tk = Text.BlockCleaner.NormKey(title);
        foreach (var h in h1s)
        {
            var hk = Text.BlockCleaner.NormKey(h);
            if (hk.Length >= 8 && hk.Length < tk.Length && hk.Length * 10 >= tk.Length * 4 && tk.Contains(hk, StringComparison.Ordinal)) return DomText.Normalize(h);
        }
        return null;
    }

    // "The Daily Example" names the same site as "Daily Example" (normalised keys)
    private static bool SameUpToThe(string a, string b) => a == b || a == "the" + b || "the" + a == b;

    /// <summary>"Headline | Site" → "Headline" when the part after (or before) a separator is the site's name (og:site_name) or its domain.</summary>
    private static string WithoutSiteName(string title, string? siteName, Uri? url)
    {
        foreach (var sep in TitleSeparators)
        {
            int last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last >= 10 && IsSiteName(title[(last + sep.Length)..], siteName, url)) return title[..last].Trim();
            int first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && title.Length - first - sep.Length >= 10 && IsSiteName(title[..first], siteName, url)) return title[(first + sep.Length)..].Trim();
        }
        return title;
    }

    private static Uri? AbsoluteUri(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : null;

    /// <summary>
    /// The title from &lt;title&gt; and the page's one &lt;h1&gt;: the h1 is the headline unless it is the site's name (the
    /// og:site_name, the domain, or the last part of "Headline - Site"); then &lt;title&gt; without the site's part.
    /// </summary>
    private static string? CleanTitle(string? titleElement, string? h1, string? siteName, Uri? url)
    {
        if (titleElement is null) return h1;
        if (h1 is { Length: > 5 } && !IsSiteName(h1, siteName, url, titleElement)) return h1;
        var withoutSite = WithoutSiteName(titleElement, siteName, url);
        if (withoutSite != titleElement) return withoutSite;
        // "Headline | Site" / "Headline - Site": keep the longest part
        foreach (var sep in TitleSeparators)
        {
            if (!titleElement.Contains(sep)) continue;
            var parts = titleElement.Split(sep);
            var longest = parts.OrderByDescending(p => p.Length).First().Trim();
            if (longest.Length >= 15) return longest;
        }
        return titleElement.Length > 0 ? titleElement : h1;
    }

    /// <summary>
    /// A metadata title that is not the headline the content opens with: an SEO or social title ("Aldi Beef Maker"
    /// for "Beef Maker von Aldi im Test"), a section or site name. The visible &lt;h1&gt; is what readers know the
    /// article by; a title that holds it or is held by it stays (a kicker or a site name around the same words).
    /// </summary>
    private static bool WeakTitle(string? title, string headline, MetadataSources src, IReadOnlyList<string>? contentHeadings)
    {
        var h = Text.BlockCleaner.NormKey(headline);
        if (h.Length < 8 || headline.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2) return false;
        if (title is null) return true;
        var t = Text.BlockCleaner.NormKey(title);
        if (t.Contains(h, StringComparison.Ordinal) || h.Contains(t, StringComparison.Ordinal)) return false;
        // the title is some other h1 of the page, or a heading of the content ("Local News" above the story's h2): the
        // page shows it as the story's headline
        return !src.H1s.Any(x => Text.BlockCleaner.NormKey(x) == t) && !(contentHeadings?.Any(x => Text.BlockCleaner.NormKey(x) == t) ?? false);
    }

    /// <summary>The text names the site: its og:site_name, its domain, or (with a title) the title's last part after a separator.</summary>
    private static bool IsSiteName(string text, string? siteName, Uri? url, string? title = null)
    {
        var k = Text.BlockCleaner.NormKey(text);
        if (k.Length == 0) return false;
        if (siteName is not null && Text.BlockCleaner.NormKey(siteName) is { Length: > 0 } site && SameUpToThe(k, site)) return true;
        if (url?.Host is { } host)
        {
            var h = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
            int dot = h.LastIndexOf('.');
            var label = Text.BlockCleaner.NormKey(dot > 0 ? h[..dot] : h);
            if (k == Text.BlockCleaner.NormKey(h) || (label.Length >= 3 && (k == label || k == "the" + label))) return true;
        }
        if (title is not null)
            foreach (var sep in TitleSeparators)
            {
                int last = title.LastIndexOf(sep, StringComparison.Ordinal);
                if (last <= 0) continue;
                var lastPart = Text.BlockCleaner.NormKey(title[(last + sep.Length)..]);
                if (lastPart.Length > 0 && SameUpToThe(k, lastPart)) return true;
            }
        return false;
    }

    /// <summary>
    /// The element is in a form or a comment section: an ancestor (below the article, main or body) with a class or id token
    /// that names comments ("comments", "comment-list", "comment_author", "respond"). State tokens on the page's own
    /// elements ("showing-comments", "has-comments", "front_hidecomments") and words that merely contain the letters
    /// ("correspondent") do not count.
    /// </summary>
    private static bool InFormOrComments(IElement el)
    {
        for (var p = el; p is not null; p = p.ParentElement)
        {
            if (p.LocalName is "article" or "main" or "body") return false;
            if (p.LocalName == "form") return true;
            if (IsCommentToken(p.GetAttribute("class")) || IsCommentToken(p.GetAttribute("id"))) return true;
        }
        return false;
    }

    private static bool IsCommentToken(string? attribute)
    {
        if (string.IsNullOrEmpty(attribute)) return false;
        foreach (var token in attribute.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var t = token.ToLowerInvariant();
            if (t is "respond" or "discussion" || t.StartsWith("comment", StringComparison.Ordinal) ||
                t.EndsWith("-comments", StringComparison.Ordinal) || t.EndsWith("_comments", StringComparison.Ordinal) ||
                t.EndsWith("-comment", StringComparison.Ordinal) || t.EndsWith("_comment", StringComparison.Ordinal))
            {
                if (t.StartsWith("has", StringComparison.Ordinal) || t.StartsWith("show", StringComparison.Ordinal) || t.StartsWith("no-", StringComparison.Ordinal) || t.Contains("hide", StringComparison.Ordinal)) continue;
                return true;
            }
        }
        return false;
    }

    /// <summary>Names in elements classed author/byline or linked rel=author, in page order.</summary>
    private static IEnumerable<string> AuthorElements(MetadataSources src)
    {
        foreach (var el in src.AuthorElements)
        {
            // the comment form's "Name *" field and commenters ("Yvonne sagt:") are not the article's author
            if (InFormOrComments(el)) continue;
            var text = DomText.ShortText(el, 150).Trim().TrimEnd('|', '·', '•', '-', '–', ',', ' ');
            if (text.Length is <= 2 or > 80) continue;
            var name = BoilerplateVocabulary.MatchByline(text)
                ?? (!Text.Datelines.HasDate(text) && (text.Contains(' ') ? text.Split(' ').Length <= 5 : IsAuthorLink(el)) ? text : null);
            if (name is not null && !IsLabel(name)) yield return name;
        }
    }

    /// <summary>A one-word name ("Daniel", "freeman1984") counts only as a link to the author's page: rel=author, an
    /// hCard name, or an author archive URL. A lone word in an "author" box is as often a label or a role.</summary>
    private static bool IsAuthorLink(IElement el)
    {
        var a = el.LocalName == "a" ? el : el.ChildElementCount == 1 && el.FirstElementChild!.LocalName == "a" ? el.FirstElementChild : null;
        if (a is null) return false;
        var href = a.GetAttribute("href") ?? "";
        // a logo marked up as the blog's hCard links home: that names the site
        if (Uri.TryCreate(href, UriKind.RelativeOrAbsolute, out var u) && (u.IsAbsoluteUri ? u.AbsolutePath : href) is "/" or "") return false;
        if (a.GetAttribute("rel")?.Contains("author", StringComparison.OrdinalIgnoreCase) == true) return true;
        if (a.ClassList.Contains("fn") || el.ClassList.Contains("fn") || el.ClassList.Contains("vcard")) return true;
        return href.Contains("/author/", StringComparison.OrdinalIgnoreCase) || href.Contains("/autor/", StringComparison.OrdinalIgnoreCase)
            || href.Contains("/autoren/", StringComparison.OrdinalIgnoreCase) || href.Contains("/auteur/", StringComparison.OrdinalIgnoreCase);
    }

    // Words of labels that stand where a name would: "Posted on", "Veröffentlicht am", "Name (erforderlich)", "No Author".
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "posted", "on", "by", "published", "written", "publiziert", "veröffentlicht", "geschrieben", "am", "von", "name", "author", "autor", "autorin",
        "no", "erforderlich", "required", "says", "sagt", "dit", "dice", "diz", "zegt", "publié", "par", "publicado", "por", "em", "el", "le", "unknown", "admin",
    };

    private static bool IsLabel(string text)
    {
        if (text.Contains('*') || text.EndsWith(':')) return true;
        foreach (var w in text.Split([' ', '(', ')', ':'], StringSplitOptions.RemoveEmptyEntries))
            if (!LabelWords.Contains(w)) return false;
        return true;
    }

    // "Posted by X", "Eingestellt von X" (Blogger), "Recipe by X", "Artikel von: X", "Publié par X": the label before a name
    private static readonly System.Text.RegularExpressions.Regex LeadingLabel = new(
        @"^(?:posted|written|recipe|story|words|eingestellt|geschrieben|verfasst|artikel|beitrag|rezept|publié|écrit|publicado|escrito|scritto|pubblicato|geplaatst|geschreven)\s+(?:by|von|par|por|da|di|door)\s*:?\s+",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string? CleanAuthor(string? a)
    {
        if (string.IsNullOrWhiteSpace(a)) return null;
        a = DomText.Normalize(a);
        if (BoilerplateVocabulary.MatchByline(a) is { } n) a = n;
        else if (a.IndexOf(' ') is > 0 and var sp && a[..sp].ToLowerInvariant() is "by" or "von" or "vom" or "par" or "por" or "door" or "di") a = a[(sp + 1)..];
        else if (LeadingLabel.Match(a) is { Success: true } m) a = a[m.Length..];
        if (IsLabel(a)) return null;
        if (a.StartsWith('@') && !a.Contains(' ')) return a; // twitter handle as last resort
        return a.Length is >= 2 and <= 120 ? a : null;
    }

    private static string? NonUrl(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        return s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? null : s;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static string? Absolute(string? url, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps)) return abs.ToString();
        if (baseUrl is not null && Uri.TryCreate(baseUrl, url, out var rel) && (rel.Scheme == Uri.UriSchemeHttp || rel.Scheme == Uri.UriSchemeHttps)) return rel.ToString();
        return null;
    }

    /// <summary>"de-DE", "de_DE", "German"? → "de"; returns the primary BCP 47 subtag, lowered.</summary>
    internal static string? NormalizeLanguage(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var l = lang.Trim().Replace('_', '-');
        var primary = l.Split('-', ',', ';', ' ')[0].ToLowerInvariant();
        if (primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower)) return primary;
        return null;
    }
}
