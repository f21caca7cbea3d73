using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>
/// What review, entertainment and regional news pages print around a story (from batches of pages written in the markup of
/// Radio Times, Digital Spy, GameSpot, Consequence, McClatchy, Gannett, Newsquest, Reach, Die Presse, L'Unione Sarda and
/// ECO, scored before these rules): closing sign-offs of the site, a review's score badge, an audio player's label, a
/// "Read Next" card, a reader-question box, a press regulator's notice, subscription teasers, a forum of postings, a
/// table's caption. And the text that looks like them and stays.
/// </summary>
public class ReviewAndNewsroomBoxesTests
{
    private static readonly ContentExtractor Extractor = new();

    private static readonly string[] Paragraphs =
    [
        "The county board voted 4-1 on Tuesday to close the old landfill road for repairs through the end of the summer, citing washouts after the spring storms.",
        "Officials said the detour would add about ten minutes to trips between the two towns, and that buses would keep their stops on the main highway.",
        "Residents who spoke at the meeting were split, with several farmers saying the closure would hurt deliveries during the harvest season.",
        "The work is expected to cost about $2.4 million, most of it covered by a state grant awarded last year for rural road repairs.",
    ];

    private static string Page(string between = "", string after = "", string lead = "") => $$"""
        <!DOCTYPE html><html lang="en"><head><title>County closes landfill road for repairs</title></head><body>
        <header class="site-header"><a href="/">Valley Times</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>
        <main><article>
          <h1>County closes landfill road for repairs</h1>
          <div class="story-body">
            {{lead}}
            <p>{{Paragraphs[0]}}</p>
            <p>{{Paragraphs[1]}}</p>
            {{between}}
            <p>{{Paragraphs[2]}}</p>
            <p>{{Paragraphs[3]}}</p>
            {{after}}
          </div>
        </article></main>
        <footer class="site-footer"><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    private static string Text(string html) => Extractor.Extract(new ExtractionInput { Html = html }).Text;

    private static string AllStay(string html)
    {
        var text = Text(html);
        foreach (var p in Paragraphs) Assert.Contains(p, text);
        return text;
    }

    // The site's own lines closing the story, in the markup those sites print.
    [Theory]
    [InlineData("<p><em>The Crossing series 1 is available to stream on BBC iPlayer. Check out more of our <a href=\"/drama/\">Drama coverage</a> or visit our <a href=\"/tv-guide/\">TV Guide</a> to see what's on tonight.</em></p><p><em>The latest issue of Radio Times magazine is on sale now – <a href=\"/subscribe\">subscribe now and get each issue delivered to your door</a>. For more from the biggest stars in TV, listen to The Radio Times Podcast.</em></p>")]
    [InlineData("<p class=\"body-text\"><em>Want up-to-the-minute entertainment and TV news? Just hit 'Like' on our Digital Spy Facebook page and 'Follow' on our @digitalspy Instagram and Twitter account.</em></p>")]
    [InlineData("<p><em>Reach reporter Ruth Alvarado at ruth.alvarado@arizonarepublic.com or 602-444-8121. Follow her on Twitter @ruthalvaradoAZ.</em></p><p><em>Environmental coverage on azcentral.com and in The Arizona Republic is supported by a grant from the Nina Mason Pulliam Charitable Trust. Follow The Republic environmental reporting team at environment.azcentral.com and @azcenvironment on Facebook, Twitter and Instagram.</em></p>")]
    [InlineData("<div class=\"article-footnote\"><p>This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the response provided you can contact IPSO here.</p></div>")]
    [InlineData("<p><b>Join the LeicestershireLive WhatsApp community to get the latest news sent straight to your messages. <a href=\"/whatsapp\">Click here to join</a>.</b></p>")]
    public void The_sites_closing_lines_go(string closing)
    {
        var text = AllStay(Page(after: closing));
        Assert.EndsWith(Paragraphs[3], text);
    }

    [Theory]
    [InlineData("Check out more than 40 stalls at the night market, which runs every Friday until the end of October.")]
    [InlineData("The latest issue of the council's newsletter is out now and lists every road that will close this summer.")]
    [InlineData("Television coverage of the county fair is supported by a grant from the Valley Arts Fund, the organisers said.")]
    [InlineData("The agency said it would adhere to the state's code of practice for road closures in future.")]
    public void A_story_sentence_that_opens_like_them_stays(string sentence)
    {
        var text = AllStay(Page(after: $"<p>{sentence}</p>"));
        Assert.Contains(sentence, text);
    }

    [Fact]
    public void A_reviews_score_badge_goes_and_a_box_scores_cells_stay()
    {
        var badges = "<div class=\"review-grade\"><span class=\"review-grade__label\">Grade</span> <span class=\"review-grade__letter\">B+</span></div>" +
                     "<div class=\"review-ring-score\"><div class=\"review-ring-score__score\">8</div><div class=\"review-ring-score__text\">Great</div></div>";
        var text = AllStay(Page(lead: badges));
        Assert.DoesNotContain("B+", text);
        Assert.DoesNotContain("Great", text);
        Assert.StartsWith(Paragraphs[0], text);

        var table = "<table class=\"box-score\"><thead><tr><th>Team</th><th>1</th><th>2</th><th class=\"score\">Final</th></tr></thead>" +
                    "<tbody><tr><td>Wildcats</td><td>3</td><td>5</td><td class=\"score\">8</td></tr><tr><td>Hornets</td><td>2</td><td>4</td><td class=\"score\">6</td></tr></tbody></table>";
        text = AllStay(Page(between: table));
        Assert.Contains("Wildcats", text);
        Assert.Matches(@"Wildcats\W+3\W+5\W+8", text);
    }

    [Fact]
    public void An_audio_players_label_with_its_vendor_goes()
    {
        var player = "<div class=\"tts-player\"><span>Listen to this article</span><button>Play</button><span>Powered by Trinity Audio</span></div>";
        var text = AllStay(Page(between: player));
        Assert.DoesNotContain("Trinity", text);
    }

    [Fact]
    public void A_read_next_card_goes_whole()
    {
        var card = """
            <div class="package read-next video" data-tb-region="read-next">
              <h3 class="package-title">Read Next</h3>
              <article class="card read-next-card">
                <div class="video-wrapper"><div class="mi-video-player" data-video-id="7QxT2b1M"></div><div class="video-caption">River flows at the park. Video by Darin Oswald</div></div>
                <div class="package-label">LOCAL</div>
                <h3><a href="/news/local/article274910133.html">River float season may start late this year. Here's why the river is running so high</a></h3>
                <p class="summary">The Bureau of Reclamation has been releasing more water from the dam to make room for an above-average snowpack, keeping flows well above the level considered safe for floaters.</p>
                <div class="byline">By Nathan Greer</div>
                <time class="time" datetime="2023-05-30T15:02:00-06:00">May 30, 2023 3:02 PM</time>
              </article>
            </div>
            """;
        var text = AllStay(Page(between: card));
        Assert.DoesNotContain("float season", text);
        Assert.DoesNotContain("Bureau of Reclamation", text);
        Assert.DoesNotContain("LOCAL", text);
    }

    [Fact]
    public void A_reader_question_box_and_a_community_prompt_go()
    {
        var boxes = "<div class=\"hearken-embed\"><h3>Have a question about the Treasure Valley?</h3><p>Ask it below and our reporters may answer it in a future story.</p><iframe src=\"https://modules.example.com/ask\"></iframe></div>" +
                    "<div class=\"get-involved\"><h3>Get involved with the news in your community</h3><p>Send your stories and photos to us</p></div>";
        var text = AllStay(Page(after: boxes));
        Assert.EndsWith(Paragraphs[3], text);
    }

    [Fact]
    public void Subscription_teasers_go_and_a_premium_story_box_stays()
    {
        var teasers = "<div class=\"article__abo-teaser\"><p class=\"article__abo-teaser-title\">Sie lesen gern Qualitätsjournalismus?</p><p>Mit einem Abo haben Sie unbegrenzten Zugang zu allen Premium-Artikeln. Jetzt einen Monat gratis testen.</p><a href=\"/abo\" class=\"button\">Zum Angebot</a></div>" +
                      "<div class=\"article__premium-box\"><p class=\"article__premium-title\">Vuoi restare sempre informato?</p><p>Con il Premium leggi tutti gli articoli e l'edizione digitale del giornale. Primo mese a 1 euro.</p><a href=\"/abbonamenti\">Abbonati ora</a></div>";
        var text = AllStay(Page(after: teasers));
        Assert.EndsWith(Paragraphs[3], text);

        // a paywalled story's own text in a box named "premium-box"
        var body = "<div class=\"premium-box\">" + string.Concat(Paragraphs.Select(p => $"<p>{p}</p>")) + "</div>";
        var html = Page().Replace($"<p>{Paragraphs[0]}</p>", "").Replace($"<p>{Paragraphs[1]}</p>", "").Replace($"<p>{Paragraphs[2]}</p>", "").Replace($"<p>{Paragraphs[3]}</p>", body);
        AllStay(html);
    }

    [Fact]
    public void A_forum_of_postings_goes()
    {
        var forum = """
            <section class="forum" id="forum">
              <header class="forum__header"><h2 class="forum__title">Kommentar zu Artikel:</h2><p class="forum__count"><strong>164</strong> Postings</p></header>
              <p class="forum__notice">Sie müssen angemeldet sein, um einen Kommentar zu verfassen. Die Redaktion behält sich vor, Kommentare, die gegen die Forenregeln verstoßen, zu löschen.</p>
              <div class="forum__posting"><p class="forum__posting-meta">Vindobonensis 15.03.2023 17:04</p><p class="forum__posting-text">Und wieder trifft es die, die sich am wenigsten wehren können. Die Indexierung hätte man längst aussetzen müssen.</p></div>
              <div class="forum__posting"><p class="forum__posting-meta">hausherr_1070 15.03.2023 17:26</p><p class="forum__posting-text">Niemand redet darüber, was eine Dachsanierung heute kostet. Die Mieten im Altbau sind seit Jahren nicht kostendeckend.</p></div>
            </section>
            """;
        var html = Page().Replace("</article></main>", "</article>" + forum + "</main>");
        var text = AllStay(html);
        Assert.DoesNotContain("Indexierung", text);
        Assert.DoesNotContain("Dachsanierung", text);
        Assert.DoesNotContain("angemeldet", text);
    }

    [Fact]
    public void A_tables_caption_goes_and_its_table_stays()
    {
        var table = "<figure class=\"wp-block-table\"><table><thead><tr><th>Euribor</th><th>Monthly payment</th></tr></thead><tbody><tr><td>3.1%</td><td>€712</td></tr><tr><td>3.6%</td><td>€755</td></tr></tbody></table>" +
                    "<figcaption>Simulation for a loan of 150,000 euros over 30 years with a spread of 1%. Source: our own calculations</figcaption></figure>";
        var text = AllStay(Page(between: table));
        Assert.Contains("€755", text);
        Assert.DoesNotContain("Simulation for a loan", text);
    }

    [Fact]
    public void A_reviewed_on_label_goes()
    {
        var verdict = "<div class=\"game-verdict\"><div class=\"game-verdict__reviewed\">Reviewed on: PS4</div></div>";
        var text = AllStay(Page(after: verdict));
        Assert.DoesNotContain("Reviewed on", text);
    }
    [Fact]
    public void A_subtitle_under_the_headline_in_a_themes_meta_wrapper_stays()
    {
        // BetterStudio's Publisher theme puts the badges, the headline, the dek and the byline in one "post-meta-wrap"
        var html = Page().Replace("<h1>County closes landfill road for repairs</h1>", """
            <div class="post-meta-wrap clearfix">
              <div class="term-badges"><span class="term-badge"><a href="/category/roads/">Roads</a></span></div>
              <h1 class="single-post-title"><span class="post-title">County closes landfill road for repairs</span></h1>
              <h2 class="post-subtitle">The $2.4 million repair will keep the road shut until September, and the detour adds ten minutes between the towns.</h2>
              <div class="post-meta single-post-meta"><a href="/author/gwen/" class="post-author-a">Gwen Okafor</a> <span class="time"><time datetime="2019-09-24">Sep 24, 2019</time></span></div>
            </div>
            """);
        var text = AllStay(html);
        Assert.StartsWith("The $2.4 million repair will keep the road shut", text);
        Assert.DoesNotContain("Gwen Okafor", text);
    }

    [Fact]
    public void A_facebook_posts_attribution_stays_as_a_tweets_does()
    {
        var post = "<div class=\"fb-post\" data-href=\"https://www.facebook.com/ValleyCouncil/posts/1\"><blockquote cite=\"https://www.facebook.com/ValleyCouncil/posts/1\" class=\"fb-xfbml-parse-ignore\">" +
                   "<p>PUBLIC NOTICE: The landfill road will close from Monday for repairs. Please use the highway detour.</p>Posted by <a href=\"https://www.facebook.com/ValleyCouncil/\">Valley County Council</a> on&nbsp;<a href=\"https://www.facebook.com/ValleyCouncil/posts/1\">Tuesday, 12 November 2019</a></blockquote></div>";
        var text = AllStay(Page(between: post));
        Assert.Contains("PUBLIC NOTICE: The landfill road will close", text);
        Assert.Contains("Posted by Valley County Council on Tuesday, 12 November 2019", text);
    }

    [Fact]
    public void A_companys_about_paragraph_closing_a_trade_story_goes()
    {
        var about = "<p><strong>About Prairie Frost Logistics</strong><br>Founded in 1978 in Council Bluffs, Iowa, Prairie Frost Logistics is a family-owned provider of temperature-controlled warehousing and distribution services across the Midwest. For more information visit prairiefrost.com.</p>";
        var text = AllStay(Page(after: about));
        Assert.EndsWith(Paragraphs[3], text);
    }
}
