using AngleSharp.Html.Parser;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Extraction.Html;

namespace CleanFeed.Core.Tests.Extraction;

public class NestingGuardTests
{
    [Fact]
    public void Ordinary_pages_are_returned_untouched()
    {
        var html = "<html><body><div><article><p>One<p>Two<ul><li>a<li>b</ul><script>if (a<b) {}</script></article></div></body></html>";
        Assert.Same(html, NestingGuard.Flatten(html, maxDepth: 3));
    }

    [Fact]
    public void Tags_beyond_the_limit_are_dropped_and_their_text_kept()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div>", 50)) + "<span>deep text</span>" + string.Concat(Enumerable.Repeat("</div>", 50)) + "<p>after</p></body>";
        var flat = NestingGuard.Flatten(html, maxDepth: 10);

        var doc = new HtmlParser().ParseDocument(flat);
        Assert.Equal(10, doc.QuerySelectorAll("div").Length);
        Assert.Contains("deep text", doc.Body!.TextContent);
        // The text after the deep block is still outside it.
        Assert.Equal("BODY", doc.QuerySelector("p")!.ParentElement!.TagName);
    }

    [Fact]
    public void Script_content_does_not_count_as_tags()
    {
        var html = "<div><script>" + string.Concat(Enumerable.Repeat("<div>", 50)) + "</script>text</div>";
        Assert.Same(html, NestingGuard.Flatten(html, maxDepth: 10));
    }

    [Fact]
    public void A_pathologically_deep_page_is_cleaned_instead_of_parsed_for_minutes()
    {
        // 100,000 nested divs take AngleSharp about a minute to parse; flattened, a fraction of a second.
        const int n = 100_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", n)) + "<p>Deep text, with enough words to be kept as an article paragraph.</p>" + string.Concat(Enumerable.Repeat("</div>", n)) + "</body></html>";
        var flat = NestingGuard.Flatten(html);
        Assert.Equal(NestingGuard.DefaultMaxDepth, new HtmlParser().ParseDocument(flat).QuerySelectorAll("div").Length);
        Assert.NotNull(new ContentExtractor().Extract(new ExtractionInput { Html = html }));
    }
}
