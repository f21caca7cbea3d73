using System.Text.Json;
using System.Xml.Linq;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Publishing;

namespace CleanFeed.Core.Tests.Publishing;

public class FeedWriterTests
{
    private static readonly Article Article = new()
    {
        Id = "abc123",
        Url = "https://site.example/a",
        Feed = new ArticleFeed("https://site.example/feed", "Site"),
        Title = "Title <with> & signs",
        Author = "Ann",
        Published = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Text = "Body.",
        Html = "<p>Body.</p>",
        Tags = ["x"],
        CleanedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public void Atom_output_is_well_formed_and_carries_each_article()
    {
        var xml = XDocument.Parse(FeedWriter.Atom([Article], "All", "http://127.0.0.1/feed.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(xml.Root!.Elements(atom + "entry"));
        Assert.Equal("Title <with> & signs", entry.Element(atom + "title")!.Value);
        Assert.Equal("<p>Body.</p>", entry.Element(atom + "content")!.Value);
        Assert.Equal("2024-01-02T03:04:05Z", entry.Element(atom + "published")!.Value);
        Assert.Equal("https://site.example/a", entry.Element(atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public void Json_feed_output_is_version_1_1()
    {
        using var doc = JsonDocument.Parse(FeedWriter.JsonFeed([Article], "All", null));
        Assert.Equal("https://jsonfeed.org/version/1.1", doc.RootElement.GetProperty("version").GetString());
        var item = doc.RootElement.GetProperty("items")[0];
        Assert.Equal("abc123", item.GetProperty("id").GetString());
        Assert.Equal("Ann", item.GetProperty("authors")[0].GetProperty("name").GetString());
    }
}
