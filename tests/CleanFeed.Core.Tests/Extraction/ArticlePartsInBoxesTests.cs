using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>
/// Parts of the article that sites set in boxes whose names say otherwise: a table of figures in an aside, a body classed
/// "paywall", a post built of Elementor widgets, an embedded Instagram post whose caption is a link, a quote offered for
/// tweeting, a quote's author named "author". And the boxes that look like them and go.
/// </summary>
public class ArticlePartsInBoxesTests
{
    private static readonly ContentExtractor Extractor = new();

    private static readonly string[] Paragraphs =
    [
        "The harbour authority said on Tuesday that container traffic through the port rose by 14 per cent in the first quarter, the strongest start to a year since 2018.",
        "Officials credited a new rail link to the inland terminal, which opened in January and has cut the time it takes to clear a ship by almost a day.",
        "Shipping lines have added two weekly calls from Asia since the link opened, and a third is expected to start in June, the authority said.",
        "Dock workers' unions welcomed the figures but said staffing had not kept pace, and asked for talks on overtime rules before the summer peak.",
    ];

    private static string Page(string inBody = "", string after = "", string bodyClass = "story-body", string pClass = "", string bodyAttributes = "") => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Port traffic rises 14% on new rail link</title></head><body>
        <header class="site-header"><a href="/">Harbour Times</a> <nav><a href="/news">News</a> <a href="/business">Business</a></nav></header>
        <main><article>
          <h1>Port traffic rises 14% on new rail link</h1>
          <div class="{{bodyClass}}"{{bodyAttributes}}>
            <p{{pClass}}>{{Paragraphs[0]}}</p>
            <p{{pClass}}>{{Paragraphs[1]}}</p>
            {{inBody}}
            <p{{pClass}}>{{Paragraphs[2]}}</p>
            <p{{pClass}}>{{Paragraphs[3]}}</p>
            {{after}}
          </div>
        </article></main>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Ferry fares to rise</a></li><li><a href="/b">New bridge opens</a></li></ul></aside>
        <footer class="site-footer"><p>© 2024 Harbour Times</p><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    private static string Text(string html)
    {
        var text = Extractor.Extract(new ExtractionInput { Html = html }).Text;
        foreach (var p in Paragraphs) Assert.Contains(p, text);
        return text;
    }

    private const string Table = """
        <table class="inline-table"><caption>Container traffic, first quarter</caption>
        <thead><tr><th>Month</th><th>TEU</th><th>Change</th></tr></thead>
        <tbody><tr><td>January</td><td>41,200</td><td>+11%</td></tr><tr><td>February</td><td>39,800</td><td>+15%</td></tr><tr><td>March</td><td>45,100</td><td>+16%</td></tr>
        <tr><td>Quarter</td><td>126,100</td><td>+14%</td></tr><tr><td>Same quarter 2023</td><td>110,600</td><td>−2%</td></tr></tbody></table>
        """;

    [Fact]
    public void A_table_of_figures_in_an_aside_of_its_own_stays_and_a_sidebar_aside_goes()
    {
        var text = Text(Page($"<aside class=\"inline inline-table\">{Table}</aside>",
            "<aside class=\"inline\"><h4>More shipping news</h4><ul><li><a href=\"/c\">Canal fees cut</a></li><li><a href=\"/d\">Tanker rates fall</a></li></ul></aside>"));
        Assert.Contains("February", text);
        Assert.Contains("45,100", text);
        Assert.DoesNotContain("Canal fees cut", text);
        Assert.DoesNotContain("Most read", text);
    }

    [Fact]
    public void Subheadings_and_list_items_classed_paywall_among_the_bodys_paragraphs_stay_and_the_paywall_prompt_goes()
    {
        var inBody = """
            <h2 class="heading-h2 paywall">Rail link</h2>
            <ul class="list"><li class="list-item paywall">two more weekly calls from Asia;</li><li class="list-item paywall">a third call from June.</li></ul>
            """;
        var prompt = """<div class="paywall-prompt"><h3>Subscribe to keep reading</h3><p>Get unlimited access for $1 a week.</p></div>""";
        var text = Text(Page(inBody, prompt, pClass: " class=\"body-text paywall\""));
        Assert.Contains("Rail link", text);
        Assert.Contains("two more weekly calls from Asia;", text);
        Assert.DoesNotContain("Subscribe to keep reading", text);
        Assert.DoesNotContain("$1 a week", text);
    }

    [Fact]
    public void A_list_classed_paywall_with_no_such_paragraph_beside_it_goes()
    {
        // (the offer's own list: "paywall" names the box, no text of the article is classed so)
        var offer = """<ul class="offer"><li class="offer-item paywall">Unlimited articles on any device</li><li class="offer-item paywall">The daily e-paper edition</li></ul>""";
        var text = Text(Page(after: offer));
        Assert.DoesNotContain("Unlimited articles", text);
    }

