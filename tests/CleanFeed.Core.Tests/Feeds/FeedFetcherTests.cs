using System.Text;
using CleanFeed.Core.Configuration;
using CleanFeed.Core.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace CleanFeed.Core.Tests.Feeds;

public sealed class FeedFetcherTests : IAsyncLifetime
{
    readonly LoopbackServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _server.DisposeAsync();

    static FeedFetcher Create(CleanFeedOptions? options = null)
    {
        options ??= new CleanFeedOptions();
        options.AllowPrivateNetworks = true;
        return new FeedFetcher(new HttpFetcher(options), new FeedParser(), options);
    }

    [Fact]
    public async Task Feed_is_fetched_parsed_and_then_not_modified()
    {
        var body = FeedParserTests.Sample("atom.xml");
        _server.Map("/atom", (req, s, ct) => req.Header("If-None-Match") == "\"a1\""
            ? LoopbackServer.WriteResponseAsync(s, 304, [], [], ct)
            : LoopbackServer.WriteResponseAsync(s, 200, [("Content-Type", "application/atom+xml"), ("ETag", "\"a1\"")], body, ct));
        var fetcher = Create();

        var first = await fetcher.FetchFeedAsync(_server.Url("/atom"));
        Assert.Equal(FeedFetchStatus.Fetched, first.Status);
        Assert.Null(first.Error);
        Assert.Equal("atom 1.0", first.Feed!.Format);
        Assert.Equal(3, first.Feed.Items.Count);
        Assert.Equal("\"a1\"", first.ETag);

        var second = await fetcher.FetchFeedAsync(_server.Url("/atom"), first.ETag, first.LastModified);
        Assert.Equal(FeedFetchStatus.NotModified, second.Status);
        Assert.Null(second.Feed);
        Assert.Equal("\"a1\"", second.ETag);
    }

    [Fact]
    public async Task Html_instead_of_a_feed_fails_clearly_and_keeps_the_old_validators()
    {
        _server.Serve("/feed", "<!DOCTYPE html><html><body>Moved!</body></html>", "text/html", 200, ("ETag", "\"new\""));
        var r = await Create().FetchFeedAsync(_server.Url("/feed"), "\"old\"", null);

        Assert.Equal(FeedFetchStatus.Failed, r.Status);
        Assert.Equal(200, r.HttpStatus);
        Assert.Equal("not a feed: the document is an HTML page", r.Error);
        Assert.Equal("\"old\"", r.ETag);
    }

    [Fact]
    public async Task Http_failure_is_reported()
    {
        var r = await Create().FetchFeedAsync(_server.Url("/gone"));
        Assert.Equal(FeedFetchStatus.Failed, r.Status);
        Assert.Equal("HTTP 404 Not Found", r.Error);
    }

    [Fact]
    public async Task Items_are_capped_at_MaxItemsPerFeed_keeping_the_newest()
    {
        _server.Serve("/rss", FeedParserTests.Sample("rss20.xml"), "application/rss+xml");
        var r = await Create(new CleanFeedOptions { MaxItemsPerFeed = 2 }).FetchFeedAsync(_server.Url("/rss"));

        Assert.Equal(FeedFetchStatus.Fetched, r.Status);
        Assert.Equal(["widget-2024-0001", "https://news.example.com/2024/09/30/gadget-review"], r.Feed!.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Page_in_a_legacy_encoding_is_decoded_from_its_meta_charset()
    {
        var html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><p>Привет, мир</p></body></html>";
        _server.Serve("/page", Encoding.GetEncoding(1251).GetBytes(html), "text/html");
        var page = await Create().FetchPageAsync(_server.Url("/page"));

        Assert.Null(page.Error);
        Assert.Equal(200, page.Status);
        Assert.Equal(html, page.Body);
        Assert.Equal("windows-1251", page.Charset);
        Assert.Equal("text/html", page.ContentType);
        Assert.Equal(_server.Url("/page").AbsoluteUri, page.FinalUrl);
    }

    [Fact]
    public async Task Page_that_is_not_html_has_no_body_and_says_why()
    {
        _server.Serve("/doc.pdf", "%PDF-1.7 ..."u8.ToArray(), "application/pdf");
        var page = await Create().FetchPageAsync(_server.Url("/doc.pdf"));

        Assert.Null(page.Body);
        Assert.Equal("not HTML (application/pdf)", page.Error);
        Assert.Equal(200, page.Status);
    }

    [Fact]
    public async Task Page_over_MaxPageBytes_is_refused()
    {
        _server.Serve("/huge", new string('x', 200_000), "text/html");
        var page = await Create(new CleanFeedOptions { MaxPageBytes = 100_000 }).FetchPageAsync(_server.Url("/huge"));

        Assert.Null(page.Body);
        Assert.StartsWith("response larger than 100000 bytes", page.Error);
    }

    [Fact]
    public async Task Services_resolve_from_dependency_injection()
    {
        _server.Serve("/rss", FeedParserTests.Sample("rss10.rdf"), "application/rdf+xml");
        var services = new ServiceCollection();
        services.Configure<CleanFeedOptions>(o => o.AllowPrivateNetworks = true);
        services.AddCleanFeedFeeds();
        await using var provider = services.BuildServiceProvider();

        var r = await provider.GetRequiredService<FeedFetcher>().FetchFeedAsync(_server.Url("/rss"));

        Assert.Equal(FeedFetchStatus.Fetched, r.Status);
        Assert.Same(provider.GetRequiredService<HttpFetcher>(), provider.GetRequiredService<HttpFetcher>());
    }
}
