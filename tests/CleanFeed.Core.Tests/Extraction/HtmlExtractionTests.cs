using CleanFeed.Core.Extraction;
using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Tests.Extraction;

public class HtmlExtractionTests
{
    private static readonly ContentExtractor Extractor = new();

    private const string ArticleParagraphs = """
        <p>The city council voted on Tuesday to expand the network of protected bike lanes, a decision that advocates said had been years in the making, and that opponents warned would snarl traffic downtown.</p>
        <h2>What changes for commuters</h2>
        <p>Under the plan, twelve new corridors will be built over three years, with the first ones opening next spring. The council also approved funding for wider sidewalks near schools, new crossings, and better lighting.</p>
        <ul><li>Twelve new protected corridors by 2027</li><li>Wider sidewalks near eleven schools</li></ul>
        <blockquote><p>"This is the biggest investment in safe streets this city has ever made," the mayor said after the vote.</p></blockquote>
        <figure><img src="/img/lanes.jpg" alt="A bike lane"><figcaption>A protected lane on Main Street, opened last year.</figcaption></figure>
        <p>Business owners on Market Street, where parking will be reduced, asked for a delivery zone on every block; the council agreed to study the request and report back within six months.</p>
        <table><tr><th>Year</th><th>Corridors</th></tr><tr><td>2025</td><td>4</td></tr></table>
        <pre><code>total = sum(corridors)</code></pre>
        """;

