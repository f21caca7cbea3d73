using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace CleanFeed.Core.Feeds;

/// <summary>The feeds list is unreadable or invalid; the message says which file, where and what.</summary>
public sealed class FeedListException : Exception
{
    public FeedListException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>
/// Reads the feeds list: OPML (what every feed reader exports; nested outlines, xmlUrl with
/// title or text) or feeds.json (<c>{ "feeds": [ { "url", "name"?, "fullText"?,
/// "intervalMinutes"?, "rules"?: { "keep": [...], "remove": [...] } } ] }</c>), told apart by
/// their content. Duplicate URLs are skipped; anything invalid throws <see cref="FeedListException"/>.
/// </summary>
public sealed class FeedListReader
{
    readonly HttpFetcher? _fetcher;

    /// <param name="fetcher">Used when the list is given as an http(s) URL; without one, a fetcher
    /// with the default settings (private networks not allowed) is made for the occasion.</param>
    public FeedListReader(HttpFetcher? fetcher = null) => _fetcher = fetcher;

    /// <summary>Reads and parses the feeds list at <paramref name="path"/>: a file path or an http(s) URL.</summary>
    /// <exception cref="FeedListException">The list cannot be read or is not a valid feeds list.</exception>
    public async Task<IReadOnlyList<FeedDefinition>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Uri.TryCreate(path, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            return await ReadUrlAsync(url, cancellationToken).ConfigureAwait(false);

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FeedListException($"{path}: feeds list not found", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FeedListException($"{path}: cannot read the feeds list: {e.Message}", e);
        }
        // OPML files exported by older readers may be in a legacy encoding declared in the prolog.
        return Parse(TextDecoding.Decode(bytes, null).Text, path);
    }

    async Task<IReadOnlyList<FeedDefinition>> ReadUrlAsync(Uri url, CancellationToken cancellationToken)
    {
        var owned = _fetcher is null ? new HttpFetcher(new Configuration.CleanFeedOptions()) : null;
        try
        {
            var response = await (_fetcher ?? owned!).GetAsync(url, new FetchRequest
            {
                Accept = "text/x-opml, application/xml;q=0.9, application/json;q=0.9, text/xml;q=0.8, */*;q=0.5",
            }, cancellationToken).ConfigureAwait(false);
            if (response.Error is not null)
                throw new FeedListException($"{url}: cannot fetch the feeds list: {response.Error}");
            return Parse(TextDecoding.Decode(response.Bytes, response.Charset).Text, url.AbsoluteUri);
        }
        finally
        {
            owned?.Dispose();
        }
    }

    /// <summary>Parses a feeds list given as text.</summary>
    /// <exception cref="FeedListException">It is not a valid OPML document or feeds.json.</exception>
    public IReadOnlyList<FeedDefinition> Parse(string content) => Parse(content, null);

