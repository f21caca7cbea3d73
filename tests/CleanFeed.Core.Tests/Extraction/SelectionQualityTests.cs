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
    public void The_article_header_with_its_standfirst_stays_and_the_page_masthead_goes()
    {
        var text = Extract($"""
            <header class="masthead"><a href="/">Example Media</a> <a href="/news">News</a> <a href="/sport">Sport</a></header>
            <main><article>
              <header><h1>Harbour festival draws record crowds</h1><p class="standfirst">Three days of music, boats and food on the quays.</p></header>
              <p>More than two hundred thousand visitors came to the harbour over the weekend, the organisers said on Monday, a third more than last year.</p>
              <p>The tall ships parade on Saturday evening was the highlight, with crews from nine countries and a fireworks show over the water.</p>
              <p>Traders reported brisk business, although some complained about the queues at the ferry terminal and the lack of shade on the piers.</p>
            </article></main>
            {Chrome}
            """, title: "Harbour festival draws record crowds");
        Assert.Contains("Three days of music, boats and food on the quays.", text);
        Assert.DoesNotContain("Example Media", text);
    }

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
    [Fact]
    public void A_long_notes_section_does_not_outrank_the_article_that_holds_it()
    {
        // The notes sit deep in an accordion and score a little higher than each of the article's sections alone.
        var notes = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Note {i}: see the report of the commission, chapter {i}, pages 10, 20, 30, 40, 50, and the annex, with its tables, figures, and sources, as published, revised, and translated.</p>"));
        var sections = string.Concat(new[] { "the new government", "the protests", "the constitution", "the economy", "the parties", "the courts" }
            .Select(t => $"<div class=\"section\">{Para(t, 4)}</div>"));
        var text = Extract($"""
            {Chrome}
            <div class="news-detail"><h1>Big tasks for the new government</h1>{sections}
            <div class="extras"><div class="accordion"><div class="panel"><h4>Notes</h4><div class="collapse"><div class="body"><div class="row"><div class="col"><div class="notes">{notes}</div></div></div></div></div></div></div></div>
            </div>
            """, title: "Big tasks for the new government");
        Assert.Contains("about the protests", text);
        Assert.Contains("Note 1:", text);
    }
    [Theory]
    [InlineData("author-description", true)]
    [InlineData("about-the-author", true)]
    [InlineData("modal__body", true)]
    [InlineData("ux-modal-container", true)]
    [InlineData("entry-content", false)]
    [InlineData("biography-text", false)]
    [InlineData("author-name", false)]
    public void Author_bios_and_dialogs_weigh_against_being_the_article(string cls, bool negative)
    {
        // A comma-rich bio or a disclosure dialog can outscore a plain article; its name must weigh against it.
        var w = CleanFeed.Core.Extraction.Vocabulary.ClassHints.Weight(cls);
        Assert.Equal(negative, w < 0);
    }
    [Fact]
    public void Text_after_a_stray_anchor_tag_is_not_link_text()
    {
        // "<a href=...>TCLUG<a/>" leaves an anchor open (no href) that the rest of the section sits in; named anchors
        // wrap headings on old pages. Neither is a link, so the text is not a link list.
        var html = """
            <html><head><title>Rsync over Stunnel</title></head><body>
            <h1>Rsync over Stunnel</h1>
            <h2><a name="purpose">Purpose</a></h2>
            <blockquote><p>A while back I went to a great <a href="http://www.tclug.org/">TCLUG<a/> meeting with a talk on secure servers, and bought the book.</p>
            <p>One of the columns deals with setting up stunnel to tunnel rsync over an SSL encrypted connection, which took me a while to get right.</p>
            <ul><li>rpm -qa | grep -i ssl</li><li>which openssl</li></ul>
            Follow the steps below to install the latest version from source if desired.
            <p>Download the latest OpenSSL source tarball and unpack it wherever you keep your source packages, then configure and build it.</p>
            </blockquote></body></html>
            """;
        var text = new ContentExtractor().Extract(new ExtractionInput { Html = html }).Text;
        Assert.Contains("Follow the steps below to install the latest version", text);
        Assert.Contains("Download the latest OpenSSL source tarball", text);
        Assert.Contains("which openssl", text);
    }

    private const string CampaignParagraph = "<p>The campaign's open letter urges ministers to keep food standards high after the trade deal, and it has been signed by chefs, farmers and doctors.</p>";

    [Fact]
    public void Another_story_set_into_the_article_with_its_own_headline_and_byline_is_removed()
    {
        var para = CampaignParagraph;
        var text = Extract($"""
            {Chrome}
            <article><h1>Chefs join the campaign for food standards</h1><p class="byline">By Glen Owen For The Mail On Sunday</p>
            <div class="article-text">{para}{para.Replace("campaign's", "group's")}{para.Replace("campaign's", "chefs'")}
            <div class="inset"><h3>Prince: a million young people need urgent help</h3><p>By Tom Pyman for MailOnline</p>
            <p>As many as a million young people need urgent help to protect their futures from the impact of the pandemic, the prince has warned.</p>
            <p>Writing in a newspaper, he said there has never been a time as uniquely challenging as the present for the young.</p></div>
            {para.Replace("campaign's", "farmers'")}{para.Replace("campaign's", "doctors'")}</div></article>
            """);
        Assert.Contains("The farmers' open letter urges ministers", text);
        Assert.DoesNotContain("As many as a million young people", text);
        Assert.DoesNotContain("By Tom Pyman", text);
    }

    [Fact]
    public void A_box_of_facts_in_the_article_stays()
    {
        // a fact box has a heading but no byline: it belongs to the story
        var para = CampaignParagraph;
        var text = Extract($"""
            {Chrome}
            <article><h1>Chefs join the campaign for food standards</h1>
            <div class="article-text">{para}{para}{para}
            <div class="inset"><h3>What the trade deal changes</h3>
            <p>Chlorinated chicken and hormone-fed beef could be sold in British shops for the first time if the standards are not written into law.</p>
            <p>Tariffs on American food would fall over ten years, by a fifth in the first year and by a tenth in each year after that.</p></div>
            {para}</div></article>
            """);
        Assert.Contains("Chlorinated chicken and hormone-fed beef", text);
    }

    [Fact]
    public void A_live_tickers_entries_and_a_commentary_are_text_not_reader_comments()
    {
        var entries = string.Concat(new[]
        {
            "Lorient hold Lyon to a draw at the Moustoir after a tense second half with chances at both ends.",
            "Yellow card for the Lorient keeper, who took far too long over a free kick deep in his own half.",
            "Lorient break again and have a chance to win it, but the shot is blocked on the line by a defender.",
            "At least five minutes of added time will be played, the fourth official shows on his board.",
        }.Select((t, i) => $"<div class=\"live-match-comment\"><span class=\"live-match-comment-time\">{90 + i}'</span><p class=\"live-match-comment-body\">{t}</p></div>"));
        var text = Extract($"""
            {Chrome}
            <main><h1>Lorient v Lyon, live</h1><div class="live-match-comments">{entries}</div>
            <div class="commentary"><p>Our view: a point is a fair reward for Lorient, who defended with discipline and never gave the visitors room to play.</p></div>
            <section id="comments"><h2>3 Comments</h2><div class="comment"><p>What a game, what a keeper! I have watched this team for twenty years and never seen such a defence.</p></div></section>
            </main>
            """);
        Assert.Contains("Lorient hold Lyon to a draw", text);
        Assert.Contains("At least five minutes of added time", text);
        Assert.Contains("Our view: a point is a fair reward", text);
        Assert.DoesNotContain("What a game, what a keeper", text);
    }

    [Fact]
    public void A_forum_thread_made_only_of_comments_keeps_them_as_its_text()
    {
        // every post sits in a "comment" box: with them removed nothing is left, so the thread is the text
        var posts = string.Concat(new[]
        {
            "Since the update my iPhone 11 has no access to the App Store over mobile data any more, only over wifi.",
            "Same here with an iPad. I did not change any settings knowingly, and the other apps download fine.",
            "Check Settings, Mobile Data, and scroll down: the App Store switch was turned off by the update on mine.",
        }.Select((t, i) => $"<div class=\"MtnComment\"><span class=\"MtnCommentAccountName\">user{i}</span><div class=\"MtnCommentText\">{t}</div></div>"));
        var text = Extract($"{Chrome}<main><h1>No App Store over mobile data with iOS 13</h1><div class=\"MtnCommentList\">{posts}</div></main>");
        Assert.Contains("no access to the App Store over mobile data", text);
        Assert.Contains("the App Store switch was turned off", text);
    }

    [Fact]
    public void A_pull_quote_that_repeats_a_sentence_goes_and_a_quotation_stays()
    {
        var text = Extract($"""
            {Chrome}
            <article><h1>Gropers and silence</h1>
            <p>Most victims never report it. In a culture that values social harmony over individual needs, gropers profit from their victims' fear of causing a fuss in public, researchers say.</p>
            <blockquote class="pull-quote"><p>In a culture that values social harmony over individual needs, gropers profit from their victims’ fear of causing a fuss in public.</p></blockquote>
            <p>Rail companies have added women-only carriages at rush hour, but campaigners say that puts the burden on women rather than on the men who grope.</p>
            <blockquote><p>"We want the police to take every report seriously, however small it seems," the campaign's founder said.</p></blockquote>
            <p>The police say reports have risen since an app made it easier to send a message from a crowded train without being noticed.</p>
            </article>
            """);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "values social harmony"));
        Assert.Contains("researchers say", text);
        Assert.Contains("We want the police to take every report seriously", text);
    }

    [Fact]
    public void A_short_article_with_reader_comments_does_not_become_its_comments()
    {
        // the page says it is an article: its comments are no stand-in for a body that is short or rendered by a script
        const string comments = """
            <section id="comments">
            <div class="comment"><p>Another tax rise dressed up as a reform, and the council expects us to thank them for it.</p></div>
            <div class="comment"><p>I disagree: the lanes are overdue, and my children will finally be able to ride to school.</p></div>
            <div class="comment"><p>Who is going to pay for all of this when the grants run out in three years' time?</p></div>
            <div class="comment"><p>The lanes on Main Street are empty half the day, and the shops there have lost their parking.</p></div></section>
            """;
        foreach (var body in new[] { "<article><h1>Council votes</h1><p>The council voted for the lanes.</p></article>", "<div id=\"app\"></div>" })
        {
            var r = Extractor.Extract(new ExtractionInput { Html = $"<!DOCTYPE html><html><head><title>Council votes</title><meta property=\"og:type\" content=\"article\"></head><body>{body}{comments}</body></html>" });
            Assert.DoesNotContain("Another tax rise dressed up", r.Text);
        }
    }

    [Fact]
    public void A_reader_comment_list_named_live_comments_is_still_removed()
    {
        var text = Extract($"""
            {Chrome}
            <article><h1>Council votes</h1><p>The city council voted on Tuesday to expand the network of protected bike lanes, a decision years in the making.</p>
            <p>Twelve new corridors will be built over three years, with the first ones opening next spring, officials said.</p></article>
            <section class="live-comments-section"><div class="live_comment_list"><p>Another tax rise dressed up as a reform, and the council expects us to thank them for it.</p></div></section>
            """);
        Assert.Contains("Twelve new corridors", text);
        Assert.DoesNotContain("Another tax rise", text);
    }

    [Fact]
    public void A_drop_cap_set_apart_from_its_paragraph_goes_back_onto_its_word()
    {
        var text = Extract($"""
            {Chrome}
            <article><h1>Travel corridors</h1>
            <div class="body"><span class="dropcap">T</span><p>urkey, Poland and the Caribbean islands of Bonaire, St Eustatius and Saba have been removed from the list of travel corridors.</p>
            <p>Travellers arriving from those places after 4am on Saturday must self-isolate for 14 days, the transport secretary said.</p></div></article>
            """);
        Assert.StartsWith("Turkey, Poland and the Caribbean islands", text);
    }

    [Fact]
    public void Adobe_Experience_Manager_text_components_are_article_text_not_a_consent_manager()
    {
        // AEM names its core components cmp-text, cmp-container, ...; consent managers use "cmp", "cmpbox", "qc-cmp2-ui"
        var text = Extract($"""
            {Chrome}
            <main><h1>Heat pumps in old buildings</h1>
            <div class="cmp-container"><div class="cmp-text"><p>Heat pumps draw free energy from the environment and heat houses cheaply, and more and more owners of old buildings want one too.</p></div>
            <div class="cmp-text"><p>A low flow temperature is what matters: good insulation, large radiators or underfloor heating make it possible in most houses built before 1980.</p></div></div>
            <div id="cmpbox" class="cmpbox"><p>We and our partners store and access information on your device, such as cookies, to measure and improve our services.</p></div>
            </main>
            """);
        Assert.Contains("Heat pumps draw free energy", text);
        Assert.Contains("A low flow temperature is what matters", text);
        Assert.DoesNotContain("We and our partners store", text);
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_spaces_do_not_split_words_in_the_text()
    {
        var text = Extract($"""
            {Chrome}
            <article><h1>Red wines with elegance</h1>
            <p>Schon im Mit&shy;tel&shy;al&shy;ter war der St. Mag&shy;da&shy;le&shy;ner das Aus&shy;hän&shy;ge&shy;schild der Wein&shy;wirt&shy;schaft, und er wurde weithin gelobt.</p>
            <p>Die Winzer&#8203;gemeinschaft definierte 1927 das Kerngebiet, dessen Weine den Zusatz „classico“ tragen dürfen, und das gilt bis heute.</p>
            </article>
            """);
        Assert.Contains("Schon im Mittelalter war der St. Magdalener das Aushängeschild der Weinwirtschaft", text);
        Assert.Contains("Die Winzergemeinschaft definierte", text);
    }
    [Theory]
    [InlineData("The mayor opens the new bridge on Monday. Photo: Jane Smith/Example Agency", "The mayor opens the new bridge on Monday.")]
    [InlineData("Der Bürgermeister eröffnet die neue Brücke (Foto: Stadt Beispielhausen)", "Der Bürgermeister eröffnet die neue Brücke")]
    [InlineData("El alcalde inaugura el nuevo puente (REUTERS/Juan Pérez)", "El alcalde inaugura el nuevo puente")]
    public void A_photo_credit_after_a_caption_is_dropped_and_the_caption_kept(string caption, string kept)
    {
        var text = Extract($"""
            {Chrome}
            <article><h1>New bridge opens</h1>
            <p>The new bridge over the river opened on Monday after three years of work, and the first cars crossed it at noon.</p>
            <figure><img src="/bridge.jpg"></figure><p>{caption}</p>
            <p>The city expects twenty thousand crossings a day, which should ease the traffic in the old town considerably.</p>
            </article>
            """);
        Assert.Contains(kept, text);
        Assert.DoesNotContain(caption, text);
        Assert.Contains("The city expects twenty thousand crossings a day", text);
    }
    [Fact]
    public void The_headline_article_wins_over_a_rail_of_comma_rich_teasers_that_outrank_it()
    {
        // Five teaser boxes and their rail all score above the recipe; the recipe is the one under the page's headline.
        var boxes = string.Concat(Enumerable.Range(1, 5).Select(k =>
            $"<div class=\"box\"><p>Box {k}: dumplings, ravioli, gyoza, momos, pelmeni, khinkali, wontons, and many more, from Poland, Italy, Japan, Nepal, Russia, Georgia, and China, all in one place.</p></div>"));
        var steps = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Step {i}: cut the pumpkin into small cubes and cook them in salted water until they are soft, then mash them well.</p>"));
        var text = Extract($"""
            {Chrome}<div class="rail">{boxes}</div>
            <main><h1>Pumpkin dumplings with sage butter</h1><div class="steps">{steps}</div></main>
            """, title: "Pumpkin dumplings with sage butter");
        Assert.Contains("Step 1: cut the pumpkin", text);
        Assert.DoesNotContain("Box 1:", text);
    }

    [Theory]
    [InlineData("<figure><img src=\"/a.jpg\"><figcaption>Die neue Brücke am Abend, vom Ufer aus gesehen.</figcaption></figure>")]
    [InlineData("<div class=\"wp-caption\"><img src=\"/a.jpg\"><p class=\"wp-caption-text\">Die neue Brücke am Abend, vom Ufer aus gesehen.</p></div>")]
    [InlineData("<div class=\"bild\"><img src=\"/a.jpg\"><span class=\"bildunterschrift\">Die neue Brücke am Abend, vom Ufer aus gesehen.</span></div>")]
    public void An_image_caption_is_left_out_of_the_text_and_kept_with_its_picture_in_the_html(string figure)
    {
        var result = Extractor.Extract(new ExtractionInput { Html = $"""
            {Chrome}
            <article><h1>Neue Brücke eröffnet</h1>
            <p>Die neue Brücke über den Fluss wurde am Montag nach drei Jahren Bauzeit eröffnet, und die ersten Autos fuhren mittags darüber.</p>
            {figure}
            <p>Die Stadt erwartet zwanzigtausend Überfahrten am Tag, was den Verkehr in der Altstadt deutlich entlasten soll.</p>
            </article>
            """ });
        var text = result.Text;
        Assert.DoesNotContain("Die neue Brücke am Abend", text);
        Assert.Contains("Die neue Brücke am Abend, vom Ufer aus gesehen.", result.Html);
        Assert.Contains("nach drei Jahren Bauzeit eröffnet", text);
        Assert.Contains("Die Stadt erwartet zwanzigtausend", text);
    }

    [Fact]
    public void A_login_panel_with_sentence_like_messages_is_not_part_of_the_article()
    {
        // Account panels sit in the markup, shown on demand; their validation messages are long, comma-rich sentences.
        var text = Extract($"""
            {Chrome}
            <div class="main">
            <article><h1>Neue Brücke eröffnet</h1>
            <p>Die neue Brücke über den Fluss wurde am Montag nach drei Jahren Bauzeit eröffnet, und die ersten Autos fuhren mittags darüber.</p>
            <p>Die Stadt erwartet zwanzigtausend Überfahrten am Tag, was den Verkehr in der Altstadt deutlich entlasten soll.</p>
            </article>
            <div class="login-panel">
            <p>Diese E-Mail-Adresse scheint nicht korrekt zu sein, sie muss ein @ beinhalten und eine existierende Domain haben.</p>
            <p>Das Passwort muss mindestens acht Zeichen lang sein, einen Großbuchstaben, eine Ziffer und ein Sonderzeichen enthalten.</p>
            </div>
            </div>
            """);
        Assert.Contains("nach drei Jahren Bauzeit eröffnet", text);
        Assert.DoesNotContain("E-Mail-Adresse", text);
        Assert.DoesNotContain("Passwort", text);
    }

    [Fact]
    public void A_subheading_whose_class_names_a_contents_anchor_stays()
    {
        // Tables of contents link to their subheadings; the anchor classes ("nav_…", "jump-…") do not make the heading a menu.
        var text = Extract($"""
            {Chrome}
            <article><h1>Lithium aus dem Schredder</h1>
            <p>Bisherige Verfahren beruhen meist darauf, die Akkus einzuschmelzen, und der Rest landet als Schlacke in alten Stollen.</p>
            <h3 class="subheading nav_schredder_statt_ofen">Schredder statt Ofen</h3>
            <p>Im ersten Schritt werden die Akkus tiefentladen, danach werden die Batterien manuell auseinandergenommen und sortiert.</p>
            </article>
            """);
        Assert.Contains("Schredder statt Ofen", text);
        Assert.Contains("Im ersten Schritt werden die Akkus tiefentladen", text);
    }

    [Fact]
    public void A_live_tickers_running_commentary_is_the_content_and_readers_comments_still_go()
    {
        var entries = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<div class=\"live-match-comment\"><span>{i * 10}'</span> Lorient presse haut, mais la défense lyonnaise tient bon et relance proprement, minute {i * 10}.</div>"));
        var text = Extract($"""
            {Chrome}
            <main><h1>Lorient - Lyon en direct</h1>
            <div class="live">{entries}</div>
            <div class="comments"><p>Bernard: quel match ennuyeux, je préfère regarder le rugby le dimanche après-midi avec mes amis.</p></div>
            </main>
            """);
        Assert.Contains("la défense lyonnaise tient bon", text);
        Assert.Contains("minute 80", text);
        Assert.DoesNotContain("Bernard", text);
    }

    [Fact]
    public void In_a_gallery_the_captions_are_the_text_and_stay()
    {
        var slides = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<figure><img src=\"/c{i}.jpg\"><figcaption>Costume {i}: what you need is an old coat, a painted cardboard crown, and a little patience on the night.</figcaption></figure>"));
        var text = Extract($"""
            {Chrome}
            <article><h1>Eight easy Halloween costumes</h1>
            <p>No time to shop? These ideas use what is already in your wardrobe.</p>
            {slides}
            </article>
            """);
        Assert.Contains("Costume 1: what you need is an old coat", text);
        Assert.Contains("Costume 8:", text);
    }

    [Fact]
    public void A_part_of_the_text_that_opens_with_a_table_of_contents_is_joined()
    {
        // The article is split into sibling blocks of one class (ads between them); one opens with in-page links.
        var para = "Die Behörden beraten über das weitere Vorgehen, es seien Gespräche geplant, um die Lage zu bewerten, sagte ein Sprecher.";
        var text = Extract($"""
            {Chrome}
            <div class="page">
            <div class="text-part"><p>{para}</p><p>{para}</p><p>{para}</p></div>
            <div class="ad-row"><p>Anzeige</p></div>
            <div class="text-part"><p>Derzeit sind noch zahlreiche Fragen offen, und Fachleute gehen von einer hohen Dunkelziffer aus.</p>
            <div class="toc"><a href="#a">Was sind die Symptome?</a><br><a href="#b">Wie tödlich ist das Virus?</a><br><a href="#c">Was ist über die Fälle bekannt?</a><br><a href="#d">Wie kann ich mich schützen?</a><br><a href="#e">Woher kommt die Krankheit?</a></div>
            <h3 id="a">Was sind die Symptome?</h3><p>Viele Menschen haben nur eine leichte Erkältungssymptomatik mit Frösteln, Halsschmerzen oder gar keine Symptome.</p></div>
            <div class="text-part"><p>{para}</p><p>{para}</p></div>
            <div class="more">{string.Concat(Enumerable.Range(1, 40).Select(i => $"<a href=\"/n{i}\">Weitere Nachricht aus der Wissenschaft Nummer {i}</a> "))}</div>
            </div>
            """);
        Assert.Contains("Viele Menschen haben nur eine leichte Erkältungssymptomatik", text);
        Assert.Contains("Derzeit sind noch zahlreiche Fragen offen", text);
    }

    [Theory]
    [InlineData("div", "article-lead")]
    [InlineData("p", "texto-bajada")]
    [InlineData("div", "chapo")]
    public void The_standfirst_under_the_headline_joins_the_body_chosen_below_it(string tag, string cls)
    {
        var body = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Paragraph {i} of the report: the council met on Tuesday, heard the residents, and voted, after a long debate, for the plan.</p>"));
        var text = Extract($"""
            {Chrome}
            <div class="story">
            <div class="top"><h1>Council backs the new bridge</h1><{tag} class="{cls}">After three years of debate the city will build a second crossing over the river.</{tag}></div>
            <div class="share"><a href="/s">Share</a></div>
            <div class="story-body">{body}</div>
            </div>
            """, title: "Council backs the new bridge");
        Assert.Contains("After three years of debate the city will build a second crossing", text);
        Assert.Contains("Paragraph 4 of the report", text);
    }

    [Fact]
    public void A_sign_up_form_full_of_messages_is_removed_but_a_product_form_stays()
    {
        var messages = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p class=\"msg\">Message {i}: please enter a valid e-mail address, and accept the terms, before you continue with the registration.</p>"));
        var body = string.Concat(Enumerable.Range(1, 14).Select(i =>
            $"<p>Paragraph {i}: the regional preparatory meeting takes place online in February, with workshops on public relations and everyday work.</p>"));
        var text = Extract($"""
            {Chrome}
            <article><h1>Preparatory meeting</h1>{body}</article>
            <form action="/register"><h3>Stay informed</h3><input type="email" name="mail">{messages}<button>Register</button></form>
            """, title: "Preparatory meeting");
        Assert.Contains("Paragraph 14:", text);
        Assert.DoesNotContain("Message 1:", text);

        var product = Extract($"""
            {Chrome}
            <form action="/cart"><h1>Cosy blanket</h1>
            <p>A soft blanket for dogs and cats, embroidered with your pet's name, in twelve colours and three sizes, made to order.</p>
            <p>Delivery takes two to three weeks, because every blanket is sewn and embroidered by hand in our small workshop.</p>
            <select name="size"><option>S</option><option>M</option></select><button>Add to cart</button></form>
            """, title: "Cosy blanket");
        Assert.Contains("A soft blanket for dogs and cats", product);
    }

    [Fact]
    public void A_sentence_shared_by_two_sections_stays_but_a_copied_box_goes()
    {
        const string shared = "Prams and pushchairs are allowed on the replacement buses if they can be folded and stored in the luggage hold.";
        const string box1 = "The committee is the highest body of the lay movement and brings together delegates of the dioceses and associations.";
        const string box2 = "It grew out of the committee founded in 1868 to prepare the annual congress, and it meets twice a year in plenary session.";
        var text = Extract($"""
            {Chrome}
            <article><h1>Rail replacement services</h1>
            <h2>South Western Railway</h2><p>{shared}</p><p>Buses leave from the station forecourt every fifteen minutes during the works.</p>
            <h2>Southern</h2><p>{shared}</p><p>Buses leave from the bus station next to the platform, every twenty minutes until midnight.</p>
            <div class="box"><p>{box1}</p><p>{box2}</p></div>
            <h2>More</h2><p>The works end on Monday morning, and the first trains run at a quarter past five, as the timetable says.</p>
            <div class="box mobile"><p>{box1}</p><p>{box2}</p></div>
            </article>
            """, title: "Rail replacement services");
        Assert.Equal(2, CountOf(text, "Prams and pushchairs are allowed"));
        Assert.Equal(1, CountOf(text, "The committee is the highest body"));
        Assert.Equal(1, CountOf(text, "It grew out of the committee"));
    }

    [Fact]
    public void Unlinked_quotes_cut_off_with_an_ellipsis_are_not_a_teaser_list()
    {
        var body = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Paragraph {i}: the coalition agreed on the budget late on Tuesday night, after a long and bitter dispute over the pension reform.</p>"));
        var review = string.Concat(new[] { "Le Monde", "Le Figaro", "Libération" }.Select(paper =>
            $"<p><strong>{paper}</strong></p><p>« The government has found a compromise, {paper} writes, but the price of it will be paid by the next generation, and the…</p>"));
        var text = Extract($"""
            {Chrome}
            <article><h1>Budget agreed</h1>{body}<h2>Press review</h2>{review}</article>
            """, title: "Budget agreed");
        Assert.Contains("Le Figaro", text);
        Assert.Equal(3, CountOf(text, "The government has found a compromise"));
    }

    [Fact]
    public void A_reviews_recommendation_box_with_shop_links_stays()
    {
        var body = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Paragraph {i}: the novel follows three sisters through a long winter in the mountains, with patience and a dry sense of humour.</p>"));
        var text = Extract($"""
            {Chrome}
            <article><h1>A winter novel</h1>{body}
            <div class="review-recommendation"><p>Our verdict: a quiet, funny and moving book that rewards patient readers, and the best debut of the year so far, from an author who knows the mountains and the people who live in them.</p>
            <p>It is not a book for a train ride: the sisters' winter takes its time, the chapters are long, and the dialogue is sparse, but every page earns its place, and the ending, which we will not give away, is worth the wait. Buy it at <a href="https://shop.example/a">Amazon</a> or <a href="https://shop.example/b">your bookshop</a>.</p></div>
            </article>
            """, title: "A winter novel");
        Assert.Contains("Our verdict: a quiet, funny and moving book", text);
    }

    [Fact]
    public void A_form_that_holds_the_article_and_a_newsletter_field_stays()
    {
        var body = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i}: the parish council met on Monday and agreed to restore the old chapel, with money from a local appeal.</p>"));
        var menu = string.Concat(Enumerable.Range(1, 60).Select(i => $"<a href=\"/p/{i}\">Parish page number {i}</a> "));
        var text = Extract($"""
            <nav>{menu}</nav>
            <form action="/page"><h1>Chapel to be restored</h1>{body}<p>Newsletter: <input type="email" name="m"></p></form>
            <footer>{menu}</footer>
            """, title: "Chapel to be restored");
        Assert.Contains("Paragraph 6:", text);
    }

    private static string Teasers(int n) => string.Concat(Enumerable.Range(1, n).Select(i => $"""
        <div class="item"><h3><a href="/story/{i}">Other story number {i} from the section</a></h3>
        <p>Lead of story {i}: the national team left the island today to set up a two-week training camp before the...</p></div>
        """));

    [Fact]
    public void Teasers_with_cut_off_leads_below_the_article_are_removed()
    {
        var body = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Paragraph {i}: the coach said the players were keen to return to action next month, after a long break without matches or training camps.</p>"));
        var text = Extract($"""
            {Chrome}
            <div class="main"><h1>Team eager to get going</h1>{body}
            <div class="more">{Teasers(3)}</div></div>
            """, title: "Team eager to get going");
        Assert.Contains("Paragraph 4:", text);
        Assert.DoesNotContain("Lead of story", text);
        Assert.DoesNotContain("Other story number", text);
    }

    [Fact]
    public void A_listing_page_of_teasers_keeps_its_teasers()
    {
        var text = Extract($"""
            {Chrome}
            <div class="main"><h1>Press releases</h1>{Teasers(6)}</div>
            """, title: "Press releases");
        Assert.Contains("Lead of story 1:", text);
        Assert.Contains("Lead of story 6:", text);
    }

    [Fact]
    public void A_real_class_name_beside_a_styled_components_token_still_counts()
    {
        var body = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Paragraph {i}: the harbour festival drew record crowds this weekend, the organisers said on Monday, a third more than last year.</p>"));
        var result = Extractor.Extract(new ExtractionInput { Html = $"""
            <!DOCTYPE html><html><head><title>Harbour festival</title></head><body>
            <div class="sc-main"><h1>Harbour festival</h1>{body}
            <div class="sc-gsTCUz Footer"><p>Example Media is an independent publisher of local news, founded in 1998 in the harbour town.</p><p>Contact the newsroom, advertise with us, or read our privacy notice before you sign up.</p></div></div>
            </body></html>
            """ });
        Assert.Contains(result.Removed, r => r.Kind == "footer" && r.Reason.Contains("Footer"));
    }

    [Fact]
    public void A_related_articles_block_with_a_lead_under_each_teaser_is_removed()
    {
        // Drupal-style field names; each teaser has a real paragraph, so link density alone does not give it away.
        var body = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Paragraph {i}: the petition against fur from cruel farming was handed in with 42,800 signatures, and the council must now decide, the organisers said.</p>"));
        var teasers = string.Concat(Enumerable.Range(1, 3).Select(i => $"""
            <div class="field__item"><article class="node node--view-mode-teaser"><h3><a href="/story/{i}">Teaser headline number {i}</a></h3>
            <div class="field--name-field-teaser-lead"><p>Lead of teaser {i}: inspectors checked the labels in two hundred shops last year, and they found many mistakes again.</p></div></article></div>
            """));
        var text = Extract($"""
            {Chrome}
            <article class="node node--type-article"><h1>Fur labels still wrong</h1>
            <div class="field field--name-body">{body}</div>
            <div class="field field--name-field-related-articles">{teasers}</div>
            </article>
            """, title: "Fur labels still wrong");
        Assert.Contains("Paragraph 8:", text);
        Assert.DoesNotContain("Lead of teaser", text);
        Assert.DoesNotContain("Teaser headline", text);
    }

    [Theory]
    [InlineData("sc-qQkqj cdfpMG", "sc-pDboM dXmEmK")]   // styled-components: "cdfpMG" spells "dfp" (an ad server) by chance
    [InlineData("css-1dfp8q", "css-k31kfd")]            // emotion: the hash can spell the same
    public void Generated_css_in_js_class_names_do_not_name_blocks(string headlineClass, string kickerClass)
    {
        var body = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p class=\"sc-xyzAb\">Paragraph {i}: anyone who names a rival as a contact to force them to self-isolate can be fined, under rules that came into force on Monday.</p>"));
        var result = Extractor.Extract(new ExtractionInput { Html = $"""
            <!DOCTYPE html><html><head><title>Fine for false contact reports</title></head><body>{Chrome}
            <div class="sc-psOQA"><div class="{kickerClass}">Coronavirus in numbers</div><div class="sc-pkSdh QFuTy"><h1 class="{headlineClass}">Fine for false contact reports</h1></div>
            <div class="sc-pRcHn">{body}</div></div></body></html>
            """ });
        Assert.DoesNotContain(result.Removed, r => r.Kind == "ad");
        Assert.DoesNotContain("Coronavirus in numbers", result.Text); // a kicker above the headline
        Assert.Contains("Paragraph 4:", result.Text);
    }

    [Fact]
    public void A_standfirst_in_an_article_header_that_is_joined_as_well_appears_once()
    {
        // WordPress themes: <header> holds the headline and the excerpt; the body is its sibling. The excerpt is joined as the
        // standfirst and the header as text beside the body; the excerpt must not be printed twice.
        const string lead = "How does it feel when the end is near? A look at the last days of the newsroom, between jokes, farewells and the final issue.";
        var body = string.Concat(Enumerable.Range(1, 15).Select(i =>
            $"<p>Paragraph {i}: the reporters cleared their desks, wrote the last pieces, and laughed, without knowing why, at the absurd week behind them.</p>"));
        var result = Extractor.Extract(new ExtractionInput { Html = $"""
            <!DOCTYPE html><html><head><title>We are gone (and this title must go too) | Weekly</title></head><body>{Chrome}
            <article class="post type-post">
            <header class="entry-header"><h1 class="entry-title">We are gone (and this title must go too)</h1><div class="entry-excerpt"><p>{lead}</p></div>
            <div class="entry-meta"><span class="byline"><a href="/author/rb">Ronja Beck</a></span> / <time datetime="2018-11-16T03:00:09+00:00">16.11.2018, 03:00</time></div></header>
            <div class="entry-content">{body}</div>
            <footer class="entry-footer">{string.Concat(Enumerable.Range(1, 12).Select(i => $"<a href=\"/story/{i}\">Another story from the newsroom, number {i}</a> "))}</footer>
            </article></body></html>
            """ });
        Assert.Equal(1, CountOf(result.Text, "How does it feel when the end is near?"));
        Assert.Equal(1, CountOf(result.Html, "How does it feel when the end is near?"));
        Assert.Contains("Paragraph 15:", result.Text);
    }

    [Fact]
    public void A_paragraph_the_page_prints_twice_is_kept_once_but_repeated_table_rows_stay()
    {
        // Teaser header and body both carry the lead (or a mobile and a desktop copy of it).
        const string lead = "The city council approved the budget on Tuesday after a nine-hour debate, with two votes to spare.";
        var result = Extractor.Extract(new ExtractionInput { Html = $"""
            <!DOCTYPE html><html><head><title>Budget passes</title></head><body>{Chrome}
            <article><h1>Budget passes</h1>
            <p class="lead">{lead}</p>
            <p>{lead}</p>
            <p>The opposition had asked for more money for schools, and the mayor promised a supplementary budget in the autumn.</p>
            <p>Spending on roads falls by a tenth, while the parks department gets two more gardeners and a new depot.</p>
            <table><tr><td>Roads: cut by a tenth to 4.5 million, as in the draft of the finance committee</td></tr>
            <tr><td>Roads: cut by a tenth to 4.5 million, as in the draft of the finance committee</td></tr></table>
            </article></body></html>
            """ });
        Assert.Equal(1, CountOf(result.Text, "after a nine-hour debate"));
        Assert.Equal(1, CountOf(result.Html, "after a nine-hour debate"));
        Assert.Equal(2, CountOf(result.Text, "Roads: cut by a tenth"));
        Assert.Contains(result.Removed, r => r.Kind == "duplicate");
    }

    [Fact]
    public void Paragraphs_that_open_alike_are_told_apart_when_a_copy_of_the_page_repeats_them()
    {
        // an FAQ whose answers open with the same question, printed twice (a mobile and a desktop copy): each answer is
        // kept once, and neither is taken for a copy of the other
        const string a = "Will there be a toilet on the replacement bus? Toilets are only available on coaches, which run on the longer routes.";
        const string b = "Will there be a toilet on the replacement bus? Not always: the buses on the short routes have none, so plan ahead.";
        var faq = $"<p>{a}</p><p>{b}</p>";
        var result = Extractor.Extract(new ExtractionInput { Html = $"""
            <!DOCTYPE html><html><head><title>Travel advice</title></head><body>{Chrome}
            <article><h1>Rail replacement travel advice</h1>
            <p>Buses, coaches and taxis are different to trains, so there will be some differences to your journey.</p>
            <div class="mobile">{faq}</div><div class="desktop">{faq}</div>
            </article></body></html>
            """ });
        Assert.Equal(1, CountOf(result.Text, "Toilets are only available"));
        Assert.Equal(1, CountOf(result.Text, "Not always: the buses"));
    }

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [Theory]
    [InlineData("<hgroup><h1>Council backs the new bridge</h1><h2>After three years of debate the city will build a second crossing over the river.</h2></hgroup>")]
    [InlineData("<div class=\"hero\"><h1>Council backs the new bridge</h1><div class=\"ArticleHero__teaser\">After three years of debate the city will build a second crossing over the river.</div></div>")]
    public void A_subtitle_in_the_headline_group_or_a_teaser_under_the_headline_is_kept(string head)
    {
        var body = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Paragraph {i} of the report: the council met on Tuesday, heard the residents, and voted, after a long debate, for the plan.</p>"));
        var text = Extract($"""
            {Chrome}
            <div class="story">
            <div class="top">{head}</div>
            <div class="share"><a href="/s">Share</a></div>
            <div class="story-body">{body}</div>
            </div>
            """, title: "Council backs the new bridge");
        Assert.Contains("After three years of debate the city will build a second crossing", text);
        Assert.Contains("Paragraph 4 of the report", text);
    }

    [Theory]
    [InlineData("Dieser Artikel gefällt Ihnen?")]
    [InlineData("Lesen Sie auch die folgenden Beiträge:")]
    [InlineData("Weitere Beiträge aus der Kolumne:")]
    [InlineData("Das Thema könnte dich auch interessieren:")]
    [InlineData("¿Te gustó este artículo?")]
    public void A_reading_suggestion_heading_at_the_end_goes_with_its_links(string heading)
    {
        var text = Extract($"""
            {Chrome}
            <article><h1>Neue Brücke eröffnet</h1>
            <p>Die neue Brücke über den Fluss wurde am Montag nach drei Jahren Bauzeit eröffnet, und die ersten Autos fuhren mittags darüber.</p>
            <p>Die Stadt erwartet zwanzigtausend Überfahrten am Tag, was den Verkehr in der Altstadt deutlich entlasten soll.</p>
            <h3>{heading}</h3>
            <div class="box"><a href="/b">Streit um die Maut auf der Brücke</a> <span>Ein Rückblick in Bildern.</span></div>
            </article>
            """);
        Assert.Contains("Die Stadt erwartet zwanzigtausend", text);
        Assert.DoesNotContain(heading, text);
        Assert.DoesNotContain("Streit um die Maut", text);
    }

    [Theory]
    [InlineData("(Alle Angaben ohne Gewähr)")]
    [InlineData("¿Ya sabías que tenemos canal de Telegram? Únete desde tu teléfono.")]
    [InlineData("Folgen Sie unserem WhatsApp-Kanal für die wichtigsten Nachrichten des Tages.")]
    public void Disclaimers_and_messenger_channel_promos_after_the_text_are_dropped(string notice)
    {
        var text = Extract($"""
            {Chrome}
            <article><h1>Neue Brücke eröffnet</h1>
            <p>Die neue Brücke über den Fluss wurde am Montag nach drei Jahren Bauzeit eröffnet, und die ersten Autos fuhren mittags darüber.</p>
            <p>Die Stadt erwartet zwanzigtausend Überfahrten am Tag, was den Verkehr in der Altstadt deutlich entlasten soll.</p>
            <p>{notice}</p>
            </article>
            """);
        Assert.Contains("Die Stadt erwartet zwanzigtausend", text);
        Assert.DoesNotContain(notice, text);
    }
    [Fact]
    public void A_results_table_whose_first_column_links_to_details_stays_and_a_table_of_links_goes()
    {
        // A test's results link each model to its review; the price and grade cells are data, so the rows are not a menu.
        var rows = string.Concat(new[] { ("Britax Baby-Safe 2 i-Size Flex Base", "370 €", "1.7"), ("Joie i-Level Recline", "300 €", "1.9"), ("Maxi-Cosi Cabriofix Family", "140 €", "2.1"), ("Hauck Comfort Fix Isofix", "220 €", "2.4") }
            .Select(r => $"<tr><td><a href=\"/test/{r.Item1.Length}\">{r.Item1}</a></td><td>{r.Item2}</td><td>{r.Item3}</td></tr>"));
        var text = Extract($"""
            <article><h1>Eighteen child seats tested</h1>
            <p>The club tested eighteen child seats for safety, handling, ergonomics and harmful substances this autumn, and four of them failed.</p>
            <table><thead><tr><th>Model</th><th>Price</th><th>Grade</th></tr></thead><tbody>{rows}</tbody></table>
            <p>Two seats lost their grade because their covers contained naphthalene, a substance suspected of causing cancer, the testers said.</p>
            <table><tr><td><a href="/a">Winter tyres tested: which ones grip best</a></td><td><a href="/a#c">12 comments</a></td></tr>
            <tr><td><a href="/b">Electric cars: the range in the cold</a></td><td><a href="/b#c">4 comments</a></td></tr>
            <tr><td><a href="/c">Roof boxes: five models compared</a></td><td><a href="/c#c">9 comments</a></td></tr></table>
            </article>
            {Chrome}
            """, title: "Eighteen child seats tested");
        Assert.Contains("Joie i-Level Recline\t300 €\t1.9", text);
        Assert.Contains("Hauck Comfort Fix Isofix\t220 €\t2.4", text);
        Assert.DoesNotContain("Roof boxes", text);
    }

    [Fact]
    public void A_most_read_column_inside_the_article_wrapper_goes()
    {
        var teasers = string.Concat(new[] { ("Crítica y polémica", "Un dirigente dijo qué haría si uno de sus nietos se vuelve libertario"), ("Miradas", "Gritos mudos de niños migrantes en la frontera"), ("Sin anestesia", "El insulto de un diputado al oficialismo por el monotributo") }
            .Select(t => $"<li><span class=\"kicker\">{t.Item1}</span> <a href=\"/n/{t.Item1.Length}\">{t.Item2}</a> <span class=\"firma\">Por Federico Mayol Rodríguez, enviado especial</span></li>"));
        var text = Extract($"""
            <div class="notas-content"><div class="entry-row col-lg-9"><article><h1>La interna del Gobierno</h1>
            <p>En una jornada de cruces feroces, el diputado acusó al Presidente de hacer operaciones de desgaste sobre la vicepresidenta, y el oficialismo respondió.</p>
            <p>El Presidente contestó que no es el dueño del Gobierno, y la vicepresidenta dijo que la unidad del frente depende de las decisiones económicas.</p>
            <p>Los gobernadores pidieron calma y una mesa de diálogo antes de que el conflicto afecte la discusión del presupuesto en el Congreso.</p>
            <div class="entry-row col-lg-3" id="ColRight"><section class="most-viewed"><div class="title-box"><span>Las más leídas</span></div><ul>{teasers}</ul></section></div>
            </article></div></div>
            {Chrome}
            """, title: "La interna del Gobierno");
        Assert.Contains("Los gobernadores pidieron calma", text);
        Assert.DoesNotContain("Las más leídas", text);
        Assert.DoesNotContain("Gritos mudos", text);
    }

    [Fact]
    public void The_writers_blurb_after_the_story_goes_but_a_sentence_introducing_a_reporter_stays()
    {
        var text = Extract($"""
            <article><h1>Airline joins alliance in March</h1>
            <p>Alaska Airlines has a new date for when it will be a full member of the alliance, March 31, the carrier said on Monday.</p>
            <p>John Smith is a reporter at the Seattle Gazette who first wrote about the delay, and he said the carrier had told partners in September.</p>
            <p>Frequent flyers will be able to earn and spend miles across the alliance's member airlines and use their lounges, the airline said.</p>
            <p>Edward Russell Is a Senior Aviation Business Reporter at The Points Guy.</p>
            </article>
            {Chrome}
            """, title: "Airline joins alliance in March");
        Assert.Contains("John Smith is a reporter at the Seattle Gazette", text);
        Assert.Contains("use their lounges", text);
        Assert.DoesNotContain("Edward Russell", text);

        // an op-ed's closing line about its writer
        var oped = Extract($"""
            <article><h1>Airline joins alliance in March</h1>
            <p>Alaska Airlines has a new date for when it will be a full member of the alliance, March 31, the carrier said on Monday.</p>
            <p>Frequent flyers will be able to earn and spend miles across the alliance's member airlines and use their lounges, the airline said.</p>
            <p>Leah Stokes is an assistant professor of political science at Example State University.</p>
            </article>
            {Chrome}
            """, title: "Airline joins alliance in March");
        Assert.DoesNotContain("Leah Stokes", oped);
    }

    [Fact]
    public void An_authors_box_joined_beside_the_article_goes()
    {
        var text = Extract($"""
            <div class="post"><div class="story-body">
            <p>Crocs has sold more clogs this year than ever before, and the company now expects revenue of more than three billion dollars.</p>
            <p>Its cowboy boot, launched in the autumn, sold out within hours, the company said, although critics called it a joke, and the resale price tripled.</p>
            <p>Analysts say the brand has found a young audience that values comfort and irony more than the history and craft of older shoe brands.</p>
            </div>
            <div class="article-authors"><p>Tanja Karrasch</p><p>Tanja has been an editor at the magazine since 2023. Before that, she worked for a TV production company, and led the newsroom of two shows.</p></div></div>
            {Chrome}
            """, title: "Crocs sells more than ever");
        Assert.Contains("Analysts say the brand", text);
        Assert.DoesNotContain("Tanja", text);
    }

    [Fact]
    public void Screen_reader_labels_with_generated_class_names_and_picture_source_lines_go()
    {
        var text = Extract($"""
            <article><h1>Council approves budget</h1>
            <p>The city council approved the new budget on Tuesday after a long debate, with nine votes in favour and four against, the clerk said.</p>
            <figure><img src="b.jpg"><p><span class="ssrcss-1ie2htp-VisuallyHidden">Picture label, </span>Chart of spending by department</p></figure>
            <p>Spending on roads and schools will rise by four percent, while the parks department faces a small cut, according to the final document.</p>
            <p>Image source, Example Images</p>
            <p>The mayor said the budget balanced the needs of a growing city against the limits of its tax base, and promised a review in the spring.</p>
            </article>
            {Chrome}
            """, title: "Council approves budget");
        Assert.Contains("promised a review in the spring", text);
        Assert.DoesNotContain("Picture label", text);
        Assert.DoesNotContain("Image source", text);
    }

    private static readonly string[] BudgetParagraphs =
    [
        "The city council approved the new budget on Tuesday after a long debate, with nine votes in favour and four against, the clerk said.",
        "Spending on roads and schools will rise by four percent, while the parks department faces a small cut, according to the final document.",
        "The mayor said the budget balanced the needs of a growing city against the limits of its tax base, and promised a review in the spring.",
    ];

    private static string StoryCards(int n) => string.Concat(Enumerable.Range(0, n).Select(i =>
        $"<div class=\"card\"><h3><a href=\"/news/story-{i}\">Story {i}: residents fight over the new parking rules downtown</a></h3><p>Residents of the old town say the new rules, which take effect next month, will make it harder for visitors to find a space, and shop owners agree.</p><span>2 hours ago</span></div>"));

    [Fact]
    public void A_stream_of_story_cards_after_a_short_article_goes_even_when_it_has_more_text()
    {
        var text = Extract($"""
            <main><article><h1>Council approves budget</h1>{string.Concat(BudgetParagraphs.Select(p => $"<p>{p}</p>"))}</article>
            <section class="stream">{StoryCards(6)}</section></main>
            {Chrome}
            """, title: "Council approves budget");
        Assert.Contains("promised a review in the spring", text);
        Assert.DoesNotContain("Story 3", text);
        Assert.DoesNotContain("harder for visitors", text);
    }

    [Fact]
    public void On_a_listing_page_the_story_cards_are_the_content()
    {
        var text = Extract($"""
            <main><h1>Local news</h1><p>All the news from city hall and the neighbourhoods, updated every morning by our local desk.</p><section class="stream">{StoryCards(6)}</section></main>
            {Chrome}
            """, title: "Local news");
        Assert.Contains("Story 3: residents fight", text);
    }

    [Fact]
    public void A_linked_teaser_box_among_the_paragraphs_goes_but_linked_listicle_headings_and_accordion_questions_stay()
    {
        var teaser = """<div class="inline-teaser"><a href="/z"><img src="z.jpg"><strong>READ MORE</strong><h4>Mayor unveils plan for new bus lanes across the city</h4><p>The plan adds twelve kilometres of lanes.</p></a></div>""";
        var listicle = """<div class="slide-header"><h2><a href="/gallery/42/embed/47">1. Sabrina Spellman from Chilling Adventures</a></h2></div>""";
        var faq = """<div class="faq-item"><a href="#faq-1" aria-expanded="false"><h3>How does the new budget work for renters?</h3></a></div>""";
        var text = Extract($"""
            <article><h1>Council approves budget</h1><p>{BudgetParagraphs[0]}</p>{teaser}<p>{BudgetParagraphs[1]}</p>{listicle}<p>{BudgetParagraphs[2]}</p>{faq}
            <p>Opposition members argued that the plan relied on optimistic revenue forecasts and would force cuts next year if the economy slowed.</p></article>
            {Chrome}
            """, title: "Council approves budget");
        Assert.DoesNotContain("Mayor unveils plan", text);
        Assert.Contains("1. Sabrina Spellman from Chilling Adventures", text);
        Assert.Contains("How does the new budget work for renters?", text);
        Assert.Contains("Opposition members argued", text);
    }

    [Fact]
    public void A_sentence_made_mostly_of_links_stays_and_a_schedules_date_cells_stay()
    {
        var text = Extract($"""
            <article><h1>Council approves budget</h1>{string.Concat(BudgetParagraphs.Select(p => $"<p>{p}</p>"))}
            <p>In Miami you can now start a new business from <a href="https://start.example.gov/">your phone or your computer on the eStart platform</a> and also explore <a href="https://sunbiz.example.org/">other resources for corporations in Florida at sunbiz.org</a>.</p>
            <table><tr><th>Period</th><th>Length</th><th>Dates</th></tr>
            <tr><td>First term</td><td>9 weeks</td><td>14 March to 13 May</td></tr>
            <tr><td>Second term</td><td>9 weeks</td><td>23 May to 22 July</td></tr>
            <tr><td>Third term</td><td>9 weeks</td><td>8 August to 7 October</td></tr></table>
            <p><a href="/a">Politics</a> <a href="/b">Budget</a> <a href="/c">City hall</a> <a href="/d">Schools</a></p>
            </article>
            {Chrome}
            """, title: "Council approves budget");
        Assert.Contains("start a new business from your phone", text);
        Assert.Contains("First term\t9 weeks\t14 March to 13 May", text);
        Assert.DoesNotContain("City hall", text);
    }

    [Fact]
    public void A_line_above_the_text_that_only_names_the_authors_goes()
    {
        var result = Extractor.Extract(new ExtractionInput
        {
            Html = $"""
                <!DOCTYPE html><html><head><title>Council approves budget</title><meta name="author" content="Jane Doe, John Smith"></head><body>
                <article><h1>Council approves budget</h1><div class="names">Jane Doe and John Smith</div>{string.Concat(BudgetParagraphs.Select(p => $"<p>{p}</p>"))}
                <p>Jane Doe</p><p>Opposition members argued that the plan relied on optimistic revenue forecasts and would force cuts next year.</p></article>
                {Chrome}</body></html>
                """,
        });
        Assert.StartsWith("The city council approved", result.Text);
        Assert.Contains("\n\nJane Doe\n\n", result.Text); // inside the text a name alone may be a speaker's label: it stays
    }

    private static string BudgetArticle(string rest) => $"""
        <!DOCTYPE html><html><head><title>Council approves budget</title><link rel="canonical" href="https://www.example-news.com/story/1"></head><body>
        <article><h1>Council approves budget</h1>{string.Concat(BudgetParagraphs.Select(p => $"<p>{p}</p>"))}{rest}</article>
        {Chrome}</body></html>
        """;

    private static string Clean(string html) => Extractor.Extract(new ExtractionInput { Html = html }).Text;

    [Fact]
    public void Linked_headings_that_are_not_a_sites_other_stories_stay()
    {
        // a listicle of other sites' podcasts, with or without a closing paragraph
        var podcasts = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<li><h3><a href=\"https://podcasts.example.org/show{i}\">{i}. Serial: The Guantanamo Files season {i}</a></h3><p>The season returns with a close look at the camp and the people who ran it.</p></li>"));
        Assert.Contains("3. Serial: The Guantanamo Files season 3", Clean(BudgetArticle($"<ol>{podcasts}</ol><p>Which shows did we miss? Tell us in an email, and we may add them to the list next week.</p>")));
        Assert.Contains("5. Serial: The Guantanamo Files season 5", Clean(BudgetArticle($"<ol>{podcasts}</ol>")));
        // a live blog's posts link to the page itself
        var posts = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<div class=\"post\"><h3><a href=\"/live/budget?post=p{i}\">0{i}:12 Minister loses her seat in district {i}</a></h3><p>The minister conceded defeat shortly after midnight, her office said.</p></div>"));
        Assert.Contains("03:12 Minister loses her seat in district 3", Clean(BudgetArticle($"<div class=\"posts\">{posts}</div>")));
        // the site's own stories, but the article goes on after them
        var cards = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<div class=\"item\"><h3><a href=\"/guide/step-{i}\">Step {i}: fill in the form for the council's tax office</a></h3><p>The form asks for the address and the size of the flat.</p></div>"));
        var text = Clean(BudgetArticle($"<div class=\"steps\">{cards}</div><h2>How we checked</h2><p>We asked the tax office to confirm each step, and it replied in writing within a week, the paper said.</p>"));
        Assert.Contains("Step 2: fill in the form", text);
    }

    [Theory]
    [InlineData("<p>The New York Times was the first to report the editor's resignation, citing three people familiar with the matter.</p>", "The New York Times was the first")]
    [InlineData("<p>Get the app running locally with docker compose up.</p>", "Get the app running locally")]
    [InlineData("<p>Have a tip ready for the delivery driver when you order.</p>", "Have a tip ready")]
    [InlineData("<p>Fans who follow the club on Twitter saw it first.</p>", "Fans who follow the club")]
    [InlineData("<p>Follow Elon Musk on X for a week and you will see how the platform has changed.</p>", "Follow Elon Musk on X for a week")]
    [InlineData("<p class=\"lg:not-sr-only\">Residents who spoke at the hearing asked for more bus routes and longer library hours.</p>", "Residents who spoke")]
    [InlineData("<table><tr><td><p>3 September 2025</p></td><td>Opening of the new library</td></tr><tr><td><p>4 October 2025</p></td><td>Pool reopens</td></tr><tr><td><p>5 November 2025</p></td><td>Budget hearing</td></tr></table>", "5 November 2025")]
    [InlineData("<p>The closure was first reported by Reuters.</p>", "first reported by Reuters.")]
    [InlineData("<p>The plant was fined twice last year by the EPA.</p>", "by the EPA.")]
    [InlineData("<p>Senator Maria Lopez is the author of the bill that would have kept the plant open.</p>", "Senator Maria Lopez is the author of the bill")]
    [InlineData("<p>Get the best battery life on your phone by turning down the screen brightness.</p>", "Get the best battery life on your phone")]
    [InlineData("<p>Updated figures from the finance office show a smaller deficit than in the spring.</p>", "Updated figures from the finance office")]
    [InlineData("<p>За словами мiнiстра, цього року унiверситети отримають бiльше мiсць для студентiв.</p>", "За словами мiнiстра")]
    public void Closing_sentences_and_cells_that_look_like_boilerplate_stay(string rest, string kept)
    {
        Assert.Contains(kept, Clean(BudgetArticle(rest)));
    }

    [Fact]
    public void A_most_read_table_and_a_sentence_listing_headlines_go()
    {
        var rows = string.Concat(Enumerable.Range(1, 4).Select(i => $"<tr><td>{i}.</td><td><a href=\"/news/s{i}\">Mayor unveils plan for new bus lanes, part {i}</a></td><td>12,340 views</td></tr>"));
        Assert.DoesNotContain("Mayor unveils plan", Clean(BudgetArticle($"<table>{rows}</table>")));
        var series = "<p>This story is part of our series on the city's money: <a href=\"/a\">Where the parking fines go every year</a>, <a href=\"/b\">The pension hole nobody talks about</a> and <a href=\"/c\">Who really pays for the new stadium</a>.</p>";
        Assert.DoesNotContain("pension hole", Clean(BudgetArticle(series)));
    }

    private static string ScriptRenderedPage(string articleBody, string markupText) => $$"""
        <!DOCTYPE html><html><head><title>Council approves budget</title>
        <meta property="og:description" content="Nine votes in favour and four against after a long debate on spending.">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves budget","articleBody":{{System.Text.Json.JsonSerializer.Serialize(articleBody)}}}</script>
        </head><body><div id="app"><h1>Council approves budget</h1>{{markupText}}</div></body></html>
        """;

    [Fact]
    public void A_page_whose_script_renders_the_article_gives_the_json_ld_article_body()
    {
        var body = string.Join("\n", BudgetParagraphs) + "\nOpposition members argued that the plan relied on optimistic revenue forecasts and would force cuts next year.";
        var result = Extractor.Extract(new ExtractionInput { Html = ScriptRenderedPage(body, "<p>Loading…</p>") });
        Assert.StartsWith("Nine votes in favour and four against after a long debate on spending.\n\nThe city council approved", result.Text);
        Assert.Contains("promised a review in the spring.\n\nOpposition members argued", result.Text);
        Assert.Equal("Council approves budget", result.Title);

        // HTML in the articleBody becomes paragraphs
        var html = Extractor.Extract(new ExtractionInput { Html = ScriptRenderedPage(string.Concat(BudgetParagraphs.Select(p => $"<p>{p}</p>")) + "<p>Opposition members argued that the plan relied on optimistic revenue forecasts.</p>", "") });
        Assert.Contains("clerk said.\n\nSpending on roads", html.Text);
        Assert.DoesNotContain("<p>", html.Text);
    }

    [Fact]
    public void A_page_with_its_article_in_the_markup_keeps_the_markup_even_with_an_article_body()
    {
        var markup = string.Concat(BudgetParagraphs.Select(p => $"<p>{p}</p>"));
        var result = Extractor.Extract(new ExtractionInput { Html = ScriptRenderedPage("A shorter summary of the budget story that the site put in its structured data for search engines, " + new string('x', 10) + " and more words to pass the minimum length of an article body, repeated: " + string.Join(" ", BudgetParagraphs), markup) });
        Assert.StartsWith("The city council approved", result.Text);
        Assert.DoesNotContain("structured data", result.Text);
    }


    [Fact]
    public void An_article_body_with_angle_brackets_escaped_html_or_wrapped_lines_reads_as_the_text()
    {
        var tail = "Opposition members argued that the plan relied on optimistic revenue forecasts and would force cuts next year, they said.";
        // plain text with "<" and ">" in it
        var plain = Extractor.Extract(new ExtractionInput { Html = ScriptRenderedPage(string.Join("\n", BudgetParagraphs) + "\nHouseholds with incomes < 30,000 pounds (a group put at > 4,000 families) will pay no fee.\n" + tail, "") });
        Assert.Contains("Households with incomes < 30,000 pounds (a group put at > 4,000 families) will pay no fee.", plain.Text);
        // HTML written as entities
        var escaped = Extractor.Extract(new ExtractionInput { Html = ScriptRenderedPage(string.Concat(BudgetParagraphs.Select(p => $"&lt;p&gt;{p}&lt;/p&gt;")) + $"&lt;p&gt;{tail}&lt;/p&gt;", "") });
        Assert.Contains("clerk said.\n\nSpending on roads", escaped.Text);
        Assert.DoesNotContain("<p>", escaped.Text);
        // a wire text wrapped at a fixed width: the lines of a paragraph join again, and none is read as a notice
        var wrapped = "The city council approved the new budget on Tuesday after a long debate,\nwith nine votes in favour and four against, the clerk said. Spending\nwill rise on roads and schools, while the parks department faces a cut.\n\nThe forecasts in the draft were overstated in the spring, and\nupdated figures from the finance office show a smaller deficit, the\ncouncillor told Reuters.\n\nThe budget takes effect on July 1, and the first report on spending\nis due to the council in October, officials said on Tuesday evening.";
        var w = Extractor.Extract(new ExtractionInput { Html = ScriptRenderedPage(wrapped, "") });
        Assert.Contains("a long debate, with nine votes in favour", w.Text);
        Assert.Contains("in the spring, and updated figures from the finance office show a smaller deficit, the councillor told Reuters.", w.Text);
    }

    [Fact]
    public void A_description_cut_from_the_article_body_is_not_put_in_front_of_it()
    {
        var body = string.Join("\n", BudgetParagraphs) + "\nOpposition members argued that the plan relied on optimistic revenue forecasts.";
        var page = ScriptRenderedPage(body, "").Replace("Nine votes in favour and four against after a long debate on spending.", "The city council approved the new budget on Tuesday after a long debate, with nine votes…");
        var text = Extractor.Extract(new ExtractionInput { Html = page }).Text;
        Assert.StartsWith("The city council approved the new budget on Tuesday after a long debate, with nine votes in favour", text);
    }

}

