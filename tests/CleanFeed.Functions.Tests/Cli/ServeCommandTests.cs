using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CleanFeed.Cli.Azurite;
using CleanFeed.Cli.Commands;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Storage;
using CleanFeed.Functions.Tests.Infrastructure;

namespace CleanFeed.Functions.Tests.Cli;

/// <summary>`cleanfeed serve`: Atom and JSON Feed of the stored articles, per feed, paged, with ETags.</summary>
public class ServeCommandTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static Article Make(int i, string feed) => new()
    {
        Id = $"serve{i:D19}",
        Url = $"https://news.example/{i}",
        Feed = new ArticleFeed(feed, "Feed " + feed[^1]),
        Title = $"Article {i}",
        Published = new DateTimeOffset(2024, 1, i, 0, 0, 0, TimeSpan.Zero),
        Text = $"Text {i}.",
        Html = $"<p>Text {i}.</p>",
        ContentHash = "sha256:" + ArticleIdentity.Hash($"Text {i}."),
        CleanedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task Serves_atom_and_json_feed_with_paging_per_feed_filtering_and_conditional_get()
    {
        var clients = azurite.Clients();
        await clients.EnsureCreatedAsync();
        var store = new ArticleStore(clients);
        for (var i = 1; i <= 3; i++) await store.UpsertAsync(Make(i, "https://a.example/feed"));
        await store.UpsertAsync(Make(4, "https://b.example/feed"));

        var port = AzuriteServer.FreePort();
        using var stop = new CancellationTokenSource();
        var serving = ServeCommand.ServeAsync(clients, port, TextWriter.Null, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        try
        {
            var all = await GetWhenUpAsync(http, "articles.atom");
            Assert.Equal(HttpStatusCode.OK, all.StatusCode);
            Assert.Equal("application/atom+xml", all.Content.Headers.ContentType!.MediaType);
            var atom = XDocument.Parse(await all.Content.ReadAsStringAsync());
            Assert.Equal(["Article 4", "Article 3", "Article 2", "Article 1"], atom.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));

            // If-None-Match with the ETag: 304 and no body.
            var etag = all.Headers.ETag!;
            using var conditional = new HttpRequestMessage(HttpMethod.Get, "articles.atom");
            conditional.Headers.IfNoneMatch.Add(etag);
            var notModified = await http.SendAsync(conditional);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

            // Paging follows rel=next.
            var page1 = XDocument.Parse(await http.GetStringAsync("articles.atom?pageSize=3"));
            var next = page1.Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "next").Attribute("href")!.Value;
            var page2 = XDocument.Parse(await http.GetStringAsync(next));
            Assert.Equal("Article 1", Assert.Single(page2.Root!.Elements(Atom + "entry")).Element(Atom + "title")!.Value);

            // One source feed only, as JSON Feed 1.1.
            using var json = JsonDocument.Parse(await http.GetStringAsync("articles.json?feed=" + Uri.EscapeDataString("https://b.example/feed")));
            Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
            Assert.Equal("Article 4", Assert.Single(json.RootElement.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());

            // A new article changes the ETag.
            await store.UpsertAsync(Make(5, "https://a.example/feed"));
            using var again = new HttpRequestMessage(HttpMethod.Get, "articles.atom");
            again.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(again)).StatusCode);

            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("articles.rss")).StatusCode);
        }
        finally
        {
            stop.Cancel();
            Assert.Equal(0, await serving);
        }
    }

    private static async Task<HttpResponseMessage> GetWhenUpAsync(HttpClient http, string path)
    {
        for (var i = 0; ; i++)
        {
            try { return await http.GetAsync(path); }
            catch (HttpRequestException) when (i < 50) { await Task.Delay(100); }
        }
    }
}
