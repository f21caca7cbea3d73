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
    private static string Para(string topic, int n) => string.Concat(Enumerable.Range(1, n).Select(i =>
        $"<p>Paragraph {i} about {topic}, with a few commas, some detail, and enough words to count as a real paragraph of the story.</p>"));

    [Fact]
    public void On_a_page_of_several_full_articles_the_one_with_the_page_headline_wins()
    {
        // Infinite-scroll layout: the requested article first, then the next (longer) ones, each with its header and
        // body in separate nested wrappers.
        string Item(string headline, string topic, int n) => $"""
            <article class="list-item"><div class="container"><div class="row"><div class="col"><div class="detail-header">
            <div class="kicker">Investigation</div><h2>{headline}</h2></div></div></div>
            <div class="row"><div class="col"><div class="detail-content">{Para(topic, n)}</div></div></div></div></article>
            """;
        var text = Extract($"""
            {Chrome}<main><div class="list">
            {Item("We already have the promise", "the campaign donations", 6)}
            {Item("The party and the weekly paper", "the weekly paper", 8)}
            {Item("Fined for illegal donations", "the fine", 7)}
            </div></main>
            """, title: "We already have the promise");
        Assert.Contains("about the campaign donations", text);
        Assert.DoesNotContain("about the weekly paper", text);
    }
}