/// <summary>Sentences and sections that look like boilerplate words but are the article's own.</summary>
public class ReviewRegressionTests
{
    private static readonly ContentExtractor Extractor = new();

    private static ExtractionResult Extract(string inner) => Extractor.Extract(new ExtractionInput
    {
        Html = "<!DOCTYPE html><html><head><title>Test page</title></head><body><nav><a href=/>Home</a> <a href=/a>News</a> <a href=/b>Sport</a></nav><article><h1>Test page</h1>" +
               "<p>The first paragraph of the report is long enough to be real text, with commas, clauses, and a full stop at the end.</p>" + inner +
               "<p>The last paragraph ends the report properly, with one more sentence of reporting and a quote from the mayor.</p></article></body></html>",
        BaseUrl = new Uri("https://example.com/a"),
    });

    [Theory]
    [InlineData("<p>The military blogger Rybar wrote on his Telegram channel that Ukrainian forces had crossed the river.</p>", "Telegram channel that")]
    [InlineData("<p>“We need your support,” Zelensky told Congress.</p>", "Zelensky told Congress")]
    [InlineData("<p>As we reported in our newsletter last week, rents rose again.</p>", "rents rose again")]
    [InlineData("<h2 id=\"how-to-reset-your-password\">How to reset your password</h2><p>Open the settings page, choose the account tab, and follow the link that the service sends to your address.</p>", "How to reset your password")]
    [InlineData("<h2>Weitere Folgen der Erderwärmung</h2><p>Auch die Gletscher in den Alpen schmelzen schneller, wie die Forscher in ihrer neuen Studie zeigen.</p>", "Gletscher in den Alpen")]
    public void Article_sentences_with_boilerplate_words_stay(string html, string kept)
    {
        Assert.Contains(kept, Extract(html).Text);
    }

