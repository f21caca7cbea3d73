using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Tests.Feeds;

public sealed class FeedListReaderTests
{
    readonly FeedListReader _reader = new();

    static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Feeds", name);

    [Fact]
    public async Task Opml_with_nested_outlines_gives_each_feed_once()
    {
        var feeds = await _reader.ReadAsync(SamplePath("feeds.opml"));

        Assert.Equal(
            ["https://news.example.com/feed.xml", "https://journal.example.fr/atom.xml", "https://json.example.net/feed.json"],
            feeds.Select(f => f.Url));
        Assert.Equal("The Daily Widget", feeds[0].Name); // title wins over text
        Assert.Equal("Le Journal", feeds[1].Name);       // text when there is no title
        Assert.All(feeds, f => Assert.Null(f.Rules));
    }

    [Fact]
    public async Task Feeds_json_gives_urls_names_options_and_rules()
    {
        var feeds = await _reader.ReadAsync(SamplePath("feeds.json"));

        Assert.Equal(2, feeds.Count);
        var widget = feeds[0];
        Assert.Equal("https://news.example.com/feed.xml", widget.Url);
        Assert.Equal("Daily Widget", widget.Name);
        Assert.False(widget.FullText);
        Assert.Equal(30, widget.IntervalMinutes);
        Assert.Null(widget.Rules);

        var journal = feeds[1];
        Assert.Null(journal.Name);
        Assert.Null(journal.FullText);
        Assert.Null(journal.IntervalMinutes);
        Assert.Equal(["article .body"], journal.Rules!.Keep);
        Assert.Equal([".share", "aside.related"], journal.Rules.Remove);
    }

    [Fact]
    public async Task Feeds_list_can_be_read_from_a_url()
    {
        await using var server = new LoopbackServer();
        server.Serve("/feeds.opml", File.ReadAllBytes(SamplePath("feeds.opml")), "text/x-opml");
        using var fetcher = new HttpFetcher(new CleanFeed.Core.Configuration.CleanFeedOptions { AllowPrivateNetworks = true });

        var feeds = await new FeedListReader(fetcher).ReadAsync(server.Url("/feeds.opml").AbsoluteUri);
        Assert.Equal(3, feeds.Count);

        var e = await Assert.ThrowsAsync<FeedListException>(() => new FeedListReader(fetcher).ReadAsync(server.Url("/nope.opml").AbsoluteUri));
        Assert.Equal($"{server.Url("/nope.opml")}: cannot fetch the feeds list: HTTP 404 Not Found", e.Message);
    }