    private static string Widget(string type, string inner) =>
        $"""<div class="elementor-element elementor-element-5c{type.Length}a elementor-widget elementor-widget-{type}" data-widget_type="{type}.default"><div class="elementor-widget-container">{inner}</div></div>""";

    [Fact]
    public void A_post_built_of_Elementor_widgets_keeps_its_headings_lists_and_quotes_and_its_sidebar_widgets_go()
    {
        var inBody = Widget("heading", "<h2 class=\"elementor-heading-title\">What the rail link changed</h2>") +
                     Widget("icon-list", "<ul class=\"elementor-icon-list-items\"><li class=\"elementor-icon-list-item\"><span class=\"elementor-icon-list-text\">Clearance time cut by almost a day</span></li><li class=\"elementor-icon-list-item\"><span class=\"elementor-icon-list-text\">Two new weekly calls from Asia</span></li></ul>") +
                     Widget("blockquote", "<blockquote class=\"elementor-blockquote\"><p class=\"elementor-blockquote__content\">We have never moved boxes this fast.</p><footer><cite class=\"elementor-blockquote__author\">Mara Lind, terminal manager</cite></footer></blockquote>");
        var after = Widget("wp-widget-recent-posts", "<h5>Recent posts</h5><ul><li><a href=\"/e\">Ferry fares to rise</a></li><li><a href=\"/f\">New bridge opens</a></li></ul>");
        // (the post's own Elementor document)
        var text = Text(Page(inBody, after, bodyClass: "elementor elementor-12", bodyAttributes: " data-elementor-type=\"wp-post\""));
        Assert.Contains("What the rail link changed", text);
        Assert.Contains("Two new weekly calls from Asia", text);
        Assert.Contains("We have never moved boxes this fast.", text);
        Assert.Contains("Mara Lind, terminal manager", text);
        Assert.DoesNotContain("Recent posts", text);
    }

    [Fact]
    public void An_embedded_Instagram_post_whose_caption_is_a_link_keeps_its_caption_and_line_but_not_its_prompt()
    {
        var post = """
            <div class="embed-media"><blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/Cx1/" data-instgrm-version="12"><div>
            <a href="https://www.instagram.com/p/Cx1/" target="_blank"><div></div><div>View this post on Instagram</div></a>
            <p><a href="https://www.instagram.com/p/Cx1/" target="_blank">First ship through the new rail terminal this morning. Forty minutes from quay to train!</a></p>
            <p>A post shared by <a href="https://www.instagram.com/harbourauthority/" target="_blank">Harbour Authority</a> (@harbourauthority) on <time datetime="2024-04-02T08:00:00+00:00">Apr 2, 2024 at 1:00am PDT</time></p>
            </div></blockquote><script async src="//www.instagram.com/embed.js"></script></div>
            """;
        var text = Text(Page(post));
        Assert.Contains("Forty minutes from quay to train!", text);
        Assert.Contains("A post shared by Harbour Authority (@harbourauthority)", text);
        Assert.DoesNotContain("View this post on Instagram", text);
    }

    [Fact]
    public void A_list_of_links_beside_an_embedded_post_still_goes()
    {
        // (the post's exemption is its own blockquote and a wrapper around it only, not a box that also holds other links)
        var box = """
            <div class="more-box"><blockquote class="twitter-tweet"><p><a href="https://twitter.com/x/status/1">Port news</a></p></blockquote>
            <ul><li><a href="/g">Ferry fares to rise again in spring</a></li><li><a href="/h">New bridge opens to lorries next week</a></li><li><a href="/i">Harbour dredging contract awarded</a></li></ul></div>
            """;
        var text = Text(Page(after: box));
        Assert.DoesNotContain("Harbour dredging contract awarded", text);
    }

    [Fact]
    public void A_quote_offered_for_tweeting_stays_without_its_button()
    {
        var quote = """
            <div class="sw-tweet-clear"></div><a class="swp_CTT style1" href="https://twitter.com/share?text=We+have+never+moved+boxes+this+fast&amp;url=https://example.com/a" rel="nofollow noreferrer noopener" target="_blank"><span class="sw-click-to-tweet"><span class="sw-ctt-text">“We have never moved boxes this fast, and the ships have noticed,” the terminal manager said.</span><span class="sw-ctt-btn">Click To Tweet<i class="sw swp_twitter_icon"></i></span></span></a>
            """;
        var text = Text(Page(quote));
        Assert.Contains("“We have never moved boxes this fast, and the ships have noticed,” the terminal manager said.", text);
        Assert.DoesNotContain("Click To Tweet", text);
    }