    [Fact]
    public void A_reader_comment_system_named_live_is_still_a_comment_section()
    {
        var r = Extract("<div id=\"livefyre-comments\" class=\"livefyre-comments\"><p>Reader: I disagree with every word of this, the council never listens to us.</p></div>");
        Assert.DoesNotContain("I disagree with every word", r.Text);
    }

    [Fact]
    public void An_image_beside_a_zero_width_space_stays_in_the_html()
    {
        var r = Extract("<p>&#8203;<img src=\"/photo.jpg\" alt=\"The square\"></p>");
        Assert.Contains("https://example.com/photo.jpg", r.Html);
    }
}

public class TrailingCreditTests
{
    [Theory]
    [InlineData("<li>Step 3: Upload the image: a JPEG or PNG up to 5 MB</li>", "Upload the image: a JPEG or PNG up to 5 MB")]
    [InlineData("<p>Wie das Foto zeigt: Die Brücke ist eingestürzt</p>", "Wie das Foto zeigt: Die Brücke ist eingestürzt")]
    public void A_line_that_mentions_an_image_mid_sentence_is_not_cut(string block, string kept)
    {
        var html = "<html><body><article><h1>Guide</h1><p>The first paragraph of the guide is long enough to be real text, with commas, clauses, and a full stop at the end.</p><ul>" +
                   block + "</ul><p>The last paragraph ends the guide properly, with one more sentence of advice and a final full stop here.</p></article></body></html>";
        Assert.Contains(kept, new ContentExtractor().Extract(new ExtractionInput { Html = html }).Text);
    }