    private static string Page(string lang = "en") => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}"><head><meta charset="utf-8">
        <title>Council expands bike lanes | The Daily Example</title>
        <meta property="og:title" content="Council expands bike lanes">
        <meta property="og:image" content="https://example.com/img/lead.jpg">
        <meta name="description" content="The council voted for twelve new corridors.">
        <link rel="canonical" href="https://example.com/news/bike-lanes">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council expands bike lanes","author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2024-05-14T09:30:00+02:00","dateModified":"2024-05-15T10:00:00Z","keywords":["cycling","city council"]}</script>
        <script>var tracking = "Tracking script text";</script>
        <style>.x{color:red}</style>
        </head><body>
        <div id="cookie-banner">We use cookies to improve your experience. <a href="#">Accept all cookies</a></div>
        <header class="site-header"><a href="/">The Daily Example</a><p class="tagline">News you can use, every day</p>
          <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/sports">Sports</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
        <main><article>
          <h1>Council expands bike lanes</h1>
          <p class="byline">By Jane Doe</p>
          <time datetime="2024-05-14T09:30:00+02:00">May 14, 2024</time>
          <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
          <div class="article-body">
          {{ArticleParagraphs}}
          <div class="ad-slot"><span>Advertisement</span></div>
          </div>
          <div class="tags">Tags: <a href="/t/cycling">Cycling</a>, <a href="/t/council">Council</a></div>
          <div class="newsletter-box"><h3>Sign up for our newsletter</h3><p>Get the day's news in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>
          <section class="related-posts"><h3>Related posts</h3><ul><li><a href="/a">Bus lanes are coming to the east side</a></li><li><a href="/b">Parking fees to rise next year</a></li><li><a href="/c">New bridge opens</a></li></ul></section>
          <nav class="post-navigation"><a href="/prev">Previous post</a> <a href="/next">Next post</a></nav>
        </article>
        <section id="comments" class="comments-area"><h2>3 Comments</h2>
          <div class="comment"><p>Great news, finally! I have been waiting for this for years, and my kids will be able to ride to school safely now.</p></div>
          <div class="comment"><p>Terrible idea. Traffic is already bad enough on Main Street and this will make it worse for everybody who drives.</p></div>
          <div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><form><textarea></textarea></form></div>
        </section></main>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Mayor announces budget</a></li><li><a href="/y">Storm warning</a></li></ul></aside>
        <footer><p>© 2024 The Daily Example. All rights reserved.</p><a href="/impressum">Impressum</a></footer>
        </body></html>
        """;

    private static ExtractionResult ExtractPage(string html, SiteRules? rules = null) =>
        Extractor.Extract(new ExtractionInput { Html = html, BaseUrl = new Uri("https://example.com/news/bike-lanes"), Rules = rules });

    [Fact]
    public void Keeps_the_article_with_headings_lists_quotes_tables_figures_and_code()
    {
        var r = ExtractPage(Page());
        // the figure keeps its caption in the HTML; the plain text has no picture for a caption to describe
        Assert.Contains("<figure><img src=\"https://example.com/img/lanes.jpg\"", r.Html);
        Assert.Contains("<figcaption>A protected lane on Main Street, opened last year.</figcaption>", r.Html);
        Assert.StartsWith("The city council voted on Tuesday", r.Text);
        Assert.Contains("What changes for commuters", r.Text);
        Assert.Contains("Twelve new protected corridors by 2027", r.Text);
        Assert.Contains("the biggest investment in safe streets", r.Text);
        Assert.DoesNotContain("A protected lane on Main Street", r.Text);
        Assert.Contains("Business owners on Market Street", r.Text);
        Assert.Contains("2025\t4", r.Text);
        Assert.Contains("total = sum(corridors)", r.Text);
    }

    [Theory]
    [InlineData("We use cookies")]
    [InlineData("News you can use")]
    [InlineData("Politics")]
    [InlineData("By Jane Doe")]
    [InlineData("WhatsApp")]
    [InlineData("Advertisement")]
    [InlineData("Tags:")]
    [InlineData("newsletter")]
    [InlineData("Related posts")]
    [InlineData("Bus lanes are coming")]
    [InlineData("Previous post")]
    [InlineData("Great news, finally")]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published")]
    [InlineData("Most read")]
    [InlineData("All rights reserved")]
    [InlineData("Tracking script text")]
    [InlineData("May 14, 2024")]
    public void Removes_boilerplate(string boilerplate)
    {
        var r = ExtractPage(Page());
        Assert.DoesNotContain(boilerplate, r.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Pages_extracted_one_after_another_and_in_parallel_do_not_leak_into_each_other()
    {
        // The per-thread stats pool is reused from page to page; a page must come out the same whatever came before it.
        var big = Page();
        var small = "<html><body><article><p>" + string.Join(" ", Enumerable.Repeat("Short page text about the harbour festival, with music and boats.", 6)) + "</p></article></body></html>";
        var first = ExtractPage(big);
        var between = ExtractPage(small);
        var again = ExtractPage(big);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(first.Html, again.Html);
        Assert.DoesNotContain("bike", between.Text);

        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = ExtractPage(i % 2 == 0 ? big : small).Text);
        for (int i = 0; i < results.Length; i++) Assert.Equal(i % 2 == 0 ? first.Text : between.Text, results[i]);
    }

    [Fact]
    public void Title_is_metadata_not_text()
    {
        var r = ExtractPage(Page());
        Assert.Equal("Council expands bike lanes", r.Title);
        Assert.DoesNotContain("Council expands bike lanes", r.Text);
    }

    [Fact]
    public void Headline_that_differs_from_the_metadata_title_leaves_the_text_too()
    {
        // og:title and <title> carry an SEO title; the page's one h1, atop the article body, is the headline readers see
        string Article(string h) => $$"""
            <html><head><title>Council expands bike lanes | The Daily Example</title>
            <meta property="og:title" content="Council expands bike lanes"></head>
            <body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
            <article><p class="rubric"><a href="/city">City</a></p>{{h}}{{ArticleParagraphs}}</article></body></html>
            """;
        var r = ExtractPage(Article("<h1>Twelve new bike corridors for the city</h1>"));
        Assert.Equal("Twelve new bike corridors for the city", r.Title);
        Assert.DoesNotContain("Twelve new bike corridors for the city", r.Text);
        Assert.StartsWith("The city council voted on Tuesday", r.Text);

        // a page with several h1s uses the later ones as section headings: they stay
        var s = ExtractPage(Article("<h1>Twelve new bike corridors for the city</h1>").Replace("<h2>What changes for commuters</h2>", "<h1>What changes for commuters</h1>"));
        Assert.Contains("What changes for commuters", s.Text);
    }

    [Fact]
    public void Text_has_paragraphs_separated_by_exactly_one_blank_line()
    {
        var r = ExtractPage(Page());
        Assert.DoesNotContain("\n\n\n", r.Text);
        var paragraphs = r.Text.Split("\n\n");
        Assert.Contains("What changes for commuters", paragraphs);
        Assert.Contains("Wider sidewalks near eleven schools", paragraphs);
        Assert.All(paragraphs, p => Assert.Equal(p.Trim(), p));
    }

    [Fact]
    public void Metadata_comes_from_json_ld_opengraph_and_link_tags()
    {
        var r = ExtractPage(Page());
        Assert.Equal("Jane Doe", r.Author);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 7, 30, 0, TimeSpan.Zero), r.Published);
        Assert.Equal(TimeSpan.Zero, r.Published!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2024, 5, 15, 10, 0, 0, TimeSpan.Zero), r.Updated);
        Assert.Equal("en", r.Language);
        Assert.Equal("https://example.com/news/bike-lanes", r.CanonicalUrl);
        Assert.Equal("https://example.com/img/lead.jpg", r.LeadImage);
        Assert.Equal("The council voted for twelve new corridors.", r.Description);
        Assert.Equal(["cycling", "city council"], r.Tags);
    }

    [Fact]
    public void Language_is_a_bcp47_primary_tag()
    {
        Assert.Equal("de", ExtractPage(Page("de-DE")).Language);
    }

    [Fact]
    public void Html_is_sanitised_and_urls_absolute()
    {
        var html = Page().Replace("<p>Under the plan", "<p onclick=\"alert(1)\">Under the plan <a href=\"/plan.pdf\" onmouseover=\"x()\">the plan</a><script>alert(2)</script><iframe src=\"https://evil.example\"></iframe>");
        var r = ExtractPage(html);
        Assert.DoesNotContain("<script", r.Html);
        Assert.DoesNotContain("<style", r.Html);
        Assert.DoesNotContain("<iframe", r.Html);
        Assert.DoesNotContain("onclick", r.Html);
        Assert.DoesNotContain("onmouseover", r.Html);
        Assert.Contains("href=\"https://example.com/plan.pdf\"", r.Html);
        Assert.Contains("src=\"https://example.com/img/lanes.jpg\"", r.Html);
        Assert.Contains("<h2>What changes for commuters</h2>", r.Html);
        Assert.Contains("https://example.com/img/lanes.jpg", r.Images);
        Assert.DoesNotContain("Leave a Reply", r.Html);
    }

    [Fact]
    public void Removed_blocks_say_what_why_and_how_big()
    {
        var r = ExtractPage(Page());
        Assert.Contains(r.Removed, b => b.Kind == "comments" && b.Chars > 50);
        Assert.Contains(r.Removed, b => b.Kind == "related");
        Assert.Contains(r.Removed, b => b.Kind == "cookie");
        Assert.All(r.Removed, b => Assert.False(string.IsNullOrWhiteSpace(b.Reason)));
    }

    [Fact]
    public void German_boilerplate_vocabulary_is_removed()
    {
        var html = $$"""
            <html lang="de"><body><div class="wrap"><div class="inhalt">
            <p>Die Stadt hat am Dienstag beschlossen, das Netz der geschützten Radwege deutlich auszubauen, wie die Verwaltung mitteilte.</p>
            <p>Bis 2027 sollen zwölf neue Strecken entstehen, die ersten davon schon im kommenden Frühjahr, sagte der Bürgermeister.</p>
            <p>Die Händler in der Marktstraße fordern dagegen eine Lieferzone in jedem Block, weil dort Parkplätze wegfallen werden.</p>
            <h3>Ähnliche Artikel</h3><ul><li><a href="/a">Busspuren kommen</a></li><li><a href="/b">Parkgebühren steigen</a></li></ul>
            <p>Teilen:</p>
            <h3>Schreibe einen Kommentar</h3>
            <p>Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert</p>
            </div></div></body></html>
            """;
        var r = Extractor.Extract(new ExtractionInput { Html = html });
        Assert.Contains("Die Stadt hat am Dienstag beschlossen", r.Text);
        Assert.Contains("Lieferzone in jedem Block", r.Text);
        foreach (var bp in new[] { "Ähnliche Artikel", "Busspuren", "Teilen", "Schreibe einen Kommentar", "E-Mail-Adresse" })
            Assert.DoesNotContain(bp, r.Text);
        Assert.Equal("de", r.Language);
    }

    [Fact]
    public void Feed_fragment_keeps_everything_but_boilerplate()
    {
        var fragment = """
            <p>Short item from a feed.</p><p>Second paragraph with <a href="/more">a link</a>.</p>
            <ul><li>One</li><li>Two</li></ul>
            <p>Share this:</p><p>Related posts</p>
            """;
        var r = Extractor.Extract(new ExtractionInput { Html = fragment, BaseUrl = new Uri("https://blog.example/post") });
        Assert.Equal("Short item from a feed.\n\nSecond paragraph with a link.\n\nOne\n\nTwo", r.Text);
        Assert.Contains("href=\"https://blog.example/more\"", r.Html);
    }

    [Fact]
    public void Site_rules_remove_and_keep()
    {
        var rules = new SiteRules { Keep = ["div.article-body"], Remove = ["table"] };
        var r = ExtractPage(Page(), rules);
        Assert.Contains("The city council voted", r.Text);
        Assert.DoesNotContain("2025\t4", r.Text);
        Assert.DoesNotContain("By Jane Doe", r.Text);
        Assert.Contains(r.Removed, b => b.Kind == "site-rule");
    }

    [Fact]
    public void Invalid_site_rule_selector_is_ignored()
    {
        var r = ExtractPage(Page(), new SiteRules { Remove = ["[[[not a selector"] });
        Assert.Contains("The city council voted", r.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_gives_an_empty_result(string html)
    {
        var r = Extractor.Extract(new ExtractionInput { Html = html });
        Assert.Equal("", r.Text);
        Assert.Equal("", r.Html);
    }

    [Theory]
    [InlineData("<html><body><div><p>Unclosed <b>bold <i>italic</p></div></span></table><p>Still text here.")]
    [InlineData("<<<>>><p>&#xffffffff; &bogus; <a href=\"javascript:alert(1)\">x</a></p>")]
    [InlineData("\0\0<p>\u0001binary\u0002</p>")]
    public void Bad_markup_does_not_throw(string html)
    {
        var r = Extractor.Extract(new ExtractionInput { Html = html });
        Assert.NotNull(r.Text);
        Assert.DoesNotContain("javascript:", r.Html);
    }

    [Fact]
    public void Deeply_nested_markup_does_not_throw()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 5000)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", 5000));
        var r = Extractor.Extract(new ExtractionInput { Html = html });
        Assert.NotNull(r.Text);
    }

    [Fact]
    public void Feed_hints_fill_what_the_page_lacks()
    {
        var html = "<html><body><article><p>" + string.Join(" ", Enumerable.Repeat("A sentence about the weather, which was fine.", 40)) + "</p></article></body></html>";
        var published = new DateTimeOffset(2023, 1, 2, 3, 4, 5, TimeSpan.FromHours(1));
        var r = Extractor.Extract(new ExtractionInput { Html = html, Hints = new ExtractionHints { Title = "Weather report", Author = "Sam Smith", Published = published, Language = "en-GB" } });
        Assert.Equal("Weather report", r.Title);
        Assert.Equal("Sam Smith", r.Author);
        Assert.Equal(published, r.Published);
        Assert.Equal("en", r.Language);
    }

    [Fact]
    public void Extractor_is_safe_to_share_between_threads()
    {
        var page = Page();
        var texts = new string[16];
        Parallel.For(0, texts.Length, i => texts[i] = ExtractPage(page).Text);
        Assert.All(texts, t => Assert.Equal(texts[0], t));
        Assert.Contains("The city council voted", texts[0]);
    }
    [Fact]
    public void Text_and_html_come_out_in_unicode_nfc_whatever_spelling_the_page_uses()
    {
        // "café" with a combining accent (e + U+0301) and Bengali YYA written precomposed (U+09DF): NFC spells both one way.
        const string decomposed = "Le cafe\u0301 du port rouvre ses portes apre\u0300s trois ans de travaux, et les habitue\u0301s sont de retour.";
        var html = $"<!DOCTYPE html><html><head><title>Caf\u00e9</title></head><body><article><h1>Cafe\u0301 news</h1><p>{decomposed}</p><p>Le nom du caf\u00e9 s'\u00e9crit \u09AA\u09CD\u09B0\u09DF\u09BE\u09B8 en bengali, comme l'enseigne le montre depuis toujours.</p></article></body></html>";
        var result = Extractor.Extract(new ExtractionInput { Html = html });
        // ordinal: a culture-aware comparison would call the two spellings equal
        Assert.Contains("Le caf\u00e9 du port rouvre ses portes apr\u00e8s trois ans", result.Text, StringComparison.Ordinal);
        Assert.Contains("Le caf\u00e9 du port", result.Html, StringComparison.Ordinal);
        Assert.Contains("\u09B0\u09AF\u09BC\u09BE", result.Text, StringComparison.Ordinal);
        Assert.True(result.Text.IsNormalized() && result.Html.IsNormalized());

        var plain = Extractor.Extract(new ExtractionInput { Text = decomposed });
        Assert.StartsWith("Le caf\u00e9 du port", plain.Text, StringComparison.Ordinal);
    }
}
