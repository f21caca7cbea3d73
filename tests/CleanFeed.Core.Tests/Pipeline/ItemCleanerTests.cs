using CleanFeed.Core.Extraction;
using CleanFeed.Core.Feeds;
using CleanFeed.Core.Pipeline;

namespace CleanFeed.Core.Tests.Pipeline;

/// <summary>Which source an article is cleaned from: the fetched page, or the feed's own content.</summary>
public class ItemCleanerTests
{
    private static readonly ItemCleaner Cleaner = new(new ContentExtractor(), TimeProvider.System);

    private static string Paragraphs(string topic, int n) => string.Concat(Enumerable.Range(1, n).Select(i =>
        $"<p>Paragraph {i} about {topic} explains, in plain words, what happened on the day and why it matters to readers.</p>"));

    private static string Page(string body) =>
        "<html lang=\"en\"><head><title>Page title</title><link rel=\"canonical\" href=\"https://news.example/canonical\"></head><body>" +
        "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>" +
        "<article><h1>Headline</h1>" + body + "</article>" +
        "<footer>© 2024 News Example. All rights reserved. <a href=\"/privacy\">Privacy</a></footer></body></html>";

    private static RawItem Raw(RawPage? page, string? content) => new()
    {
        Feed = new RawFeedInfo { Url = "https://news.example/feed", Key = "news", Title = "News", Language = "en" },
        Item = new RawFeedItem { Id = "1", Key = "1", Link = "https://news.example/a", Title = "Headline", Content = content, ContentType = "html" },
        Page = page,
    };

    [Fact]
    public void A_good_page_wins_over_a_short_feed_summary()
    {
        var raw = Raw(new RawPage { Status = 200, FinalUrl = "https://news.example/a", ContentType = "text/html", Body = Page(Paragraphs("the page", 8)) },
            "<p>Short teaser of the article.</p>");
        var a = Cleaner.Clean(raw, "raw/news/1.json");
        Assert.Contains("Paragraph 8 about the page", a.Text);
        Assert.DoesNotContain("All rights reserved", a.Text);
        Assert.Equal("https://news.example/canonical", a.Url);
    }

    [Fact]
    public void A_page_that_failed_leaves_the_feed_s_own_content()
    {
        var raw = Raw(new RawPage { Status = 404, FinalUrl = "https://news.example/a", Error = "HTTP 404 Not Found" }, Paragraphs("the feed", 5));
        var a = Cleaner.Clean(raw, "raw/news/1.json");
        Assert.Contains("Paragraph 5 about the feed", a.Text);
        Assert.Equal("https://news.example/a", a.Url);
    }

    [Fact]
    public void A_page_with_far_less_text_than_the_feed_carried_loses_to_the_feed()
    {
        // A paywall or a script-rendered page: the feed's full content is the better article.
        var raw = Raw(new RawPage { Status = 200, FinalUrl = "https://news.example/a", ContentType = "text/html", Body = Page("<p>Subscribe to read the full article, which continues for subscribers only.</p>") },
            Paragraphs("the feed", 8));
        var a = Cleaner.Clean(raw, "raw/news/1.json");
        Assert.Contains("Paragraph 8 about the feed", a.Text);
    }

    [Fact]
    public void An_item_without_page_or_content_still_becomes_an_article_with_its_title()
    {
        var a = Cleaner.Clean(Raw(null, null), "raw/news/1.json");
        Assert.Equal("Headline", a.Title);
        Assert.Equal("", a.Text);
        Assert.Equal(0, a.WordCount);
    }
}
