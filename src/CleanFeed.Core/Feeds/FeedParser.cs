using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CleanFeed.Core.Articles;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using CodeHollow.FeedReader.Parser;

namespace CleanFeed.Core.Feeds;

/// <summary>
/// Parses RSS 0.91/0.92, RSS 1.0 (RDF), RSS 2.0, Atom 1.0 and JSON Feed 1.0/1.1 with
/// CodeHollow.FeedReader, after decoding the bytes with <see cref="TextDecoding"/>, and maps each
/// item to a <see cref="RawFeedItem"/>. Malformed documents throw <see cref="FeedParseException"/>.
/// </summary>
public sealed partial class FeedParser
{
    static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>Decodes and parses a feed body.</summary>
    /// <param name="bytes">The body as fetched.</param>
    /// <param name="headerCharset">The charset of the HTTP Content-Type, if any.</param>
    /// <param name="feedUrl">The feed's URL (after redirects): relative links are resolved against it.</param>
    /// <exception cref="FeedParseException">The body is not a feed, or is malformed.</exception>
    public ParsedFeed Parse(byte[] bytes, string? headerCharset, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var decoded = TextDecoding.Decode(bytes, headerCharset);
        return Parse(decoded.Text, feedUrl) with { Charset = decoded.Charset };
    }

    /// <summary>Parses a feed that is already text.</summary>
    /// <exception cref="FeedParseException">The text is not a feed, or is malformed.</exception>
    public ParsedFeed Parse(string text, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(feedUrl);
        text = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0)
            throw new FeedParseException("empty document: there is no feed to parse");

        if (text[0] is '{' or '[')
            return ParseJson(text, feedUrl);