    [Fact]
    public void A_copyright_credit_after_a_captions_last_sentence_is_cut_and_promo_lines_go()
    {
        var html = "<html><body><article><h1>Games</h1><p>The first paragraph of the report is long enough to be real text, with commas, clauses, and a full stop at the end.</p>" +
                   "<p>Marco Odermatt, the ski star from Switzerland. © AFP / MARCO BERTORELLO</p>" +
                   "<p>The last paragraph ends the report properly, with one more sentence about the race and a final full stop here.</p>" +
                   "<p>Get the latest news straight to your phone with the Example News app.</p><p>Submit your letter to the editor via this form.</p></article></body></html>";
        var text = new ContentExtractor().Extract(new ExtractionInput { Html = html }).Text;
        Assert.Contains("Marco Odermatt, the ski star from Switzerland.", text);
        Assert.DoesNotContain("BERTORELLO", text);
        Assert.DoesNotContain("straight to your phone", text);
        Assert.DoesNotContain("letter to the editor", text);
    }
}

public class CreditLineTests
{
    [Theory]
    [InlineData("Featured image by Alberto Riva/The Points Guy.")]
    [InlineData("Photo courtesy of the Riverside Parks Department")]
    [InlineData("Foto von Max Muster")]
    [InlineData("Header image: Jane Doe / Example Press")]
    public void A_photo_credit_line_leaves_the_text(string credit)
    {
        var html = "<html><body><article><h1>Guide</h1><p>The first paragraph of the guide is long enough to be real text, with commas, clauses, and a full stop at the end.</p>" +
                   "<p>The last paragraph ends the guide properly, with one more sentence of advice and a final full stop here.</p><p>" + credit + "</p></article></body></html>";
        var text = new ContentExtractor().Extract(new ExtractionInput { Html = html }).Text;
        Assert.DoesNotContain(credit, text);
        Assert.Contains("The last paragraph ends the guide properly", text);
    }

