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
    [InlineData("<p><i>Don't miss the biggest and breaking stories by signing up to the Hull Live newsletter <a href=\"/newsletter\">here</a>.</i></p>")]
    [InlineData("<div class=\"my-8 border-t-4 bg-gray-50 p-4\" data-testid=\"story-footer-promo\"><p><b>Our journalists work hard to provide local, up-to-date news to the community. This is how you can continue to access our trusted content:</b></p><ul><li>Bookmark <a href=\"/\">newcastleherald.com.au</a></li><li>Make sure you are signed up for our breaking and regular headlines newsletters</li></ul></div>")]
    [InlineData("<p><em>Banner image: A dam built by villagers across a drainage canal near Sungai Ruam, Central Kalimantan. Image by Febriana Putri for Mongabay.</em></p><p><em><a href=\"/feedback/\">FEEDBACK</a>: Use this form to send a message to the author of this post. If you want to post a public comment, you can do that at the bottom of the page.</em></p>")]
    [InlineData("<p class=\"id-Story-imageCredits\">Rubriklistenbild: © Andreas Fischer</p>")]
    [InlineData("<p><em>Marisa Quintero, 757-446-2316, marisa.quintero@pilotonline.com</em></p>")]
    [InlineData("<p class=\"article__paragraph\">— Jenna Morales covers courts and criminal justice. Reach her at jmorales@oregonian.com or 503-294-5011.</p>")]
    [InlineData("<div class=\"appPromo\"><p>Recevez les alertes météo de votre commune : téléchargez l'application L'Est Républicain.</p><a href=\"/app\">Télécharger l'application</a></div>")]
    [InlineData("<div class=\"con cssBoxBroadcast\"><p class=\"broadcastInfo\">Dieses Thema im Programm: MDR SACHSEN - Das Sachsenradio | Nachrichten | 12. August 2022 | 15:00 Uhr</p></div>")]
    [InlineData("<div class=\"subline\">Dieses Thema im Programm:<br>NDR 1 Niedersachsen | Regional Osnabrück | 07.09.2022 | 16:30 Uhr</div>")]
    [InlineData("<div class=\"tip-box\"><p class=\"tip-box__title\">Tip de redactie</p><p class=\"tip-box__text\">Heb jij een tip voor de redactie van RTV Noord? Mail naar redactie@rtvnoord.nl of stuur een WhatsApp-bericht naar 050 555 55 55.</p></div>")]
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
    [InlineData("Signing up for the county's road newsletter was the first step, said Ortiz, who now volunteers at the depot.")]
    [InlineData("Our reporters asked the county how long the detour would last, and officials said they could not yet say.")]
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
    // Lines and boxes among the paragraphs: a radio station's listen line, a lead video's caption, a live blog's toggle, a
    // Spanish newsletter box, an audio report's player.
    [Theory]
    [InlineData("<div class=\"wtop-listen-live\"><div class=\"wtop-listen-live__inner\"><span class=\"wtop-listen-live__label\">Listen now to WTOP News</span> <a href=\"/listen-live/\">WTOP.com</a> | <a href=\"/alexa/\">Alexa</a> | <a href=\"/google-home/\">Google Home</a> | <a href=\"/apps/\">WTOP App</a> | 103.5 FM</div></div>", "Listen now")]
    [InlineData("<p><em>Video above: Crews battle a brush fire near the river in the South Valley on Monday.</em></p>", "Video above")]
    [InlineData("<div class=\"liveComponent__refresh\"><span class=\"liveComponent__auto\">Mise à jour automatique</span> <button>Actualiser</button></div>", "Mise à jour")]
    [InlineData("<div class=\"v-a-nl\"><p class=\"v-a-nl__t\">Boletín de Culturas</p><p>Exposiciones, estrenos y conciertos en Valencia. Recíbelo gratis cada viernes.</p><a class=\"v-a-nl__b\" href=\"/newsletters\">Suscribirme</a></div>", "Recíbelo")]
    [InlineData("<div class=\"rr-audio\"><button class=\"rr-audio__play\" type=\"button\" data-src=\"/audio/report.mp3\">Ouvir</button> <span class=\"rr-audio__title\">Reportagem de Inês Braga Monteiro</span> <span class=\"rr-audio__duration\">02:48</span></div>", "Reportagem de")]
    public void Promotions_among_the_paragraphs_go(string block, string part)
    {
        var text = AllStay(Page(between: block));
        Assert.DoesNotContain(part, text);
    }

    [Fact]
    public void A_pictures_caption_in_the_row_under_it_goes_and_a_data_tables_rows_stay()
    {
        var picture = "<table width=\"600\" align=\"center\"><tr><td align=\"center\"><img src=\"/photos/coffee.jpg\" width=\"600\" height=\"400\" alt=\"\"></td></tr>" +
                      "<tr><td class=\"pictext\"><font color=\"navy\">Farmer Li Wenhua checks coffee berries at her plantation in Nanping Village, May 10, 2018. (Xinhua/Hu Chao)</font></td></tr></table>";
        var text = AllStay(Page(between: picture));
        Assert.DoesNotContain("checks coffee berries", text);

        var data = "<table><tr><th>Road</th><th>Closed until</th></tr><tr><td>Landfill Road</td><td>September 30</td></tr><tr><td>Quarry Lane</td><td>August 15</td></tr></table>";
        text = AllStay(Page(between: data));
        Assert.Contains("Quarry Lane", text);
    }

    [Fact]
    public void A_second_deck_of_the_same_name_stays_with_the_first()
    {
        var html = Page().Replace("<h1>County closes landfill road for repairs</h1>", """
            <header class="ft-org-detail__header">
              <h1 class="ft-title">County closes landfill road for repairs</h1>
              <h2 class="ft-subtitle">The $2.4 million repair will keep the road shut until September</h2>
              <h2 class="ft-subtitle">Farmers say the detour will hurt deliveries during the harvest</h2>
            </header>
            """);
        var text = AllStay(html);
        Assert.StartsWith("The $2.4 million repair will keep the road shut until September", text);
        Assert.Contains("Farmers say the detour will hurt deliveries during the harvest", text);
    }
    // A review of this file's rules wrote pages where the story's own text looks like what they remove; these stay.
    [Theory]
    [InlineData("<div class=\"player-verdict\"><div class=\"player-verdict__head\"><h3 class=\"player-verdict__name\">Jordan Pickford</h3><div class=\"player-verdict__score\">7/10</div></div><p class=\"player-verdict__text\">Made two sharp saves in the first half and could do little about either goal, and he was the main reason the side were level at the break.</p></div>", "7/10")]
    [InlineData("<div class=\"inspection-card\"><div class=\"inspection-card__header\"><h3 class=\"inspection-card__name\">Golden Wok Kitchen</h3><div class=\"inspection-card__grade\">C</div></div><p class=\"inspection-card__text\">Inspectors found evidence of mice in the food storage area and raw chicken stored above ready-to-eat vegetables in a walk-in cooler.</p></div>", "Golden Wok Kitchen\n\nC\n")]
    [InlineData("<section class=\"book-list\"><h2 class=\"book-list__heading\">Editor's pick</h2><article class=\"book-card\"><h3 class=\"book-card__title\"><a href=\"https://bookshop.example.org/a/the-salt-road\">The Salt Road</a></h3><p class=\"book-card__blurb\">A slow, luminous novel about two sisters who run a ferry across a flooded river valley, and the one book everyone on our staff passed around this spring.</p></article></section>", "A slow, luminous novel about two sisters")]
    [InlineData("<p>Environmental reporting at the Courier was funded by a grant from the Mission Valley Foundation for three years, until the foundation changed its priorities.</p>", "Environmental reporting at the Courier was funded")]
    [InlineData("<p>Unter jedem Beitrag stand seither der Hinweis: „Sie müssen angemeldet sein, um zu posten.“ Die Zahl der Beiträge ging danach deutlich zurück.</p>", "Sie müssen angemeldet sein")]
    [InlineData("<p>The wardens' advice to every household is the same: join the Polwithen Flood Watch WhatsApp group, and sign up for the county's flood alerts.</p>", "Flood Watch WhatsApp group")]
    [InlineData("<h2>Performance</h2><p>Reviewed on Switch 2 in handheld mode, the game held a steady 60fps even on the busiest late-game maps.</p>", "Reviewed on Switch 2")]
    [InlineData("<div class=\"article__premium-teaser\"><p class=\"article__teaser-text\">The county wants to cut the bus line to one run an hour from December, and riders in the outer villages are worried.</p></div>", "cut the bus line to one run an hour")]
    [InlineData("<p>The post read: “Please hit ‘Like’ on our Facebook page and ‘Follow’ on our Instagram, and if you can, come in and buy a loaf.”</p>", "come in and buy a loaf")]
    [InlineData("<table width=\"500\"><tr><td><img src=\"/towns/zhouzhuang.jpg\" alt=\"\"></td></tr><tr><td>The most visited of the towns drew 3.2 million people in six months, and the local government has capped daily entries.</td></tr></table>", "The most visited of the towns")]
    [InlineData("<p>Supporters who are not season ticket holders can register for the ballot by signing up to the club's ticketing newsletter.</p>", "by signing up to the club's ticketing newsletter")]
    [InlineData("<ul><li>Make sure you are signed up to our ticket alerts newsletter before noon on Friday.</li><li>Have your supporter number ready when the ballot opens.</li></ul>", "ticket alerts newsletter before noon")]
    [InlineData("<p>Our journalists work hard to provide news you cannot get anywhere else in the region, the editor wrote to readers.</p>", "news you cannot get anywhere else")]
    [InlineData("<ol><li>Téléchargez l'application France Identité sur l'App Store ou Google Play.</li><li>Scannez votre carte d'identité.</li></ol>", "Téléchargez l'application France Identité")]
    [InlineData("<p>De oproep van de politie is daarom simpel: download de app Burgernet.</p>", "download de app Burgernet")]
    [InlineData("<h2>Recíbelo gratis en tu centro cívico</h2><p>Los vecinos pueden recoger su árbol en cualquiera de los doce centros cívicos hasta el 15 de marzo.</p>", "Recíbelo gratis en tu centro cívico")]
    [InlineData("<p>Listen to Nation Radio Wales on 96.4FM in Swansea | 97.1FM in Cardiff | 102.1FM in Newport | DAB+ across the south</p>", "96.4FM in Swansea")]
    [InlineData("<ul><li>OPEN HOUSE: Thursday at the civic center.</li><li>FEEDBACK: Use this form to send comments to the city's transportation team, or download the draft plan.</li></ul>", "send comments to the city's transportation team")]
    [InlineData("<ul><li>Profile image: 400 x 400 pixels</li><li>Banner image: 1584 x 396 pixels, under 8MB</li></ul>", "1584 x 396 pixels")]
    [InlineData("<h2>Mise à jour automatique</h2><p>Windows installe désormais les correctifs sans demander l'avis de l'utilisateur, sauf si celui-ci suspend les mises à jour.</p>", "Mise à jour automatique")]
    public void Story_text_that_looks_like_those_boxes_stays(string block, string part)
    {
        var text = AllStay(Page(between: block));
        Assert.Contains(part, text);
    }

    [Theory]
    [InlineData("<p>She has no plans to respond to the reviews. “We have nothing to hide. Read more of our reviews and decide for yourself, because the food speaks for us,” she says.</p>")]
    [InlineData("<p>The Wexcombe Gazette subscribes to the Independent Press Standards Organisation's Editors' Code of Practice and has published the adjudication on its front page this week.</p>")]
    [InlineData("<p>The new issue of Field &amp; Fen is out now, and the first essay supplement will follow in March.</p>")]
    [InlineData("<h3>About Priya Raman</h3><p>Born in Leicester, England, in 1979, Priya Raman moved to Columbus in 2004 and founded Raman &amp; Co., which is based in Clintonville and now has 300 employees.</p>")]
    public void A_closing_paragraph_of_the_story_that_looks_like_a_sites_note_stays(string closing)
    {
        var text = AllStay(Page(after: closing));
        var last = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(closing, "<[^>]+>", " ")).Trim();
        Assert.Contains(last[^40..], text);
    }

    [Fact]
    public void A_facebook_page_plugins_link_goes_and_a_posts_text_stays()
    {
        var plugin = "<div class=\"code-block code-block-2\"><div class=\"fb-page\" data-href=\"https://www.facebook.com/ValleyTimes\"><blockquote cite=\"https://www.facebook.com/ValleyTimes\" class=\"fb-xfbml-parse-ignore\"><a href=\"https://www.facebook.com/ValleyTimes\">The Valley Times</a></blockquote></div></div>";
        var text = AllStay(Page(between: plugin));
        Assert.DoesNotContain("The Valley Times", text);
    }

    // An update stamp that gives only the time, the day being the publication stamp's beside it (L'Indépendant, Faro de Vigo,
    // and their German, Dutch, Italian and Portuguese forms), over the text; in it, such lines mark a live story's updates.
    [Theory]
    [InlineData("<div class=\"article-full__infos\"><span class=\"article-full__author\">Laure Moysset</span> <span class=\"article-full__date\">Publié le <time datetime=\"2020-11-24T19:12:00+01:00\">24/11/2020 à 19:12</time></span><span class=\"article-full__update\">, mis à jour à 19:40</span></div>", "mis à jour")]
    [InlineData("<span class=\"ft-article__updated\">Actualizado a las 09:12h</span>", "Actualizado")]
    [InlineData("<p class=\"stamp\">Aktualisiert um 14:35 Uhr</p>", "Aktualisiert")]
    [InlineData("<p>Bijgewerkt om 09:12</p>", "Bijgewerkt")]
    [InlineData("<p>Atualizado às 09h12</p>", "Atualizado")]
    public void A_time_under_its_update_label_goes(string stamp, string word)
    {
        var text = AllStay(Page(lead: stamp));
        Assert.DoesNotContain(word, text);
    }

    [Theory]
    [InlineData("<p>Aktualisiert um 14:35 Uhr wurde die Sperrung der Landstraße wieder aufgehoben.</p>", "wurde die Sperrung")]
    [InlineData("<p><strong>Actualizado a las 13:20h</strong></p><p>Los bomberos dan por controlado el incendio en la nave del polígono.</p>", "Actualizado a las 13:20h")]
    [InlineData("<blockquote class=\"status-log\"><p><strong>Investigating</strong> – We are looking into reports of failed payments.</p><p>Published 09:12 UTC</p></blockquote>", "Published 09:12 UTC")]
    public void An_update_time_in_the_story_stays(string block, string part)
    {
        var text = AllStay(Page(between: block));
        Assert.Contains(part, text);
    }

    // The reporter's address closing the story: alone under a "<br><br>" body (Korea Times), or under a label that says it is
    // the writer's (Graphic Online). An address readers are asked to write to is the story's.
    [Fact]
    public void The_reporters_address_under_a_br_body_goes()
    {
        var text = AllStay(BrBody("pjw@valleytimes.com"));
        Assert.DoesNotContain("pjw@", text);
    }

    [Fact]
    public void An_address_that_ends_the_last_sentence_of_a_br_body_stays()
    {
        var text = AllStay(BrBody("Entries should be attached to an e-mail to<br><br>\nessay@valleytimes.com"));
        Assert.Contains("essay@valleytimes.com", text);
    }

    private static string BrBody(string last) =>
        Page().Replace($"<p>{Paragraphs[0]}</p>", $"<span>{string.Join("<br><br>\n", Paragraphs)}<br><br>\n{last}\n</span>")
            .Replace($"<p>{Paragraphs[1]}</p>", "").Replace($"<p>{Paragraphs[2]}</p>", "").Replace($"<p>{Paragraphs[3]}</p>", "");

    [Theory]
    [InlineData("<p class=\"writer-email\">Writer's email: kweku.mensah@valleytimes.com</p>", true)]
    [InlineData("<p>E-Mail: ehrenamt@valleytimes.com</p>", false)]
    [InlineData("<p>Readers can send their views on the closure to letters@valleytimes.com before the board meets again in May.</p>", false)]
    public void A_writers_address_closing_the_story_goes_and_one_for_readers_stays(string closing, bool goes)
    {
        var text = AllStay(Page(after: closing));
        Assert.Equal(!goes, text.Contains("@valleytimes.com"));
    }

    [Theory]
    [InlineData("<p><em>Main image: The landfill road near Crofton. Image: Alamy.com</em></p>", true)]
    [InlineData("<ul><li><strong>Main image:</strong> the product alone on a pure white background, filling at least 85 percent of the frame.</li><li><strong>Additional images:</strong> up to eight, showing the product in use.</li></ul>", false)]
    public void A_main_image_credit_goes_and_a_rule_for_main_images_stays(string block, bool goes)
    {
        var text = AllStay(Page(after: block));
        Assert.Equal(!goes, text.Contains("Main image"));
    }

    // A headline set in a block named for it, not a heading (Korea Times): the deck under it is the article's. A book's title
    // in a review's info box is no headline, even when the title holds it.
    [Fact]
    public void The_deck_under_a_headline_block_stays()
    {
        var html = Page().Replace("<h1>County closes landfill road for repairs</h1>",
            "<div class=\"view_headline HD\">County closes landfill road for repairs</div><div class=\"view_sub_headline\">Detour will add ten minutes to trips between the two towns</div><div class=\"view_info\">Posted : 2020-10-14 17:02</div>");
        var text = AllStay(html);
        Assert.StartsWith("Detour will add ten minutes", text);
    }

    [Fact]
    public void A_title_in_a_side_box_is_no_headline()
    {
        var html = Page().Replace("<h1>County closes landfill road for repairs</h1>", "<h1>Road closure splits county</h1>")
            .Replace("</article>", "</article><aside class=\"info-box\"><span class=\"box__title\">County closes landfill road for repairs</span><p class=\"box__summary\">A short guide to the detour and the bus stops that stay open during the works.</p></aside>");
        var text = AllStay(html);
        Assert.DoesNotContain("A short guide to the detour", text);
    }

    // A picture's caption named "img_sub_title" is no standfirst; a byline box named "sub_head" neither.
    [Fact]
    public void A_pictures_sub_title_is_no_standfirst()
    {
        var html = Page().Replace("<h1>County closes landfill road for repairs</h1>",
            "<h1>County closes landfill road for repairs</h1><div class=\"img_wrap\"><img src=\"/road.jpg\" alt=\"\"><p class=\"img_sub_title\">The landfill road near Crofton on Tuesday.</p></div><p class=\"chapo\">Detour will add ten minutes to trips between the two towns.</p>");
        var text = AllStay(html);
        Assert.StartsWith("Detour will add ten minutes", text);
        Assert.DoesNotContain("near Crofton on Tuesday", text);
    }

    // Text in a box that pairs a picture with it ("img-txt") is the story's: a recipe's steps, a list of walks.
    [Fact]
    public void Text_beside_a_picture_in_an_img_txt_box_stays()
    {
        var step = "<ol class=\"steps\"><li><div class=\"img-txt\"><img src=\"/step1.jpg\" alt=\"\"><p>Rinse the lentils under the tap and put them in a pot of cold water with the bay leaf.</p></div></li><li><div class=\"img-txt\"><img src=\"/step2.jpg\" alt=\"\"><p>Bring to the boil, then turn the heat down and simmer for forty minutes.</p></div></li></ol>";
        var text = AllStay(Page(between: step));
        Assert.Contains("Rinse the lentils", text);
        Assert.Contains("simmer for forty minutes", text);
    }

    // A photo gallery set into the story: its title, captions and counter leave the text (the HTML keeps the gallery); a photo
    // essay whose captions are the text keeps them.
    [Fact]
    public void A_gallery_set_into_the_story_leaves_the_text()
    {
        var gallery = "<div class=\"galeria-embed\"><div class=\"galeria-embed__titulo\">Veja fotos da estrada</div><div class=\"galeria-embed__itens\">" +
                      "<figure><img src=\"/g1.jpg\" alt=\"\"><figcaption>The washed-out shoulder near the old quarry (photo: J. Reyes)</figcaption></figure>" +
                      "<figure><img src=\"/g2.jpg\" alt=\"\"><figcaption>Crews lay new drainage pipe (photo: J. Reyes)</figcaption></figure>" +
                      "<figure><img src=\"/g3.jpg\" alt=\"\"><figcaption>The detour sign at the county line (photo: J. Reyes)</figcaption></figure></div><span class=\"galeria-embed__contador\">1/14</span></div>";
        var result = Extractor.Extract(new ExtractionInput { Html = Page(between: gallery), BaseUrl = new Uri("https://valleytimes.example/a") });
        foreach (var p in Paragraphs) Assert.Contains(p, result.Text);
        Assert.DoesNotContain("Veja fotos", result.Text);
        Assert.Contains("/g2.jpg", result.Html);
    }

    [Fact]
    public void A_photo_essays_captions_stay()
    {
        var slides = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<figure><img src=\"/s{i}.jpg\" alt=\"\"><figcaption>Slide {i}: the crews worked through the night to clear the washed-out road before the school buses ran again in the morning.</figcaption></figure>"));
        var html = $"<html><head><title>The night shift</title></head><body><article><h1>The night shift</h1><div class=\"gallery\">{slides}</div></article></body></html>";
        var text = Extractor.Extract(new ExtractionInput { Html = html }).Text;
        Assert.Contains("Slide 4: the crews worked", text);
    }

    // A video player's labels run together, and the chain's newsletter line with its "here" link.
    [Theory]
    [InlineData("<div class=\"video-container\"><div class=\"video-placeholder\"><span>Video Loading</span><span>Video Unavailable</span><span>Click to play</span><span>Tap to play</span></div></div>", "Video Loading")]
    [InlineData("<ul><li><strong>Make sure you are signed up for our breaking and regular headlines newsletters </strong><a href=\"/newsletters/\">here</a></li></ul>", "signed up")]
    public void A_players_labels_and_a_newsletter_line_go(string block, string part)
    {
        var text = AllStay(Page(between: block));
        Assert.DoesNotContain(part, text);
    }

    // What looks like a gallery and is the story: a before-and-after slide's heading and text, a recipe's steps under their
    // pictures, a museum's section named "galleria".
    [Theory]
    [InlineData("<div class=\"gallery-slide before-after\"><div class=\"ba-pair\"><img src=\"/hall-before.jpg\" alt=\"\"><img src=\"/hall-after.jpg\" alt=\"\"></div><h3>The hallway</h3><p>The panelling came off, and the original parquet was underneath it all.</p></div>", "original parquet")]
    [InlineData("<div class=\"galeria-passo-a-passo\"><div class=\"passo\"><img src=\"/p1.jpg\" alt=\"\"><p>1. Bata tudo no liquidificador.</p></div><div class=\"passo\"><img src=\"/p2.jpg\" alt=\"\"><p>2. Despeje na forma untada.</p></div><div class=\"passo\"><img src=\"/p3.jpg\" alt=\"\"><p>3. Asse por 50 minutos a 180 °C.</p></div><div class=\"passo\"><img src=\"/p4.jpg\" alt=\"\"><p>4. Espere esfriar para desenformar.</p></div></div>", "Espere esfriar")]
    [InlineData("<section class=\"scheda-mostra\" id=\"galleria-borghese\"><h3>Galleria Borghese</h3><div class=\"immagini\"><img src=\"/b1.jpg\" alt=\"\"><img src=\"/b2.jpg\" alt=\"\"></div><p>Caravaggio e i caravaggeschi: 24 tele in dialogo con la collezione.</p></section>", "Caravaggio e i caravaggeschi")]
    public void Text_in_a_box_named_for_a_gallery_that_is_the_storys_stays(string block, string part)
    {
        var text = AllStay(Page(between: block));
        Assert.Contains(part, text);
    }

    // A list of labelled facts is the story's, its "Date:" item too; a list of file types under "Images:" is no credit.
    [Theory]
    [InlineData("<h2>When is the draft lottery?</h2><ul><li><strong>Date:</strong> Tuesday, June 22</li><li><strong>Time:</strong> 8:30 p.m. ET</li><li><strong>TV channel:</strong> ESPN</li><li><strong>Live stream:</strong> ESPN app</li></ul>", "Date: Tuesday, June 22")]
    [InlineData("<ul><li>Documents: .doc, .docx, .xls, .pdf</li><li>Images: .jpg, .jpeg, .png, .raw, .heic</li><li>Video: .mp4, .mov, .avi</li></ul>", "Images: .jpg")]
    [InlineData("<blockquote class=\"pull-quote\"><p>Video unavailable. Tap to play.</p></blockquote>", "Video unavailable. Tap to play.")]
    public void Facts_and_quotes_that_look_like_labels_stay(string block, string part)
    {
        var text = AllStay(Page(between: block));
        Assert.Contains(part, text);
    }

    [Fact]
    public void A_timelines_first_stamp_stays()
    {
        var entries = "<p><b>Posted 9:02 a.m.</b></p><p>The county sent the first evacuation alert to every phone in the valley.</p><p><b>Posted 9:11 a.m.</b></p><p>A second alert said the first had been sent in error.</p>";
        var text = AllStay(Page(lead: entries));
        Assert.Contains("Posted 9:02 a.m.", text);
    }

    [Fact]
    public void An_address_given_after_a_colon_in_a_br_body_stays()
    {
        var text = AllStay(BrBody("Write to us at:<br><br>\ntransit@valleytimes.com"));
        Assert.Contains("transit@valleytimes.com", text);
    }

    // Closing lines of European papers: a correspondent's signature, the site's licence, the e-paper offer; and a health
    // site's review badge.
    [Theory]
    [InlineData("<p class=\"signature-fin\"><em>Bertrand Lasserre (Correspondant à Lyon)</em></p>", "Bertrand Lasserre")]
    [InlineData("<div class=\"licenca\"><p>Todo o conteúdo deste site está publicado sob a Licença Creative Commons Atribuição 3.0 Brasil exceto quando especificado em contrário.</p></div>", "Creative Commons")]
    [InlineData("<div class=\"article__edicola\"><p>Scopri di più nell'edizione digitale</p><p>Per leggere tutto acquista il quotidiano o abbonati alla edizione digitale.</p></div>", "edizione digitale")]
    public void A_papers_closing_lines_go(string closing, string part)
    {
        var text = AllStay(Page(after: closing));
        Assert.DoesNotContain(part, text);
    }

    [Fact]
    public void A_review_badge_goes()
    {
        var text = AllStay(Page(lead: "<div class=\"eh-medically-reviewed\"><span class=\"eh-medically-reviewed__text\">Medically Reviewed</span></div>"));
        Assert.DoesNotContain("Medically Reviewed", text);
    }

    [Fact]
    public void A_story_about_the_licences_keeps_its_last_sentence()
    {
        var text = AllStay(Page(after: "<p>In 2004 Creative Commons won the Golden Nica, and the group started work on an Austrian version of the CC 2.0 licence.</p>"));
        Assert.Contains("Golden Nica", text);
    }

    // More closing lines: the reporter's bio with a site's domain, the site's own appeal, a tip line with the desk's address,
    // the reporter's address with the phone and the handle each on a line after it.
    [Theory]
    [InlineData("<p><em>Becca Savransky is a reporter for seattlepi.com. She can be reached at becca@valleytimes.com. Follow her on Twitter at @beccas.</em></p>", "Becca Savransky")]
    [InlineData("<p><em>(At The Valley Times, we are answerable only to our readers. Play an active role in shaping our journalism by becoming a member. Because the truth is worth it.)</em></p>", "answerable only")]
    [InlineData("<p><em>Got a story? Email news@valleytimes.com or call 0141 302 6611.</em></p>", "Got a story")]
    [InlineData("<p><em>— mferreira@valleytimes.com</em></p><p><em>(401) 277-7000</em></p><p><em>On Twitter: @MadFerreiraVT</em></p>", "277-7000")]
    public void More_closing_lines_of_the_site_go(string closing, string part)
    {
        var text = AllStay(Page(after: closing));
        Assert.DoesNotContain(part, text);
    }

    [Fact]
    public void A_players_title_length_and_button_go()
    {
        var player = "<div class=\"c-mediaPlayer c-mediaPlayer--video\"><div class=\"c-mediaPlayer__poster\"><img src=\"/poster.jpg\" alt=\"\"><button class=\"c-mediaPlayer__play\">Video abspielen</button></div>" +
                     "<p class=\"c-mediaPlayer__title\">Video <span>01:52 Min.</span></p><p class=\"c-mediaPlayer__description\">Darmstadt: Pop-up-Radwege werden dauerhaft</p><p class=\"c-mediaPlayer__copyright\">Bild © hr</p></div>";
        var text = AllStay(Page(between: player));
        Assert.DoesNotContain("Pop-up-Radwege", text);
    }

    // The story's own lines that look like those: a TV preview's air times as a list, a story about open licences or a paper's
    // e-paper ending on them, a prize list of correspondents, a list of badge labels and a heading naming one; a list of
    // credits, though bold-labelled, still goes.
    [Theory]
    [InlineData("<ul class=\"list\"><li>Sendung am Mo., 4.11.2024, 22:50 Uhr, Das Erste: Teil 1 „Die Grube“</li><li>Sendung am Di., 5.11.2024, 22:50 Uhr, Das Erste: Teil 2 „Die Halle“</li></ul>", "Teil 2 „Die Halle“")]
    [InlineData("<p>All content on the new portal is published under a Creative Commons Zero licence, which means people can use the images for any purpose without asking permission.</p>", "Creative Commons Zero")]
    [InlineData("<p>Subscribers who still want the look of the printed page on other days can read the e-paper, a digital replica of each edition, from 5 a.m. daily.</p>", "read the e-paper")]
    [InlineData("<ul><li>Karim Benslimane (correspondant de France 24 à Beyrouth)</li><li>Sophie Lerouge (envoyée spéciale du Soir au Soudan)</li></ul>", "Sophie Lerouge")]
    public void Closing_lines_of_the_story_that_look_like_the_sites_stay(string closing, string part)
    {
        var text = AllStay(Page(after: closing));
        Assert.Contains(part, text);
    }

    [Fact]
    public void A_badges_name_in_a_list_or_a_heading_stays()
    {
        var text = AllStay(Page(between: "<p>The labels we saw most often were:</p><ul><li>Medically reviewed</li><li>Fact checked</li><li>Expert approved</li></ul><h2>Medically reviewed?</h2><p>In 118 of the 400 articles, the reviewer's listed specialty did not match the topic.</p>"));
        Assert.Contains("Medically reviewed\n", text);
        Assert.Contains("Medically reviewed?", text);
    }

    [Fact]
    public void A_bold_labelled_list_of_credits_goes()
    {
        var credits = "<figure><img src=\"/map.png\" alt=\"\"></figure><ul class=\"wp-block-list\"><li><strong>Foto:</strong> ANP / Rob Engelaar</li><li><strong>Kaart:</strong> Rijkswaterstaat</li><li><strong>Bron:</strong> Rijkswaterstaat, ANWB</li></ul>";
        var text = AllStay(Page(between: credits));
        Assert.DoesNotContain("Rob Engelaar", text);
    }

    // Closing lines that are the story's: a hotline's number, a campaign's handle, a station's appeal quoted, a founder's
    // site, an office's request for e-mails, a quoted scam e-mail's sender, a TV page's air times.
    [Theory]
    [InlineData("<p>The FarmWell line is free and open to anyone. The number is:</p><p><strong>(401) 555-0187</strong></p>", "555-0187")]
    [InlineData("<h3>How to help</h3><p>Website: savehadleymill.org</p><p>Instagram: @savehadleymill</p>", "@savehadleymill")]
    [InlineData("<p>The on-air script ends with a line she rewrote a dozen times: \"If this newsroom matters to you, help sustain our journalism by becoming a member today.\"</p>", "sustain our journalism")]
    [InlineData("<p>Marisol Treviño Garza is the founder of zapatawatch.org and still the only person who answers its tip line.</p>", "founder of zapatawatch.org")]
    [InlineData("<p>Do you have a story about these movers? The attorney general's office asks victims to email consumers@ag.example.gov with their receipts.</p>", "consumers@ag.example.gov")]
    [InlineData("<blockquote class=\"email-excerpt\"><p>Dear customer, your account has an unpaid balance.</p><p>— billing@tolls-example.com</p></blockquote>", "billing@tolls-example.com")]
    [InlineData("<p class=\"text\">Sendung: rbb Fernsehen, Unser Leben, 11.03.2024, 20.15 Uhr</p>", "Unser Leben")]
    public void Closing_lines_that_are_the_storys_stay(string closing, string part)
    {
        var text = AllStay(Page(after: closing));
        Assert.Contains(part, text);
    }

    [Fact]
    public void A_players_card_with_the_storys_summary_keeps_it()
    {
        var card = "<div class=\"video-player-card\"><img src=\"/organ.jpg\" alt=\"\"><button class=\"video-player-card__play\">Play video</button><span>Video</span><h2 class=\"video-player-card__title\">The last organ doctor</h2><span>04:12</span>" +
                   "<p class=\"video-player-card__summary\">For 38 years, Walt Kimura has repaired the pipe organs of the valley's churches, and now he has found an apprentice.</p></div>";
        var text = AllStay(Page(lead: card));
        Assert.Contains("Walt Kimura has repaired", text);
    }

    // A Portuguese ad slot's "PUB" label (not a heading's "Pub"), and a Dutch broadcaster's tip box under its label.
    [Theory]
    [InlineData("<div class=\"publicidade\"><span class=\"publicidade-label\">PUB</span><div id=\"div-gpt-ad-1\"></div></div>", "PUB")]
    [InlineData("<div class=\"article__tip\"><strong>Tip de redactie</strong> Heb jij nieuws of een tip voor RTV Oost? Stuur het ons via WhatsApp: 06 - 51 82 19 05 of mail naar <a href=\"mailto:nieuws@rtvoost.nl\">nieuws@rtvoost.nl</a>.</div>", "Heb jij nieuws")]
    public void An_ad_label_and_a_tip_box_go(string block, string part)
    {
        var text = AllStay(Page(between: block));
        Assert.DoesNotContain(part, text);
    }

    // Newsquest's note on comments for subscribers, closing every story of its papers.
    [Fact]
    public void A_note_on_comments_for_subscribers_goes()
    {
        var note = "<div class=\"mar-article__trust\"><h4>Why are you making commenting on The Valley Times only available to subscribers?</h4><p>We know how important it is for readers to engage with the journalism we produce, and we value the opinions of our readers. This is why we have decided to make commenting available to our subscribers only.</p></div>";
        var text = AllStay(Page(after: note));
        Assert.DoesNotContain("commenting", text);
    }
}
