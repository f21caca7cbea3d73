using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>Main-content choice and class/id hints on small hand-written pages.</summary>
public class SelectionQualityTests
{
    private static readonly ContentExtractor Extractor = new();

    private static string Extract(string body, string title = "Test page") =>
        Extractor.Extract(new ExtractionInput { Html = $"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>" }).Text;

    private const string Chrome = """
        <nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/contact">Contact us</a></nav>
        <footer><p>© 2024 Example Media. All rights reserved.</p><a href="/imprint">Imprint</a> <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
        """;

    [Fact]
    public void A_paywall_state_flag_does_not_remove_the_article()
    {
        var text = Extract($"""
            <div id="article" class="article-page isPaywall"><h1>Good wages alone are not enough</h1>
            <p>The care centre invited employers to a round table. Participants discussed how to find enough staff in times of shortage, and what keeps people in their jobs.</p>
            <div class="paywall-box">Want to read on? Subscribe now.</div></div>
            {Chrome}
            """);
        Assert.Contains("The care centre invited employers", text);
        Assert.DoesNotContain("Subscribe now", text);
    }

    [Fact]
    public void Post_taxonomy_classes_do_not_name_the_post_as_boilerplate()
    {
        // A CMS post element carries its tags and categories as classes; the show notes are mostly links.
        var text = Extract($"""
            <article class="post-385 post type-post status-publish format-standard hentry category-podcast tag-social-media tag-sharing">
            <h1>Episode 39: live from the camp</h1>
            <p>We recorded this episode live at the camp, with guests who told us about their impressions.</p>
            <p>Links: <a href="https://a.example">The camp's programme and schedule</a>, <a href="https://b.example">our earlier episode on knowledge sharing</a>, <a href="https://c.example">the speakers' slides</a>.</p>
            </article>
            {Chrome}
            """);
        Assert.Contains("We recorded this episode live at the camp", text);
    }
}