    [Fact]
    public void A_sentence_about_a_photo_by_someone_stays()
    {
        const string sentence = "Photo by photo, the exhibition walks visitors through forty years of the city's history, from the flood of 1982 to the new harbour.";
        var html = "<html><body><article><h1>Guide</h1><p>The first paragraph of the guide is long enough to be real text, with commas, clauses, and a full stop at the end.</p>" +
                   "<p>" + sentence + "</p><p>The last paragraph ends the guide properly, with one more sentence of advice and a final full stop here.</p></article></body></html>";
        Assert.Contains(sentence, new ContentExtractor().Extract(new ExtractionInput { Html = html }).Text);
    }
}

public class FigureCaptionTests
{
    [Fact]
    public void A_quotes_attribution_in_a_figure_without_a_picture_stays_in_the_text()
    {
        var html = "<html><body><article><h1>Speech</h1><p>The first paragraph of the report is long enough to be real text, with commas, clauses, and a full stop at the end.</p>" +
                   "<figure><blockquote><p>We can do this.</p></blockquote><figcaption>Angela Merkel, 2015</figcaption></figure>" +
                   "<p>The last paragraph ends the report properly, with one more sentence of reporting and a final full stop here.</p></article></body></html>";
        Assert.Contains("Angela Merkel, 2015", new ContentExtractor().Extract(new ExtractionInput { Html = html }).Text);
    }
}

public class FeedFragmentNoticeTests
{
    [Theory]
    [InlineData("Amazon is changing its affiliate program next month: creators will earn less on electronics and more on groceries, the company said.")]
    [InlineData("The disclaimer on the new cigarette packs will cover half of the front, the health ministry said on Tuesday in Berlin.")]
    public void A_one_paragraph_item_is_not_removed_for_a_notice_word(string paragraph)
    {
        var extractor = new ContentExtractor();
        Assert.Equal(paragraph, extractor.Extract(new ExtractionInput { Html = "<p>" + paragraph + "</p>" }).Text);
        Assert.Equal(paragraph, extractor.Extract(new ExtractionInput { Text = paragraph }).Text);
    }

}
