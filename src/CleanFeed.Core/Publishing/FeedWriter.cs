using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Storage;

namespace CleanFeed.Core.Publishing;

/// <summary>Pull side of subscribing: stored articles as an Atom 1.0 or a JSON Feed 1.1 document.</summary>
public static class FeedWriter
{
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";

    public static string Atom(IReadOnlyList<Article> articles, string title, string? selfUrl, string? nextUrl = null)
    {
        var updated = articles.Count == 0 ? DateTimeOffset.UnixEpoch : articles.Max(a => a.Updated ?? a.Published ?? a.CleanedAt);
        var feed = new XElement(AtomNs + "feed",
            new XElement(AtomNs + "id", selfUrl ?? "urn:cleanfeed:articles"),
            new XElement(AtomNs + "title", title),
            new XElement(AtomNs + "updated", Iso(updated)),
            new XElement(AtomNs + "generator", "CleanFeed"));
        if (selfUrl is not null) feed.Add(new XElement(AtomNs + "link", new XAttribute("rel", "self"), new XAttribute("href", selfUrl)));
        // RFC 5005 paging: readers follow rel=next to older entries.
        if (nextUrl is not null) feed.Add(new XElement(AtomNs + "link", new XAttribute("rel", "next"), new XAttribute("href", nextUrl)));
        foreach (var a in articles)
        {
            var entry = new XElement(AtomNs + "entry",
                new XElement(AtomNs + "id", "urn:cleanfeed:article:" + a.Id),
                new XElement(AtomNs + "title", a.Title),
                new XElement(AtomNs + "updated", Iso(a.Updated ?? a.Published ?? a.CleanedAt)),
                new XElement(AtomNs + "summary", a.Summary),
                new XElement(AtomNs + "content", new XAttribute("type", "html"), a.Html));
            if (a.Published is { } p) entry.Add(new XElement(AtomNs + "published", Iso(p)));
            if (a.Url is not null) entry.Add(new XElement(AtomNs + "link", new XAttribute("rel", "alternate"), new XAttribute("href", a.Url)));
            if (a.Author is not null) entry.Add(new XElement(AtomNs + "author", new XElement(AtomNs + "name", a.Author)));
            foreach (var t in a.Tags) entry.Add(new XElement(AtomNs + "category", new XAttribute("term", t)));
            entry.Add(new XElement(AtomNs + "source", new XElement(AtomNs + "id", a.Feed.Url), new XElement(AtomNs + "title", a.Feed.Title ?? a.Feed.Url)));
            feed.Add(entry);
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed + "\n";
    }

    public static string JsonFeed(IReadOnlyList<Article> articles, string title, string? selfUrl, string? nextUrl = null)
    {
        var items = new JsonArray();
        foreach (var a in articles)
        {
            var item = new JsonObject
            {
                ["id"] = a.Id,
                ["url"] = a.Url,
                ["title"] = a.Title,
                ["content_html"] = a.Html,
                ["content_text"] = a.Text,
                ["summary"] = a.Summary,
                ["date_published"] = a.Published is { } p ? Iso(p) : null,
                ["date_modified"] = a.Updated is { } u ? Iso(u) : null,
                ["tags"] = new JsonArray(a.Tags.Select(t => (JsonNode?)t).ToArray()),
                ["language"] = a.Language,
                ["image"] = a.Images.FirstOrDefault(),
                ["external_url"] = a.SourceUrl != a.Url ? a.SourceUrl : null,
            };
            if (a.Author is not null) item["authors"] = new JsonArray(new JsonObject { ["name"] = a.Author });
            items.Add(WithoutNulls(item));
        }
        var doc = new JsonObject
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = title,
            ["feed_url"] = selfUrl,
            ["next_url"] = nextUrl,
            ["items"] = items,
        };
        return WithoutNulls(doc).ToJsonString(JsonDefaults.Indented) + "\n";
    }

    // JSON Feed leaves absent fields out rather than writing null.
    private static JsonObject WithoutNulls(JsonObject o)
    {
        foreach (var key in o.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList()) o.Remove(key);
        return o;
    }

    private static string Iso(DateTimeOffset d) => JsonDefaults.FormatUtc(d);
}
