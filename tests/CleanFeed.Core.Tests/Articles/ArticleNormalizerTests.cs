using CleanFeed.Core.Articles;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Tests.Articles;

public class ArticleNormalizerTests
{
    private static RawItem Raw(Action<RawFeedItem>? _ = null, string? title = "Feed &amp; title", string? link = "https://site.example/a", RawPage? page = null) => new()
    {
        Feed = new RawFeedInfo { Url = "https://site.example/feed", Key = "site.example-1", Title = "Site", Language = "EN_us" },
        Item = new RawFeedItem
        {
            Id = "guid-1",
            Key = "k1",
            Link = link,
            Title = title,
            Author = "Feed Author",
            Published = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
            Categories = ["World", "world", " Politics "],
            ImageUrl = "https://site.example/img.jpg",
        },
        Page = page,
    };

    [Fact]
    public void The_id_is_stable_and_url_safe_for_the_same_feed_and_item()
    {
        var a = ArticleNormalizer.Create(Raw(), "raw/x.json", new ExtractionResult { Text = "Hello world." }, DateTimeOffset.UtcNow);
        var b = ArticleNormalizer.Create(Raw(), "raw/x.json", new ExtractionResult { Text = "Other text." }, DateTimeOffset.UtcNow);
        Assert.Equal(a.Id, b.Id);
        Assert.Matches("^[a-z0-9]+$", a.Id);
        Assert.Equal(ArticleIdentity.ArticleId("https://site.example/feed", "guid-1"), a.Id);
    }

    [Fact]
    public void Fields_are_normalised_titles_decoded_dates_utc_language_cased_tags_deduplicated()
    {
        var result = new ExtractionResult
        {
            Text = "First paragraph here.\n\nSecond one.",
            CanonicalUrl = "https://site.example/canonical",
            Removed = [new RemovedBlock("comments", "rule", 120), new RemovedBlock("comments", "rule", 30), new RemovedBlock("share", "score", 10)],
        };
        var a = ArticleNormalizer.Create(Raw(), "raw/x.json", result, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal("Feed & title", a.Title);
        Assert.Equal("Feed Author", a.Author);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 1, 4, 5, TimeSpan.Zero), a.Published);
        Assert.Equal(TimeSpan.Zero, a.Published!.Value.Offset);
        Assert.Equal("en-US", a.Language);
        Assert.Equal("https://site.example/canonical", a.Url);
        Assert.Equal("https://site.example/a", a.SourceUrl);
        Assert.Equal(["World", "Politics"], a.Tags);
        Assert.Equal(["https://site.example/img.jpg"], a.Images);
        Assert.Equal(5, a.WordCount);
        Assert.Equal("First paragraph here.", a.Summary);
        Assert.Equal(new RemovedSummary("comments", 2, 150), a.Removed[0]);
        Assert.StartsWith("sha256:", a.ContentHash);
    }

    [Fact]
    public void The_content_hash_changes_with_the_text_and_not_with_the_cleaning_time()
    {
        var a = ArticleNormalizer.Create(Raw(), "r", new ExtractionResult { Text = "One." }, DateTimeOffset.UnixEpoch);
        var b = ArticleNormalizer.Create(Raw(), "r", new ExtractionResult { Text = "One." }, DateTimeOffset.UtcNow);
        var c = ArticleNormalizer.Create(Raw(), "r", new ExtractionResult { Text = "Two." }, DateTimeOffset.UtcNow);
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
    }

    [Fact]
    public void Without_a_feed_title_the_extracted_title_is_used_and_a_long_summary_is_cut_at_a_word()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 200));
        var a = ArticleNormalizer.Create(Raw(title: null), "r", new ExtractionResult { Title = "Page Title", Text = text }, DateTimeOffset.UtcNow);
        Assert.Equal("Page Title", a.Title);
        Assert.EndsWith("…", a.Summary);
        Assert.True(a.Summary.Length <= 301);
        Assert.EndsWith("word…", a.Summary);
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("de-de", "de-DE")]
    [InlineData("zh_hant_tw", "zh-Hant-TW")]
    [InlineData("", null)]
    [InlineData("12", null)]
    public void Language_tags_get_bcp47_casing(string input, string? expected)
        => Assert.Equal(expected, ArticleNormalizer.NormalizeLanguage(input));

    [Fact]
    public void Placeholder_and_future_dates_are_dropped_and_the_page_s_date_is_used_instead()
    {
        var now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var raw = Raw() with { Item = Raw().Item with { Published = DateTimeOffset.MinValue, Updated = now.AddYears(3) } };
        var a = ArticleNormalizer.Create(raw, "r", new ExtractionResult { Text = "x", Published = new DateTimeOffset(2024, 5, 30, 8, 0, 0, TimeSpan.Zero) }, now);
        Assert.Equal(new DateTimeOffset(2024, 5, 30, 8, 0, 0, TimeSpan.Zero), a.Published);
        Assert.Null(a.Updated);
    }
}
