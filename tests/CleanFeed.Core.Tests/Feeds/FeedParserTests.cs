using System.Text;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Configuration;
using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Tests.Feeds;

public sealed class FeedParserTests
{
    readonly FeedParser _parser = new();

    internal static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Feeds", name));

    static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, null, System.Globalization.DateTimeStyles.AssumeUniversal);

    [Fact]
    public void Rss20_items_are_mapped_field_by_field()
    {
        var feed = _parser.Parse(Sample("rss20.xml"), "utf-8", new Uri("https://news.example.com/feed.xml"));

        Assert.Equal("rss 2.0", feed.Format);
        Assert.Equal("The Daily Widget & Gadget", feed.Title);
        Assert.Equal("https://news.example.com/", feed.Link);
        Assert.Equal("en-us", feed.Language);
        Assert.Equal(3, feed.Items.Count);

        var first = feed.Items[0];
        Assert.Equal("widget-2024-0001", first.Id);
        Assert.Equal(ArticleIdentity.ItemKey("widget-2024-0001"), first.Key);
        Assert.Equal("https://news.example.com/2024/10/01/widgets-new-era", first.Link);
        Assert.Equal("Widgets & gadgets: a bold new era \u2014 part 1", first.Title);
        Assert.Equal("Jane Doe", first.Author);
        Assert.Equal(Utc("2024-10-01T12:30:00Z"), first.Published);
        Assert.Equal(TimeSpan.Zero, first.Published!.Value.Offset);
        Assert.Equal(["Technology", "Widgets"], first.Categories);
        Assert.Equal("<p>Short summary of the <em>widget</em> story.</p>", first.Summary);
        Assert.StartsWith("<p>The full widget story", first.Content);
        Assert.Equal("html", first.ContentType);
        Assert.Equal("https://cdn.example.com/img/widget.jpg", first.ImageUrl);

        var second = feed.Items[1];
        Assert.Equal("https://news.example.com/2024/09/30/gadget-review", second.Id);
        Assert.Equal("Sam Smith", second.Author);
        Assert.Equal(Utc("2024-09-30T15:05:00Z"), second.Published);
        Assert.Null(second.Content);
        Assert.Null(second.ContentType);
        Assert.Equal("Plain <i>escaped</i> description.", second.Summary);
        Assert.Equal("https://cdn.example.com/img/gadget.png", second.ImageUrl);

        var third = feed.Items[2];
        Assert.Equal("https://news.example.com/podcast/42", third.Id); // no guid: the link
        Assert.Null(third.Published); // "not a date at all"
        Assert.Equal("https://news.example.com/img/podcast-42.jpg", third.ImageUrl); // not the mp3 enclosure
    }

    [Fact]
    public void Atom_entries_are_mapped_with_content_types()
    {
        var feed = _parser.Parse(Sample("atom.xml"), null, new Uri("https://journal.example.fr/atom.xml"));

        Assert.Equal("atom 1.0", feed.Format);
        Assert.Equal("Le Journal des Tests", feed.Title);
        Assert.Equal("https://journal.example.fr/", feed.Link);
        Assert.Equal("fr", feed.Language);
        Assert.Equal(3, feed.Items.Count);

        var e = feed.Items[0];
        Assert.Equal("tag:journal.example.fr,2024:ete-indien", e.Id);
        Assert.Equal("L\u2019\u00e9t\u00e9 indien", e.Title);
        Assert.Equal("https://journal.example.fr/articles/ete-indien.html", e.Link);
        Assert.Equal("Marie Curie", e.Author);
        Assert.Equal(Utc("2024-10-01T08:15:30Z"), e.Published);
        Assert.Equal(Utc("2024-10-02T06:00:00.123Z"), e.Updated);
        Assert.Equal("Un résumé court.", e.Summary);
        Assert.Equal("<p>Le <strong>soleil</strong> brille.</p><p>Encore.</p>", e.Content);
        Assert.Equal("html", e.ContentType);
        Assert.Equal("https://journal.example.fr/img/ete.jpg", e.ImageUrl);
        Assert.Equal("météo", Assert.Single(e.Categories), ignoreCase: true);

        var html = feed.Items[1];
        Assert.Equal("La Rédaction", html.Author); // the feed's author
        Assert.Equal(Utc("2024-09-30T06:00:00Z"), html.Published); // only <updated>
        Assert.Equal("<p>Texte <b>HTML</b> échappé.</p>", html.Content);
        Assert.Equal("html", html.ContentType);

        var text = feed.Items[2];
        Assert.Equal("Juste du texte, <pas> de HTML.", text.Content);
        Assert.Equal("text", text.ContentType);
    }

    [Fact]
    public void Rss10_rdf_is_parsed()
    {
        var feed = _parser.Parse(Sample("rss10.rdf"), null, new Uri("https://rdf.example.org/index.rdf"));

        Assert.Equal("rss 1.0", feed.Format);
        Assert.Equal("RDF Site Summary", feed.Title);
        Assert.Equal("de", feed.Language);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://rdf.example.org/posts/1", item.Id);
        Assert.Equal("https://rdf.example.org/posts/1", item.Link);
        Assert.Equal("Erster Beitrag", item.Title);
        Assert.Equal("Max Mustermann", item.Author);
        Assert.Equal(Utc("2024-10-01T10:00:00Z"), item.Published);
        Assert.Equal("Eine Zusammenfassung.", item.Summary);
        Assert.Equal("<p>Der ganze Text.</p>", item.Content);
        Assert.Equal(["Allgemein"], item.Categories);
    }

    [Fact]
    public void Rss091_with_doctype_and_html_entities_is_parsed()
    {
        var feed = _parser.Parse(Sample("rss091.xml"), null, new Uri("http://oldschool.example.com/rss.xml"));

        Assert.Equal("rss 0.91", feed.Format);
        Assert.Equal("Old School News", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Caf\u00e9 opens downtown", item.Title);
        Assert.Equal("http://oldschool.example.com/cafe.html", item.Id);
        Assert.Equal("The caf\u00e9 is open.", item.Summary);
    }

    [Fact]
    public void Rss092_items_without_title_or_link_still_get_a_stable_id()
    {
        var feed = _parser.Parse(Sample("rss092.xml"), null, new Uri("http://radio.example.com/rss"));

        Assert.Equal("rss 0.92", feed.Format);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal(["Radio"], feed.Items[0].Categories);
        Assert.Equal("http://radio.example.com/shows/7.jpg", feed.Items[0].ImageUrl);
        var bare = feed.Items[1];
        Assert.StartsWith("content:", bare.Id);
        Assert.Null(bare.Link);
        Assert.Equal(bare.Id, _parser.Parse(Sample("rss092.xml"), null, new Uri("http://radio.example.com/rss")).Items[1].Id);
    }

    [Fact]
    public void Json_feed_11_is_parsed()
    {
        var feed = _parser.Parse(Sample("jsonfeed11.json"), "utf-8", new Uri("https://json.example.net/feed.json"));

        Assert.Equal("json 1.1", feed.Format);
        Assert.Equal("JSON Journal", feed.Title);
        Assert.Equal("https://json.example.net/", feed.Link);
        Assert.Equal("en-GB", feed.Language);
        Assert.Equal(2, feed.Items.Count);

        var first = feed.Items[0];
        Assert.Equal("https://json.example.net/p/1", first.Id);
        Assert.Equal("https://json.example.net/p/1", first.Link);
        Assert.Equal("Tom & Jerry return", first.Title);
        Assert.Equal("Hanna Barbera", first.Author);
        Assert.Equal(Utc("2024-10-01T14:00:00Z"), first.Published);
        Assert.Equal(Utc("2024-10-01T15:00:00Z"), first.Updated);
        Assert.Equal("<p>They are <b>back</b>.</p>", first.Content);
        Assert.Equal("html", first.ContentType);
        Assert.Equal("They are back.", first.Summary);
        Assert.Equal("https://json.example.net/images/tj.jpg", first.ImageUrl);
        Assert.Equal(["cartoons", "classics"], first.Categories);

        var second = feed.Items[1];
        Assert.Equal("2", second.Id);
        Assert.Null(second.Link);
        Assert.Equal("Just text, no HTML.", second.Content);
        Assert.Equal("text", second.ContentType);
        Assert.Equal("Feed Author", second.Author);
    }

    [Fact]
    public void Json_feed_10_is_parsed()
    {
        var feed = _parser.Parse(Sample("jsonfeed10.json"), null, new Uri("https://old.example.net/feed.json"));

        Assert.Equal("json 1.0", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("17", item.Id);
        Assert.Equal("Item Author", item.Author);
        Assert.Equal("https://old.example.net/banner.png", item.ImageUrl);
        Assert.Equal(Utc("2019-05-01T12:00:00Z"), item.Published);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("utf-8")] // a wrong header must not win over bytes that are not UTF-8
    public void Iso_8859_1_feed_declared_in_the_prolog_is_decoded(string? headerCharset)
    {
        var feed = _parser.Parse(Sample("latin1.xml"), headerCharset, new Uri("https://cafe.example.fr/rss"));

        Assert.Equal("Le Caf\u00e9 du Commerce", feed.Title);
        Assert.Equal("Cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise", feed.Items[0].Title);
        Assert.Equal("windows-1252", feed.Charset);
    }

    [Fact]
    public void Windows_1252_feed_without_declaration_is_decoded()
    {
        var feed = _parser.Parse(Sample("cp1252-undeclared.xml"), null, new Uri("https://legacy.example.com/rss"));

        Assert.Equal("Smart \u201cquotes\u201d \u2013 and na\u00efve dashes", feed.Title);
        Assert.Equal("It\u2019s \u20ac5 \u2014 cheap", feed.Items[0].Title);
    }

    [Fact]
    public void Malformed_xml_throws_with_the_parser_position()
    {
        var e = Assert.Throws<FeedParseException>(() => _parser.Parse(Sample("malformed.xml"), null, new Uri("https://broken.example.com/rss")));
        Assert.StartsWith("malformed XML feed:", e.Message);
        Assert.Contains("line", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Malformed_json_throws_with_line_and_position()
    {
        var json = "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"items\": [ { \"id\": 1 } }\n}";
        var e = Assert.Throws<FeedParseException>(() => _parser.Parse(Encoding.UTF8.GetBytes(json), null, new Uri("https://x.example/feed.json")));
        Assert.StartsWith("malformed JSON feed at line 3", e.Message);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>Hi</title></head><body>no feed here</body></html>", "not a feed: the document is an HTML page")]
    [InlineData("<html><body>nope</body></html>", "not a feed: the document is an HTML page")]
    [InlineData("<?xml version=\"1.0\"?><sitemap><url/></sitemap>", "not a feed: the root element is not RSS, RDF or Atom")]
    [InlineData("{\"title\": \"no items\"}", "not a JSON Feed: it has no \"items\" array")]
    [InlineData("Service temporarily unavailable", "not a feed: the document is neither XML nor JSON")]
    [InlineData("   ", "empty document")]
    public void Documents_that_are_not_feeds_are_refused_clearly(string body, string expectedStart)
    {
        var e = Assert.Throws<FeedParseException>(() => _parser.Parse(Encoding.UTF8.GetBytes(body), null, new Uri("https://x.example/feed")));
        Assert.StartsWith(expectedStart, e.Message);
    }

    [Fact]
    public void Entity_expansion_bomb_is_defused()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
            ]>
            <rss version="2.0"><channel><title>Bomb &f;</title><link>https://bomb.example/</link>
            <item><title>t</title><link>https://bomb.example/1</link><description>&f;</description></item></channel></rss>
            """;

        var feed = _parser.Parse(Encoding.UTF8.GetBytes(bomb), null, new Uri("https://bomb.example/rss"));

        Assert.Equal("Bomb &f;", feed.Title); // the entity is left as text, not expanded to 200 MB
        Assert.Equal("&f;", feed.Items[0].Summary);
    }

    [Theory]
    [InlineData("<!-- home --><html><head><title>x</title></head><body><p>Unclosed<br></body></html>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")]
    [InlineData("<HTML><BODY>Moved<P>here</BODY></HTML>")]
    public void Html_page_is_not_mistaken_for_malformed_xml(string html)
    {
        var e = Assert.Throws<FeedParseException>(() => _parser.Parse(Encoding.UTF8.GetBytes(html), null, new Uri("https://x.example/feed")));
        Assert.Equal("not a feed: the document is an HTML page", e.Message);
    }

    [Fact]
    public void Html_page_that_advertises_its_feed_says_where_it_is()
    {
        var html = "<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/feed.xml\"></head><body>Blog</body></html>";
        var e = Assert.Throws<FeedParseException>(() => _parser.Parse(Encoding.UTF8.GetBytes(html), null, new Uri("https://blog.example/")));
        Assert.Equal("not a feed: the document is an HTML page (it links to the feed https://blog.example/feed.xml)", e.Message);
    }

    [Fact]
    public void Rss_item_without_link_uses_its_permalink_guid()
    {
        var rss = """
            <rss version="2.0"><channel><title>t</title><link>https://p.example/</link>
              <item><title>a</title><guid>https://p.example/posts/a</guid></item>
              <item><title>b</title><guid isPermaLink="false">https://p.example/posts/b</guid></item>
              <item><title>c</title><link>
                  https://p.example/posts/c
              </link></item>
            </channel></rss>
            """;
        var items = _parser.Parse(Encoding.UTF8.GetBytes(rss), null, new Uri("https://p.example/rss")).Items;

        Assert.Equal("https://p.example/posts/a", items[0].Link);
        Assert.Null(items[1].Link);
        Assert.Equal("https://p.example/posts/b", items[1].Id);
        Assert.Equal("https://p.example/posts/c", items[2].Link);
        Assert.Equal("https://p.example/posts/c", items[2].Id);
    }

    [Fact]
    public void Same_item_gets_the_same_key_on_every_parse_and_duplicates_are_dropped()
    {
        var rss = """
            <rss version="2.0"><channel><title>t</title>
              <item><title>a</title><guid>id-1</guid></item>
              <item><title>a again</title><guid>id-1</guid></item>
            </channel></rss>
            """;
        var first = _parser.Parse(Encoding.UTF8.GetBytes(rss), null, new Uri("https://p.example/rss"));
        var second = _parser.Parse(Encoding.UTF8.GetBytes(rss), null, new Uri("https://p.example/rss"));

        var item = Assert.Single(first.Items);
        Assert.Equal("a", item.Title);
        Assert.Equal(item.Key, second.Items[0].Key);
    }

    [Fact]
    public void Junk_before_the_xml_prolog_is_skipped()
    {
        var body = "\nWarning: something in /var/www/feed.php on line 3\n" + Encoding.UTF8.GetString(Sample("rss092.xml"));
        var feed = _parser.Parse(Encoding.UTF8.GetBytes(body), null, new Uri("http://radio.example.com/rss"));
        Assert.Equal("Dave's Radio", feed.Title);
    }

    [Fact]
    public async Task Feed_fetched_over_http_with_gzip_and_a_latin1_charset_parses()
    {
        await using var server = new LoopbackServer();
        using var packed = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, true))
            gz.Write(Sample("latin1.xml"));
        server.Serve("/rss", packed.ToArray(), "text/xml; charset=ISO-8859-1", 200, ("Content-Encoding", "gzip"));
        using var fetcher = new HttpFetcher(new CleanFeedOptions { AllowPrivateNetworks = true });

        var response = await fetcher.GetAsync(server.Url("/rss"), new FetchRequest { Accept = FetchRequest.FeedAccept });
        var feed = _parser.Parse(response.Bytes, response.Charset, response.FinalUrl);

        Assert.Null(response.Error);
        Assert.Equal("Cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise", feed.Items[0].Title);
    }
}
