using System.Text.Json;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Feeds;
using CleanFeed.Core.Storage;

namespace CleanFeed.Core.Tests.Articles;

/// <summary>The documented schema and the serialised Article must agree, field for field.</summary>
public class ArticleSchemaTests
{
    [Fact]
    public void A_serialised_article_has_exactly_the_schema_s_fields_and_formats()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "article.schema.json")));
        var raw = new RawItem
        {
            Feed = new RawFeedInfo { Url = "https://s.example/feed", Key = "k" },
            Item = new RawFeedItem { Id = "1", Key = "1", Title = "T", Published = DateTimeOffset.Parse("2024-02-03T04:05:06+01:00") },
        };
        var article = ArticleNormalizer.Create(raw, "raw/k/1.json",
            new ExtractionResult { Text = "Hello.", Removed = [new RemovedBlock("share", "rule", 5)] }, DateTimeOffset.UtcNow);
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(article, JsonDefaults.Options));

        var props = schema.RootElement.GetProperty("properties");
        var declared = props.EnumerateObject().Select(p => p.Name).Order().ToList();
        var actual = doc.RootElement.EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(declared, actual);
        Assert.Equal(declared, schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order().ToList());

        Assert.Matches(props.GetProperty("id").GetProperty("pattern").GetString()!, doc.RootElement.GetProperty("id").GetString()!);
        Assert.Matches(props.GetProperty("contentHash").GetProperty("pattern").GetString()!, doc.RootElement.GetProperty("contentHash").GetString()!);
        Assert.Equal("2024-02-03T03:05:06Z", doc.RootElement.GetProperty("published").GetString());
        Assert.Matches("Z$", doc.RootElement.GetProperty("cleanedAt").GetString()!);
        var removed = doc.RootElement.GetProperty("removed")[0];
        Assert.Equal(["chars", "count", "kind"], removed.EnumerateObject().Select(p => p.Name).Order().ToList());
    }
}
