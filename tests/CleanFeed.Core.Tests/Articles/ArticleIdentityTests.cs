using CleanFeed.Core.Articles;

namespace CleanFeed.Core.Tests.Articles;

public class ArticleIdentityTests
{
    [Theory]
    [InlineData("https://Example.com/feed/", "http://example.com/feed")]
    [InlineData("https://example.com:443/feed#top", " https://example.com/feed ")]
    [InlineData("http://example.com/", "https://EXAMPLE.com")]
    public void The_same_feed_written_differently_gives_the_same_ids(string a, string b)
    {
        Assert.Equal(ArticleIdentity.ArticleId(a, "guid-1"), ArticleIdentity.ArticleId(b, "guid-1"));
        Assert.Equal(ArticleIdentity.FeedKey(a), ArticleIdentity.FeedKey(b));
    }

    [Theory]
    [InlineData("https://example.com/feed", "https://example.com/other")]
    [InlineData("https://example.com/feed?cat=1", "https://example.com/feed?cat=2")]
    [InlineData("https://example.com:8443/feed", "https://example.com/feed")]
    public void Different_feeds_give_different_ids(string a, string b)
        => Assert.NotEqual(ArticleIdentity.ArticleId(a, "guid-1"), ArticleIdentity.ArticleId(b, "guid-1"));

    [Fact]
    public void Keys_are_blob_and_table_safe()
    {
        Assert.Matches("^[a-z0-9.-]+$", ArticleIdentity.FeedKey("https://Beispiel.de/rss?x=ä&y=1"));
        Assert.Matches("^[a-f0-9]{24}$", ArticleIdentity.ArticleId("https://a.example/feed", "tag:a.example,2024:/ü/1"));
    }
}