    /// <summary>Parses a feeds list given as text; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FeedListException">It is not a valid OPML document or feeds.json.</exception>
    public IReadOnlyList<FeedDefinition> Parse(string content, string? source)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = string.IsNullOrWhiteSpace(source) ? "feeds list" : source;
        var text = content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0)
            throw new FeedListException($"{name}: the feeds list is empty (expected OPML or feeds.json)");
        return text[0] switch
        {
            '<' => ParseOpml(content, name),
            '{' or '[' => ParseJson(content, name),
            _ => throw new FeedListException(
                $"{name}: not a feeds list: expected an OPML document (<opml>) or feeds.json ({{ \"feeds\": [...] }})"),
        };
    }

    static IReadOnlyList<FeedDefinition> ParseOpml(string content, string name)
    {
        XDocument doc;
        try
        {
            // No DTD processing: an OPML list needs none, and entity declarations could expand without bound.
            using var reader = XmlReader.Create(new StringReader(content.TrimStart('\uFEFF')),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new FeedListException($"{name}, line {e.LineNumber}: invalid OPML: {e.Message}", e);
        }

        var root = doc.Root!;
        if (!root.Name.LocalName.Equals("opml", StringComparison.OrdinalIgnoreCase))
            throw new FeedListException($"{name}, line {Line(root)}: not an OPML document: the root element is <{root.Name.LocalName}>, expected <opml>");
        var body = root.Elements().FirstOrDefault(e => e.Name.LocalName.Equals("body", StringComparison.OrdinalIgnoreCase))
            ?? throw new FeedListException($"{name}: invalid OPML: there is no <body> element");

        var feeds = new List<FeedDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outline in body.Descendants().Where(e => e.Name.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase)))
        {
            var xmlUrl = Attr(outline, "xmlUrl");
            if (xmlUrl is null)
                continue; // a folder (category) or a plain link
            var where = $"{name}, line {Line(outline)}";
            if (xmlUrl.Length == 0)
                throw new FeedListException($"{where}: outline has an empty xmlUrl");
            var url = ValidateUrl(xmlUrl, where);
            if (!seen.Add(url))
                continue;
            var title = Attr(outline, "title");
            var text = Attr(outline, "text");
            feeds.Add(new FeedDefinition
            {
                Url = url,
                Name = string.IsNullOrWhiteSpace(title) ? (string.IsNullOrWhiteSpace(text) ? null : text) : title,
            });
        }
        return feeds;
    }

    static IReadOnlyList<FeedDefinition> ParseJson(string content, string name)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(content.TrimStart('\uFEFF'), new JsonDocumentOptions
            {
                AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip,
            });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $", line {l + 1}" : "";
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut].TrimEnd(' ', '|', '.') + ".";
            var path = message.IndexOf(" Path: ", StringComparison.Ordinal);
            if (path > 0) message = message[..path].TrimEnd();
            throw new FeedListException($"{name}{line}: invalid JSON: {message}", e);
        }

        using (doc)
        {
            JsonElement array;
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
                array = doc.RootElement;
            else if (!TryGetProperty(doc.RootElement, "feeds", out array))
                throw new FeedListException($"{name}: invalid feeds.json: there is no \"feeds\" array (expected {{ \"feeds\": [ {{ \"url\": \"https://...\" }} ] }})");
            else if (array.ValueKind != JsonValueKind.Array)
                throw new FeedListException($"{name}: invalid feeds.json: \"feeds\" must be an array, not {Kind(array)}");

            var feeds = new List<FeedDefinition>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var entry in array.EnumerateArray())
            {
                var where = $"{name}: feeds[{index++}]";
                if (entry.ValueKind == JsonValueKind.String)
                {
                    // A bare URL is accepted as shorthand for { "url": ... }.
                    var bare = ValidateUrl(entry.GetString()!, where);
                    if (seen.Add(bare))
                        feeds.Add(new FeedDefinition { Url = bare });
                    continue;
                }
                if (entry.ValueKind != JsonValueKind.Object)
                    throw new FeedListException($"{where}: expected an object with a \"url\", found {Kind(entry)}");

                if (!TryGetProperty(entry, "url", out var urlElement) || urlElement.ValueKind == JsonValueKind.Null)
                    throw new FeedListException($"{where}: \"url\" is missing");
                if (urlElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(urlElement.GetString()))
                    throw new FeedListException($"{where}: \"url\" must be a non-empty string");
                var url = ValidateUrl(urlElement.GetString()!, where);

                var definition = new FeedDefinition
                {
                    Url = url,
                    Name = OptionalString(entry, "name", where),
                    FullText = OptionalBool(entry, "fullText", where),
                    IntervalMinutes = OptionalInterval(entry, where),
                    Rules = OptionalRules(entry, where),
                };
                if (seen.Add(url))
                    feeds.Add(definition);
            }
            return feeds;
        }
    }

    static string ValidateUrl(string value, string where)
    {
        var trimmed = value.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
            throw new FeedListException($"{where}: \"{trimmed}\" is not an absolute URL");
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            throw new FeedListException($"{where}: \"{trimmed}\" is not an http or https URL (scheme '{uri.Scheme}')");
        if (string.IsNullOrEmpty(uri.Host))
            throw new FeedListException($"{where}: \"{trimmed}\" has no host");
        return uri.AbsoluteUri;
    }

    static string? OptionalString(JsonElement entry, string property, string where)
    {
        if (!TryGetProperty(entry, property, out var e) || e.ValueKind == JsonValueKind.Null)
            return null;
        if (e.ValueKind != JsonValueKind.String)
            throw new FeedListException($"{where}: \"{property}\" must be a string, not {Kind(e)}");
        var s = e.GetString()!.Trim();
        return s.Length == 0 ? null : s;
    }

    static bool? OptionalBool(JsonElement entry, string property, string where)
    {
        if (!TryGetProperty(entry, property, out var e) || e.ValueKind == JsonValueKind.Null)
            return null;
        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FeedListException($"{where}: \"{property}\" must be true or false, not {Kind(e)}"),
        };
    }

    static int? OptionalInterval(JsonElement entry, string where)
    {
        if (!TryGetProperty(entry, "intervalMinutes", out var e) || e.ValueKind == JsonValueKind.Null)
            return null;
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out var minutes) || minutes <= 0)
            throw new FeedListException($"{where}: \"intervalMinutes\" must be a positive whole number of minutes, not {e.GetRawText()}");
        return minutes;
    }

    static SiteRules? OptionalRules(JsonElement entry, string where)
    {
        if (!TryGetProperty(entry, "rules", out var rules) || rules.ValueKind == JsonValueKind.Null)
            return null;
        if (rules.ValueKind != JsonValueKind.Object)
            throw new FeedListException($"{where}: \"rules\" must be an object like {{ \"keep\": [\"article\"], \"remove\": [\".share\"] }}, not {Kind(rules)}");
        foreach (var p in rules.EnumerateObject())
            if (!p.Name.Equals("keep", StringComparison.OrdinalIgnoreCase) && !p.Name.Equals("remove", StringComparison.OrdinalIgnoreCase))
                throw new FeedListException($"{where}: unknown rule \"{p.Name}\" (rules have \"keep\" and \"remove\")");
        return new SiteRules
        {
            Keep = Selectors(rules, "keep", where),
            Remove = Selectors(rules, "remove", where),
        };
    }

    static IReadOnlyList<string> Selectors(JsonElement rules, string property, string where)
    {
        if (!TryGetProperty(rules, property, out var e) || e.ValueKind == JsonValueKind.Null)
            return [];
        if (e.ValueKind == JsonValueKind.String)
            return Validate([e.GetString()!]);
        if (e.ValueKind != JsonValueKind.Array)
            throw new FeedListException($"{where}: rules.{property} must be an array of CSS selectors, not {Kind(e)}");
        var list = new List<string>();
        foreach (var s in e.EnumerateArray())
        {
            if (s.ValueKind != JsonValueKind.String)
                throw new FeedListException($"{where}: rules.{property} must hold CSS selectors as strings, found {Kind(s)}");
            list.Add(s.GetString()!);
        }
        return Validate(list);

        IReadOnlyList<string> Validate(List<string> selectors)
        {
            var parser = new AngleSharp.Css.Parser.CssSelectorParser();
            var result = new List<string>();
            foreach (var raw in selectors)
            {
                var selector = raw.Trim();
                if (selector.Length == 0)
                    continue;
                if (parser.ParseSelector(selector) is null)
                    throw new FeedListException($"{where}: rules.{property}: \"{selector}\" is not a valid CSS selector");
                result.Add(selector);
            }
            return result;
        }
    }

    static bool TryGetProperty(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object)
            foreach (var p in obj.EnumerateObject())
                if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    value = p.Value;
                    return true;
                }
        value = default;
        return false;
    }

    static string? Attr(XElement e, string name) =>
        e.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Trim();

    static int Line(XElement e) => ((IXmlLineInfo)e).LineNumber;

    static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {e.GetRawText()}",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        _ => "null",
    };
}