    [Fact]
    public void A_tweet_button_with_a_short_label_is_still_a_share_link()
    {
        var bar = """<div class="tools"><a href="https://twitter.com/intent/tweet?url=https://example.com/a">Tweet</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https://example.com/a">Share</a></div>""";
        var text = Text(Page(after: bar));
        Assert.DoesNotContain("Tweet", text);
    }

    [Fact]
    public void A_donation_plea_in_the_sites_voice_goes_and_a_quoted_one_stays()
    {
        const string quoted = "„Unterstützen Sie uns bitte mit einer Spende“, sagte die Vorsitzende des Hafenvereins am Abend vor den Mitgliedern.";
        var text = Text(Page($"<p>{quoted}</p>",
            "<p>Wenn Sie mit dafür sorgen möchten, dass unser unabhängiger Journalismus weiter erscheint, unterstützen Sie uns bitte mit einer Spende!</p>"));
        Assert.Contains(quoted, text);
        Assert.DoesNotContain("unabhängiger Journalismus", text);
    }

    [Fact]
    public void In_a_themes_single_post_template_a_standfirst_widget_above_the_post_stays_and_a_sidebar_columns_widgets_go()
    {
        var body = string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"));
        var html = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Port traffic rises 14% on new rail link</title></head><body>
            <div data-elementor-type="single-post" class="elementor elementor-88"><section class="elementor-section"><div class="elementor-container">
              <div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
                {{Widget("theme-post-title", "<h1 class=\"elementor-heading-title\">Port traffic rises 14% on new rail link</h1>")}}
                {{Widget("text-editor", "<p>The new rail terminal has cut the time a ship waits to be cleared, and the shipping lines have noticed.</p>")}}
                {{Widget("theme-post-content", body)}}
                {{Widget("heading", "<h3 class=\"elementor-heading-title\">Want one port story a week?</h3>")}}
                {{Widget("text-editor", "<p>Every Sunday we send one short email with the week's most important shipping story, free.</p>")}}
              </div></div>
              <div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
                {{Widget("heading", "<h3 class=\"elementor-heading-title\">About the Harbour Times</h3>")}}
                {{Widget("text-editor", "<p>We have covered the port, its ships and the people who work them since 1987, from our office on the quay.</p>")}}
              </div></div>
            </div></section></div>
            </body></html>
            """;
        var text = Text(html);
        Assert.Contains("The new rail terminal has cut the time a ship waits to be cleared", text);
        Assert.DoesNotContain("About the Harbour Times", text);
        Assert.DoesNotContain("since 1987", text);
        Assert.DoesNotContain("Every Sunday we send", text);
    }

    [Fact]
    public void A_share_bars_long_tweet_label_is_still_a_link()
    {
        var bar = """
            <div class="article-actions"><a href="https://www.facebook.com/sharer/sharer.php?u=https://example.com/a">Share this story on Facebook (opens in a new window)</a>
            <a class="tweet-link" href="https://twitter.com/intent/tweet?url=https://example.com/a&amp;text=Port+traffic">Share this story on X, formerly Twitter (opens in a new window)</a>
            <a href="mailto:?subject=Port%20traffic">Send this story by email (opens your mail program)</a></div>
            """;
        var text = Text(Page(after: bar));
        Assert.DoesNotContain("formerly Twitter", text);
    }

    [Fact]
    public void A_plea_for_a_donation_that_is_not_for_the_sites_own_work_stays()
    {
        // an interview's answer: no quotation marks, no speech verb, but a food bank's plea, not the newspaper's
        const string answer = "R. Que vengan a ayudar los sábados por la mañana y, si pueden, apóyanos con una donación, aunque sean cinco euros.";
        var text = Text(Page($"<p><strong>P.</strong> ¿Qué pide a los vecinos?</p><p>{answer}</p>"));
        Assert.Contains("apóyanos con una donación", text);
    }

    [Fact]
    public void A_box_score_of_small_numbers_in_an_aside_stays()
    {
        // (numbers a most-read list would use as ranks: "24", "17")
        var score = """
            <aside class="inline inline-table"><table class="stat-table"><thead><tr><th></th><th>Harbour</th><th>Quay</th></tr></thead>
            <tbody><tr><td>Container ships cleared</td><td>24</td><td>17</td></tr><tr><td>Freight trains loaded</td><td>31</td><td>12</td></tr>
            <tr><td>Hours to clear a ship</td><td>9</td><td>14</td></tr><tr><td>Cranes in use at night</td><td>8</td><td>6</td></tr><tr><td>Berths open all week</td><td>11</td><td>7</td></tr></tbody></table></aside>
            """;
        var text = Text(Page(score));
        Assert.Contains("Hours to clear a ship", text);
    }
}