    [Fact]
    public async Task Latin1_opml_file_declared_in_its_prolog_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cleanfeed-{Guid.NewGuid():N}.opml");
        var opml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><opml version=\"1.0\"><body><outline text=\"Caf\u00e9 cr\u00e8me\" xmlUrl=\"https://cafe.example.fr/rss\"/></body></opml>";
        await File.WriteAllBytesAsync(path, System.Text.Encoding.Latin1.GetBytes(opml));
        try
        {
            var feed = Assert.Single(await _reader.ReadAsync(path));
            Assert.Equal("Caf\u00e9 cr\u00e8me", feed.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Json_array_of_urls_is_accepted()
    {
        var feeds = _reader.Parse("""["https://a.example/feed", { "url": "https://b.example/rss" }]""");
        Assert.Equal(["https://a.example/feed", "https://b.example/rss"], feeds.Select(f => f.Url));
    }

    [Fact]
    public void Empty_lists_are_valid()
    {
        Assert.Empty(_reader.Parse("""{ "feeds": [] }"""));
        Assert.Empty(_reader.Parse("<opml version=\"2.0\"><head/><body/></opml>"));
    }

    [Fact]
    public async Task Missing_file_names_the_file()
    {
        var e = await Assert.ThrowsAsync<FeedListException>(() => _reader.ReadAsync("/nonexistent/feeds.opml"));
        Assert.Equal("/nonexistent/feeds.opml: feeds list not found", e.Message);
    }

    [Fact]
    public async Task Invalid_opml_names_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cleanfeed-{Guid.NewGuid():N}.opml");
        await File.WriteAllTextAsync(path, "<opml version=\"2.0\">\n<body>\n<outline xmlUrl=\"https://a.example/feed\">\n</body>\n</opml>");
        try
        {
            var e = await Assert.ThrowsAsync<FeedListException>(() => _reader.ReadAsync(path));
            Assert.StartsWith($"{path}, line 4: invalid OPML:", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Non_http_url_in_opml_is_refused_with_its_line()
    {
        var opml = "<opml version=\"2.0\"><body>\n<outline text=\"ok\" xmlUrl=\"https://a.example/feed\"/>\n<outline text=\"bad\" xmlUrl=\"ftp://files.example/feed.xml\"/>\n</body></opml>";
        var e = Assert.Throws<FeedListException>(() => _reader.Parse(opml, "my.opml"));
        Assert.Equal("my.opml, line 3: \"ftp://files.example/feed.xml\" is not an http or https URL (scheme 'ftp')", e.Message);
    }

    [Theory]
    [InlineData("""{ "feeds": [ { "url": "file:///etc/passwd" } ] }""", "feeds.json: feeds[0]: \"file:///etc/passwd\" is not an http or https URL (scheme 'file')")]
    [InlineData("""{ "feeds": [ { "url": "not a url" } ] }""", "feeds.json: feeds[0]: \"not a url\" is not an absolute URL")]
    [InlineData("""{ "feeds": [ { "name": "no url" } ] }""", "feeds.json: feeds[0]: \"url\" is missing")]
    [InlineData("""{ "feeds": [ { "url": 42 } ] }""", "feeds.json: feeds[0]: \"url\" must be a non-empty string")]
    [InlineData("""{ "feeds": [ { "url": "https://a.example/", "fullText": "yes" } ] }""", "feeds.json: feeds[0]: \"fullText\" must be true or false, not the string \"yes\"")]
    [InlineData("""{ "feeds": [ { "url": "https://a.example/", "intervalMinutes": 0 } ] }""", "feeds.json: feeds[0]: \"intervalMinutes\" must be a positive whole number of minutes, not 0")]
    [InlineData("""{ "feeds": [ { "url": "https://a.example/", "rules": { "keep": "article", "drop": [".x"] } } ] }""", "feeds.json: feeds[0]: unknown rule \"drop\" (rules have \"keep\" and \"remove\")")]
    [InlineData("""{ "feeds": [ { "url": "https://a.example/", "rules": { "remove": ["div[["] } } ] }""", "feeds.json: feeds[0]: rules.remove: \"div[[\" is not a valid CSS selector")]
    [InlineData("""{ "feed": [] }""", "feeds.json: invalid feeds.json: there is no \"feeds\" array")]
    [InlineData("""{ "feeds": { "url": "https://a.example/" } }""", "feeds.json: invalid feeds.json: \"feeds\" must be an array, not an object")]
    [InlineData("""{ "feeds": [ 1 ] }""", "feeds.json: feeds[0]: expected an object with a \"url\", found the number 1")]
    public void Invalid_feeds_json_says_what_is_wrong(string json, string expectedStart)
    {
        var e = Assert.Throws<FeedListException>(() => _reader.Parse(json, "feeds.json"));
        Assert.StartsWith(expectedStart, e.Message);
    }

    [Fact]
    public void Syntax_error_in_json_gives_the_line()
    {
        var e = Assert.Throws<FeedListException>(() => _reader.Parse("{\n  \"feeds\": [\n    { \"url\": \"https://a.example/\" \n    { }\n  ]\n}", "feeds.json"));
        Assert.StartsWith("feeds.json, line 4: invalid JSON:", e.Message);
    }

    [Theory]
    [InlineData("", "feeds list: the feeds list is empty")]
    [InlineData("https://a.example/feed", "feeds list: not a feeds list: expected an OPML document")]
    [InlineData("<rss version=\"2.0\"><channel/></rss>", "feeds list, line 1: not an OPML document: the root element is <rss>, expected <opml>")]
    [InlineData("<opml version=\"2.0\"><head/></opml>", "feeds list: invalid OPML: there is no <body> element")]
    public void Other_documents_are_refused(string content, string expectedStart)
    {
        var e = Assert.Throws<FeedListException>(() => _reader.Parse(content));
        Assert.StartsWith(expectedStart, e.Message);
    }
}
