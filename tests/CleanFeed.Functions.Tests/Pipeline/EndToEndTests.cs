using CleanFeed.Cli.Demo;
using CleanFeed.Cli.Hosting;
using CleanFeed.Cli.Settings;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Pipeline;
using CleanFeed.Core.Storage;
using CleanFeed.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CleanFeed.Functions.Tests.Pipeline;

/// <summary>
/// The whole pipeline through the WebJobs host's real listeners on a real Azurite: the bundled
/// sample feeds (RSS, Atom, JSON Feed; English, French, German in ISO-8859-1; a 404 page; a broken
/// feed) served on loopback, one `run --once` round, and the stored articles checked field by field.
/// </summary>
public class EndToEndTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task One_round_stores_every_sample_article_clean_and_a_second_round_stores_nothing_new()
    {
        await using var server = SampleServer.Start(SampleExpectation.SamplesFolder);
        var folder = Directory.CreateTempSubdirectory("cleanfeed-e2e-").FullName;
        var feeds = Path.Combine(folder, "feeds.opml");
        await File.WriteAllBytesAsync(feeds, server.Read("feeds.opml")!);
        var settings = CliSettings.Build(new Dictionary<string, string?> { ["Feeds"] = feeds, ["AllowPrivateNetworks"] = "true" }, directory: folder);

        await using var host = WebJobsPipelineHost.Create(settings, azurite.ConnectionString, withTimer: false);
        await host.StartAsync(CancellationToken.None);
        var first = await OnceRun.RunAsync(host, TimeSpan.FromMinutes(3), CancellationToken.None);

        Assert.False(first.TimedOut);
        Assert.Equal(4, first.Fetch.Feeds.Count);
        Assert.Equal(3, first.Fetch.Fetched);
        var broken = Assert.Single(first.Fetch.Feeds, f => f.Status == FeedFetchStatus.Failed);
        Assert.EndsWith("/feeds/broken.rss", broken.FeedUrl);
        Assert.False(string.IsNullOrWhiteSpace(broken.Error));
        Assert.Equal(5, first.ItemsNew);
        Assert.Equal(5, first.ArticlesStored);
        Assert.Equal(0, first.Poison);

        var store = host.Services.GetRequiredService<ArticleStore>();
        var clients = host.Services.GetRequiredService<StorageClients>();
        var articles = new List<Article>();
        foreach (var e in await store.ListAsync(new ArticleQuery()))
            articles.Add((await store.ReadAsync(e.BlobPath))!);
        Assert.Equal(5, articles.Count);

        foreach (var expected in SampleExpectation.Load())
        {
            var url = expected.Url?.Replace("{{base}}", server.BaseUrl);
            var a = Assert.Single(articles, x => x.Title == expected.Title && (url is null ? x.Url is null : x.Url == url));
            Assert.Equal(expected.Author, a.Author);
            Assert.Equal(expected.Language, a.Language);
            foreach (var s in expected.MustContain) Assert.Contains(s, a.Text);
            foreach (var s in expected.MustNotContain) Assert.DoesNotContain(s, a.Text);
            Assert.DoesNotContain(expected.Title, a.Text.Split("\n\n")[0]);

            Assert.Matches("^[a-z0-9]{24}$", a.Id);
            Assert.StartsWith(server.BaseUrl + "/feeds/", a.Feed.Url);
            Assert.False(string.IsNullOrWhiteSpace(a.Feed.Title));
            Assert.NotNull(a.Published);
            Assert.Equal(TimeSpan.Zero, a.Published!.Value.Offset);
            Assert.True(a.WordCount > 100, $"{expected.Key}: {a.WordCount} words");
            Assert.Equal("sha256:" + ArticleIdentity.Hash(a.Title + "\n" + a.Text), a.ContentHash);
            Assert.False(string.IsNullOrWhiteSpace(a.Summary));
            Assert.DoesNotContain("\n\n\n", a.Text);
            Assert.DoesNotContain("<script", a.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onclick", a.Html, StringComparison.OrdinalIgnoreCase);
            Assert.All(a.Images, i => Assert.True(Uri.IsWellFormedUriString(i, UriKind.Absolute), i));
            Assert.Equal(PipelineInfo.Version, a.PipelineVersion);
            Assert.StartsWith("raw/", a.RawBlob);
            Assert.True(await clients.Container("raw").GetBlobClient(a.RawBlob["raw/".Length..]).ExistsAsync(), a.RawBlob);
        }

        // The page of the Blinken item had boilerplate around the article, and cleaning says what it dropped.
        var blinken = articles.Single(a => a.Url?.EndsWith("blinken-beijing.html") == true);
        Assert.NotEmpty(blinken.Removed);
        Assert.Contains(blinken.Images, i => i == server.BaseUrl + "/images/blinken.jpg");

        // Idempotent: the same feeds again bring nothing new and no second article.
        var second = await OnceRun.RunAsync(host, TimeSpan.FromMinutes(3), CancellationToken.None);
        Assert.Equal(0, second.ItemsNew);
        Assert.Equal(0, second.ArticlesStored);
        Assert.Equal(5, await store.CountAsync());
    }
}
