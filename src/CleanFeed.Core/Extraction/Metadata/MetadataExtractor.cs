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

    public static PageMetadata Extract(MetadataSources src, Uri? baseUrl, ExtractionHints hints, string? bodyTextSample)
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
        if (title is null)
        {
            var h1 = src.H1s.Count == 1 ? src.H1s[0] : null;
            var t = src.TitleElement is null ? null : DomText.Normalize(src.TitleElement);
            title = CleanTitle(t, h1);
        }
        else title = HeadlineIn(title, src.H1s) ?? WithoutSiteName(title, Meta("og:site_name", "application-name", "apple-mobile-web-app-title"), baseUrl ?? AbsoluteUri(src.Canonical));
        if (hints.Title is { Length: > 0 } hintTitle)
        {
            var ht = DomText.Normalize(hintTitle);
            if (title is null || !structuredTitle) title = ht;
            else if (Text.BlockCleaner.NormKey(title).Contains(Text.BlockCleaner.NormKey(ht)) && ht.Length >= 10) title = ht; // page title is the feed's plus a site name
        }

        // author
        string? author = ld.Author;
        author ??= NonUrl(Meta("author", "article:author", "dc.creator", "dcterms.creator", "citation_author", "parsely-author", "sailthru.author", "byl"));
        author ??= ItemProp(src, "author");
        if (author is null)
            foreach (var el in src.AuthorElements)
            {
                // the comment form's "Name *" field and commenters ("Yvonne sagt:") are not the article's author
                if (InFormOrComments(el)) continue;
                var text = DomText.ShortText(el, 150).Trim().TrimEnd('|', '·', '•', '-', '–', ',', ' ');
                if (text.Length is > 2 and <= 80)
                {
                    author = BoilerplateVocabulary.MatchByline(text) ?? (text.Contains(' ') && !Text.Datelines.HasDate(text) && text.Split(' ').Length <= 5 ? text : null);
                    if (author is not null && IsLabel(author)) author = null;
                    if (author is not null) break;
                }
            }
        author ??= src.Bylines.FirstOrDefault();
        // a Twitter handle names an account (often the site's), so only when nothing names a person
        author ??= NonUrl(Meta("twitter:creator"));
        author = CleanAuthor(author) ?? (hints.Author is { Length: > 0 } ha ? DomText.Normalize(ha) : null);

        // dates
        var published = ParseDate(ld.Published) ?? ParseDate(Meta("article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date", "article.published", "published_time"))
            ?? ParseDate(ItemPropDate(src, "datePublished")) ?? TimeElement(src)
            ?? DateText.FromUrl(src.Canonical) ?? DateText.FromUrl(Meta("og:url")) ?? DateText.FromUrl(ld.Url) ?? DateText.FromUrl(baseUrl?.ToString())
            ?? src.Datelines.Select(d => DateFromLine(d)).FirstOrDefault(d => d is not null)
            ?? hints.Published;
        var updated = ParseDate(ld.Modified) ?? ParseDate(Meta("article:modified_time", "og:updated_time", "dcterms.modified", "last-modified", "dc.date.modified", "article.updated", "modified_time"))
            ?? ParseDate(ItemPropDate(src, "dateModified")) ?? hints.Updated;

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
            Title = title, Author = author, Published = published, Updated = updated, Language = language,
            CanonicalUrl = canonical, LeadImage = image, Description = description, Tags = tags,
        };
    }

    private sealed class JsonLdData
    {
        public string? Title, Author, Published, Modified, Language, Url, Image, Description;
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
            // article-like nodes first, then anything with the fields
            var ordered = nodes.Where(IsArticle).Concat(nodes.Where(n => !IsArticle(n)));
            foreach (var n in ordered)
            {
                bool article = IsArticle(n);
                if (article) data.Title ??= Str(n, "headline") ?? Str(n, "name");
                if (article) data.Author ??= AuthorName(n);
                data.Published ??= Str(n, "datePublished") ?? (article ? Str(n, "dateCreated") : null);
                data.Modified ??= Str(n, "dateModified");
                data.Language ??= Str(n, "inLanguage");
                if (article)
                {
                    data.Url ??= Str(n, "url") ?? IdOf(n, "mainEntityOfPage");
                    data.Image ??= ImageUrl(n);
                    data.Description ??= Str(n, "description");
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

    private static string? AuthorName(JsonElement n)
    {
        if (!n.TryGetProperty("author", out var a) && !n.TryGetProperty("creator", out a)) return null;
        var names = new List<string>();
        void Add(JsonElement x)
        {
            if (x.ValueKind == JsonValueKind.String) { if (NonUrl(x.GetString()) is { } s) names.Add(s); }
            else if (x.ValueKind == JsonValueKind.Object) { if (Str(x, "name") is { } s && NonUrl(s) is { } s2) names.Add(s2); }
            else if (x.ValueKind == JsonValueKind.Array) foreach (var y in x.EnumerateArray()) Add(y);
        }
        Add(a);
        return names.Count == 0 ? null : string.Join(", ", names.Distinct().Take(4));
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
            var text = DomText.ShortText(el, 150);
            if (text.Length is > 1 and <= 100) return BoilerplateVocabulary.MatchByline(text) ?? text;
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

    /// <summary>The date in a dateline or byline: the whole line as a date, else the first date inside it ("Von X, 19. Oktober 2019").</summary>
    internal static DateTimeOffset? DateFromLine(string? line) => ParseDate(line) ?? DateText.Find(line);

    private static DateTimeOffset? TimeElement(MetadataSources src)
    {
        foreach (var t in src.Times)
            if (t.GetAttribute("datetime") is { } dt && ParseDate(dt) is { } d) return d;
        return null;
    }

    internal static DateTimeOffset? ParseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        // .NET fills in what a string leaves out from today: "10:52" or "14. August" would be published today or this year.
        if (!HasYear(s)) return null;
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
            if (n == 4 && int.Parse(s.AsSpan(i, 4), CultureInfo.InvariantCulture) is >= 1990 and <= 2100) return true;
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

    /// <summary>"Headline | Site" → "Headline" when the part after (or before) a separator is the site's name (og:site_name) or its domain.</summary>
    private static string WithoutSiteName(string title, string? siteName, Uri? url)
    {
        var site = siteName is null ? "" : Text.BlockCleaner.NormKey(siteName);
        var host = url?.Host is { } h ? Text.BlockCleaner.NormKey(h.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? h[4..] : h) : "";
        bool IsSite(string part)
        {
            var k = Text.BlockCleaner.NormKey(part);
            if (k.Length == 0) return false;
            return (site.Length > 0 && (k == site || k.Contains(site, StringComparison.Ordinal) && k.Length <= site.Length + 12)) ||
                   (host.Length > 0 && (host.StartsWith(k, StringComparison.Ordinal) || k == host));
        }
        foreach (var sep in TitleSeparators)
        {
            int last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0 && IsSite(title[(last + sep.Length)..]) && last >= 10) return title[..last].Trim();
            int first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && IsSite(title[..first]) && title.Length - first - sep.Length >= 10) return title[(first + sep.Length)..].Trim();
        }
        return title;
    }

    private static Uri? AbsoluteUri(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : null;

    private static string? CleanTitle(string? titleElement, string? h1)
    {
        if (titleElement is null) return h1;
        // The page's one <h1> is its headline, unless it is a small part of the <title>: then it is the site's logo ("Site")
        // and the title's longest part is the headline.
        if (h1 is { Length: > 5 })
        {
            var hk = Text.BlockCleaner.NormKey(h1);
            var tk = Text.BlockCleaner.NormKey(titleElement);
            if (!(tk.Contains(hk, StringComparison.Ordinal) && hk.Length * 10 < tk.Length * 4)) return h1;
        }
        // "Headline | Site" / "Headline - Site": keep the longest part
        foreach (var sep in new[] { " | ", " – ", " — ", " - ", " :: ", " » ", " · " })
        {
            if (!titleElement.Contains(sep)) continue;
            var parts = titleElement.Split(sep);
            var longest = parts.OrderByDescending(p => p.Length).First().Trim();
            if (longest.Length >= 15) return longest;
        }
        return titleElement.Length > 0 ? titleElement : h1;
    }

    private static bool InFormOrComments(IElement el)
    {
        int depth = 0;
        for (var p = el; p is not null && depth < 12; p = p.ParentElement, depth++)
        {
            if (p.LocalName == "form") return true;
            var key = (p.GetAttribute("class") ?? "") + " " + (p.GetAttribute("id") ?? "");
            if (key.Contains("comment", StringComparison.OrdinalIgnoreCase) || key.Contains("respond", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
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

    private static string? CleanAuthor(string? a)
    {
        if (string.IsNullOrWhiteSpace(a)) return null;
        a = DomText.Normalize(a);
        if (BoilerplateVocabulary.MatchByline(a) is { } n) a = n;
        else if (a.IndexOf(' ') is > 0 and var sp && a[..sp].ToLowerInvariant() is "by" or "von" or "par" or "por" or "door" or "di") a = a[(sp + 1)..];
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