        if (text[0] != '<')
        {
            // Some servers put junk (a PHP warning, a stray line) before the XML: skip up to the prolog.
            var start = text.IndexOf("<?xml", StringComparison.OrdinalIgnoreCase);
            if (start < 0 || start > 2048)
                throw new FeedParseException($"not a feed: the document is neither XML nor JSON (it starts with \"{Excerpt(text)}\")");
            text = text[start..];
        }
        return ParseXml(text, feedUrl);
    }

    ParsedFeed ParseXml(string text, Uri feedUrl)
    {
        text = InvalidXmlChars().Replace(text, "");
        // A DOCTYPE is never needed (external DTDs are not loaded) and its internal subset can
        // declare entities that expand without bound ("billion laughs"): drop it. Entities it
        // would have defined are then undeclared, and the HTML-entity fallback below handles them.
        if (HtmlDoctype().IsMatch(text))
            throw new FeedParseException("not a feed: the document is an HTML page" + DiscoveredFeeds(text, feedUrl));
        var doctype = Doctype().Match(text);
        if (doctype.Success && doctype.Index < 4096)
            text = text.Remove(doctype.Index, doctype.Length);
        if (FirstElementName(text) is "html")
            throw new FeedParseException("not a feed: the document is an HTML page" + DiscoveredFeeds(text, feedUrl));

        Feed feed;
        try
        {
            feed = ReadXml(text);
        }
        catch (XmlException e) when (e.Message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase))
        {
            // HTML entities (&eacute; &nbsp;) that RSS 0.91's DTD used to define: make them numeric and try again.
            try
            {
                feed = ReadXml(ReplaceHtmlEntities(text));
            }
            catch (XmlException e2)
            {
                throw new FeedParseException($"malformed XML feed: {e2.Message}", e2);
            }
        }
        catch (XmlException e)
        {
            throw new FeedParseException($"malformed XML feed: {e.Message}", e);
        }
        return Map(feed, feedUrl);
    }

    static Feed ReadXml(string text)
    {
        try
        {
            return FeedReader.ReadFromString(text);
        }
        catch (FeedTypeNotSupportedException e)
        {
            throw new FeedParseException($"not a feed: the root element is not RSS, RDF or Atom ({e.Message})", e);
        }
        catch (XmlException)
        {
            throw;
        }
        catch (Exception e) when (e is not FeedParseException)
        {
            throw new FeedParseException($"could not read the XML feed: {e.Message}", e);
        }
    }

    ParsedFeed ParseJson(string text, Uri feedUrl)
    {
        string normalized;
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions
            {
                AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64,
            });
            var rootElement = doc.RootElement;
            if (rootElement.ValueKind != JsonValueKind.Object)
                throw new FeedParseException("not a JSON Feed: the document is not a JSON object");
            if (!rootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                throw new FeedParseException("not a JSON Feed: it has no \"items\" array");
            // Hand FeedReader plain, canonical JSON (no comments or trailing commas).
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
                rootElement.WriteTo(writer);
            normalized = Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (JsonException e)
        {
            var message = JsonPosition().Replace(e.Message, "").Trim();
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new FeedParseException($"malformed JSON feed{where}: {message}", e);
        }

        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(normalized);
        }
        catch (Exception e)
        {
            throw new FeedParseException($"could not read the JSON Feed: {e.Message}", e);
        }
        return Map(feed, feedUrl);
    }

    ParsedFeed Map(Feed feed, Uri feedUrl)
    {
        var specific = feed.SpecificFeed;
        var feedAuthor = specific switch
        {
            AtomFeed atom => NullIfEmpty(atom.Author?.Name),
            JsonFeed json => json.Authors?.Select(a => NullIfEmpty(a.Name)).FirstOrDefault(n => n is not null),
            _ => null,
        };

        var items = new List<RawFeedItem>(feed.Items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in feed.Items)
        {
            var raw = MapItem(item, feedUrl, feedAuthor);
            if (raw is not null && seen.Add(raw.Id))
                items.Add(raw);
        }

        var language = NullIfEmpty(feed.Language)
            ?? NullIfEmpty(specific?.Element?.Attribute(Xml + "lang")?.Value)
            ?? NullIfEmpty((specific as Rss10Feed)?.DC?.Language)
            ?? NullIfEmpty(specific?.Element?.Element("channel")?.Element(Dc + "language")?.Value);

        return new ParsedFeed
        {
            Title = CleanTitle(feed.Title),
            Link = Absolute(feedUrl, feed.Link),
            Language = language?.Trim(),
            Format = FormatName(feed),
            Items = items,
        };
    }

    static RawFeedItem? MapItem(FeedItem item, Uri feedUrl, string? feedAuthor)
    {
        var specific = item.SpecificItem;
        var element = specific?.Element;

        string? id = NullIfEmpty(item.Id);
        string? link = item.Link;
        string? author = null;
        string? published = null, updated = null;
        string? summary = null, content = null, contentType = null;
        string? image = null;
        IEnumerable<string?> categories = item.Categories ?? [];

        switch (specific)
        {
            case AtomFeedItem atom:
                author = NullIfEmpty(atom.Author?.Name) ?? feedAuthor;
                published = NullIfEmpty(atom.PublishedDateString) ?? NullIfEmpty(atom.UpdatedDateString);
                updated = NullIfEmpty(atom.UpdatedDateString);
                summary = atom.Summary;
                (content, contentType) = AtomContent(element);
                break;
            case JsonFeedItem json:
                id = NullIfEmpty(json.Id);
                link = NullIfEmpty(json.Url) ?? NullIfEmpty(json.ExternalUrl);
                author = json.Authors?.Select(a => NullIfEmpty(a.Name)).FirstOrDefault(n => n is not null) ?? NullIfEmpty(item.Author) ?? feedAuthor;
                published = json.DatePublishedString;
                updated = json.DateModifiedString;
                summary = json.Summary;
                if (NullIfEmpty(json.ContentHtml) is { } html) (content, contentType) = (html, "html");
                else if (NullIfEmpty(json.ContentText) is { } plain) (content, contentType) = (plain, "text");
                image = NullIfEmpty(json.Image) ?? NullIfEmpty(json.BannerImage)
                    ?? json.Attachments?.FirstOrDefault(a => a.MimeType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)?.Url;
                categories = json.Tags ?? [];
                break;
            case Rss20FeedItem rss:
                author = NullIfEmpty(rss.DC?.Creator) ?? RssAuthor(rss.Author);
                published = NullIfEmpty(rss.PublishingDateString) ?? NullIfEmpty(rss.DC?.DateString);
                summary = rss.Description;
                content = rss.Content;
                id = NullIfEmpty(rss.Guid) ?? id;
                link = NullIfEmpty(rss.Link) ?? PermaLinkGuid(element);
                break;
            case MediaRssFeedItem mrss:
                author = NullIfEmpty(mrss.DC?.Creator) ?? RssAuthor(mrss.Author);
                published = NullIfEmpty(mrss.PublishingDateString) ?? NullIfEmpty(mrss.DC?.DateString);
                summary = mrss.Description;
                content = mrss.Content;
                id = NullIfEmpty(mrss.Guid) ?? id;
                link = NullIfEmpty(mrss.Link) ?? PermaLinkGuid(element);
                break;
            case Rss10FeedItem rdf:
                author = NullIfEmpty(rdf.DC?.Creator);
                published = NullIfEmpty(rdf.DC?.DateString);
                summary = rdf.Description;
                content = rdf.Content;
                id = NullIfEmpty(rdf.About) ?? id;
                break;
            case Rss091FeedItem old: // also Rss092FeedItem
                published = NullIfEmpty(old.PublishingDateString);
                summary = old.Description;
                break;
        }

        if (element is not null && specific is not JsonFeedItem)
        {
            author ??= NullIfEmpty(element.Element(Dc + "creator")?.Value) ?? NullIfEmpty(element.Element(Itunes + "author")?.Value);
            published ??= NullIfEmpty(element.Element(Dc + "date")?.Value);
            updated ??= NullIfEmpty(element.Element(Atom + "updated")?.Value);
            image = XmlImage(element);
            if (!categories.Any(c => !string.IsNullOrWhiteSpace(c)))
                categories = element.Elements("category").Select(e => e.Value).Concat(element.Elements(Dc + "subject").Select(e => e.Value));
        }

        author ??= RssAuthor(item.Author);
        content = NullIfEmpty(content?.Trim());
        if (content is not null)
            contentType ??= "html";
        else
            contentType = null;
        summary = NullIfEmpty(summary?.Trim());

        var title = CleanTitle(item.Title);
        var absoluteLink = Absolute(feedUrl, link);
        var publishedAt = FeedDates.Parse(published);
        var updatedAt = FeedDates.Parse(updated);

        id ??= absoluteLink;
        if (id is null && (title is not null || published is not null))
            id = $"{title}|{published?.Trim()}";
        if (id is null && (summary ?? content) is { } body)
            id = "content:" + ArticleIdentity.Hash(body, 32);
        if (id is null)
            return null; // nothing to identify the item by, and nothing in it
        id = id.Trim();

        return new RawFeedItem
        {
            Id = id,
            Key = ArticleIdentity.ItemKey(id),
            Link = absoluteLink,
            Title = title,
            Author = CleanAuthor(author),
            Published = publishedAt ?? updatedAt,
            Updated = updatedAt,
            Summary = summary,
            Content = content,
            ContentType = contentType,
            Categories = categories
                .Select(c => c is null ? null : WebUtility.HtmlDecode(c).Trim())
                .Where(c => !string.IsNullOrEmpty(c))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList()!,
            ImageUrl = Absolute(feedUrl, image),
        };
    }

    static (string? Content, string? Type) AtomContent(XElement? entry)
    {
        var content = entry?.Element(Atom + "content");
        if (content is null || content.Attribute("src") is not null)
            return (null, null);
        var type = content.Attribute("type")?.Value.Trim().ToLowerInvariant() ?? "text";
        switch (type)
        {
            case "xhtml":
                var div = content.Elements().FirstOrDefault();
                if (div is null)
                    return (content.Value, "html");
                var inner = string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
                // Drop the XHTML namespace declarations XLinq writes on each top-level element.
                return (XhtmlNamespace().Replace(inner, ""), "html");
            case "html" or "text/html" or "application/xhtml+xml":
                return (content.Value, "html");
            case "text" or "text/plain":
                return (content.Value, "text");
            default:
                return type.StartsWith("text/", StringComparison.Ordinal) ? (content.Value, "text") : (null, null);
        }
    }

    static string? XmlImage(XElement item)
    {
        static bool IsImageType(string? type) => type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true;
        static bool LooksLikeImage(string? url) => url is not null && ImageExtension().IsMatch(url);

        var mediaContents = item.Elements(Media + "content").Concat(item.Elements(Media + "group").Elements(Media + "content"));
        foreach (var mc in mediaContents)
        {
            var url = NullIfEmpty(mc.Attribute("url")?.Value);
            var medium = mc.Attribute("medium")?.Value;
            var type = mc.Attribute("type")?.Value;
            if (url is not null && (medium == "image" || IsImageType(type) || (medium is null && type is null && LooksLikeImage(url))))
                return url;
        }
        var thumbnail = item.Descendants(Media + "thumbnail").Select(t => NullIfEmpty(t.Attribute("url")?.Value)).FirstOrDefault(u => u is not null);
        if (thumbnail is not null)
            return thumbnail;
        foreach (var enclosure in item.Elements("enclosure"))
        {
            var url = NullIfEmpty(enclosure.Attribute("url")?.Value);
            var type = enclosure.Attribute("type")?.Value;
            if (url is not null && (IsImageType(type) || (string.IsNullOrEmpty(type) && LooksLikeImage(url))))
                return url;
        }
        foreach (var l in item.Elements(Atom + "link").Where(l => l.Attribute("rel")?.Value == "enclosure"))
            if (IsImageType(l.Attribute("type")?.Value) && NullIfEmpty(l.Attribute("href")?.Value) is { } href)
                return href;
        return NullIfEmpty(item.Element(Itunes + "image")?.Attribute("href")?.Value);
    }

    /// <summary>An RSS 2.0 guid is a permalink unless isPermaLink="false".</summary>
    static string? PermaLinkGuid(XElement? item)
    {
        var guid = item?.Element("guid");
        if (guid is null || string.Equals(guid.Attribute("isPermaLink")?.Value, "false", StringComparison.OrdinalIgnoreCase))
            return null;
        var value = guid.Value.Trim();
        return value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? value : null;
    }

    /// <summary>RSS 2.0 author is an e-mail address, often "jane@example.com (Jane Doe)": keep the name.</summary>
    static string? RssAuthor(string? author)
    {
        author = NullIfEmpty(author?.Trim());
        if (author is null)
            return null;
        var m = EmailWithName().Match(author);
        return m.Success ? m.Groups["name"].Value.Trim() : author;
    }

    static string? CleanAuthor(string? author)
    {
        if (author is null)
            return null;
        var clean = WhiteSpace().Replace(WebUtility.HtmlDecode(Tags().Replace(author, "")), " ").Trim();
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>Titles: tags removed, HTML entities decoded, whitespace collapsed.</summary>
    internal static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return null;
        var text = WebUtility.HtmlDecode(Tags().Replace(title, ""));
        text = WhiteSpace().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    static string? Absolute(Uri baseUrl, string? url)
    {
        url = NullIfEmpty(url?.Trim());
        if (url is null)
            return null;
        if (!Uri.TryCreate(baseUrl, url, out var absolute))
            return null;
        return absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri : null;
    }

    static string FormatName(Feed feed)
    {
        switch (feed.Type)
        {
            case FeedType.Rss_0_91: return "rss 0.91";
            case FeedType.Rss_0_92: return "rss 0.92";
            case FeedType.Rss_1_0: return "rss 1.0";
            case FeedType.Rss_2_0 or FeedType.MediaRss: return "rss 2.0";
            case FeedType.Atom: return "atom 1.0";
            case FeedType.JsonFeed:
                var version = (feed.SpecificFeed as JsonFeed)?.Version ?? "";
                var v = JsonFeedVersion().Match(version);
                if (!v.Success)
                    return "json 1.0";
                return v.Groups[1].Value.Contains('.') ? $"json {v.Groups[1].Value}" : $"json {v.Groups[1].Value}.0";
            default:
                var attr = feed.SpecificFeed?.Element?.Document?.Root?.Attribute("version")?.Value;
                return string.IsNullOrWhiteSpace(attr) ? "rss" : $"rss {attr.Trim()}";
        }
    }

    /// <summary>The local name of the first element, after the prolog, comments and DOCTYPE; lower case.</summary>
    static string? FirstElementName(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= text.Length)
                return null;
            var next = text[lt + 1];
            if (next == '?')
                i = End(text, lt, "?>");
            else if (text.AsSpan(lt).StartsWith("<!--"))
                i = End(text, lt, "-->");
            else if (next == '!')
                i = End(text, lt, ">");
            else
            {
                var start = lt + 1;
                var end = start;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('>' or '/'))
                    end++;
                var name = text[start..end];
                var colon = name.IndexOf(':');
                return (colon >= 0 ? name[(colon + 1)..] : name).ToLowerInvariant();
            }
            if (i < 0)
                return null;
        }
        return null;

        static int End(string t, int from, string marker)
        {
            var e = t.IndexOf(marker, from + 2, StringComparison.Ordinal);
            return e < 0 ? -1 : e + marker.Length;
        }
    }

    /// <summary>" (it links to the feed https://...)" when an HTML page advertises feeds, else "".</summary>
    static string DiscoveredFeeds(string html, Uri pageUrl)
    {
        try
        {
            var links = FeedReader.ParseFeedUrlsFromHtml(html)
                .Select(l => Absolute(pageUrl, l.Url))
                .Where(u => u is not null)
                .Distinct()
                .Take(3)
                .ToList();
            return links.Count switch
            {
                0 => "",
                1 => $" (it links to the feed {links[0]})",
                _ => $" (it links to the feeds {string.Join(", ", links)})",
            };
        }
        catch (Exception)
        {
            return "";
        }
    }

    static string ReplaceHtmlEntities(string text) => NamedEntity().Replace(text, m =>
    {
        var name = m.Groups[1].Value;
        if (name is "amp" or "lt" or "gt" or "quot" or "apos")
            return m.Value;
        var decoded = WebUtility.HtmlDecode(m.Value);
        return decoded == m.Value ? "&amp;" + name + ";" : string.Concat(decoded.Select(c => $"&#{(int)c};"));
    });

    static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    static string Excerpt(string text)
    {
        var s = WhiteSpace().Replace(text.Length > 40 ? text[..40] : text, " ");
        return s.Length < text.Length ? s + "…" : s;
    }

    [GeneratedRegex("""^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+html\b""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlDoctype();

    [GeneratedRegex("""<!DOCTYPE[^\[>]*(?:\[[\s\S]*?\]\s*)?>""", RegexOptions.IgnoreCase)]
    private static partial Regex Doctype();

    [GeneratedRegex("""[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]""")]
    private static partial Regex InvalidXmlChars();

    [GeneratedRegex("""&([A-Za-z][A-Za-z0-9]{0,31});""")]
    private static partial Regex NamedEntity();

    [GeneratedRegex("""</?[A-Za-z][^<>]*>""")]
    private static partial Regex Tags();

    [GeneratedRegex("""\s+""")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("""^\S+@\S+\s*\((?<name>[^)]+)\)$""")]
    private static partial Regex EmailWithName();

    [GeneratedRegex("\\s+xmlns(?::\\w+)?=\"http://www\\.w3\\.org/1999/xhtml\"")]
    private static partial Regex XhtmlNamespace();

    [GeneratedRegex("""\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$""", RegexOptions.IgnoreCase)]
    private static partial Regex ImageExtension();

    [GeneratedRegex("""version/(\d+(?:\.\d+)?)""")]
    private static partial Regex JsonFeedVersion();

    [GeneratedRegex("""\s*(?:Path: .*?\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?""")]
    private static partial Regex JsonPosition();
}
