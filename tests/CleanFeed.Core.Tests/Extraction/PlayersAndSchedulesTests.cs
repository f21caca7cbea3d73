using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>
/// From four batches of pages written in the markup of CBC, The Irish Times, TheJournal.ie, News24, The Globe and Mail, MDR,
/// NOS, HLN, The Atlantic, BR24 and Il Gazzettino, scored before these rules: video cards that state their length in words or
/// carry no telling class names, a text-to-speech player and its notes, a short-URL label, a channel invitation, a ticker's
/// sort label, a broadcast line, a newsletter's pitch, a stamp with its reading time, a picture's caption beside its credit, a donation box, a release's publication facts, the writer's place in the byline's box. And
/// a list of dates that is the story's schedule, not its dateline.
/// </summary>
public class PlayersAndSchedulesTests
{
    private static readonly ContentExtractor Extractor = new();

    private static readonly string[] Paragraphs =
    [
        "Transport officials said on Monday that the tunnel will close on four weekends this autumn while crews replace the drainage under the southbound lanes.",
        "Drivers heading south will be sent over the ring road, which the agency expects to add about fifteen minutes to a trip at busy times.",
        "The agency said buses will keep their usual routes, but that two night lines will run every half hour instead of every twenty minutes.",
        "The repairs are part of a wider programme that will cost about 40 million euros over the next three years, the agency said.",
    ];

    private static string Page(string between = "", string after = "", string lead = "") => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Tunnel to close on four weekends</title></head><body>
        <header class="site-header"><a href="/">City Post</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        <main><article>
          <h1>Tunnel to close on four weekends</h1>
          <div class="article-body">
            {{lead}}
            <p>{{Paragraphs[0]}}</p>
            <p>{{Paragraphs[1]}}</p>
            {{between}}
            <p>{{Paragraphs[2]}}</p>
            <p>{{Paragraphs[3]}}</p>
            {{after}}
          </div>
        </article></main>
        <footer class="site-footer"><a href="/about">About us</a></footer>
        </body></html>
        """;

    private static string Text(string html) => Extractor.Extract(new ExtractionInput { Html = html }).Text;

    private static string AllStay(string html)
    {
        var text = Text(html);
        foreach (var p in Paragraphs) Assert.Contains(p, text);
        return text;
    }

    [Theory]
    // CBC: the card states its length without a colon
    [InlineData("<div class=\"mediaEmbed video\"><div class=\"mediaEmbedPlayer\"><button class=\"playButton\">Play</button><span class=\"duration\">Duration 2:04</span></div><div class=\"mediaEmbedDetails\"><h3 class=\"videoTitle\">Drivers brace for weekend tunnel closures</h3><p class=\"videoDescription\">Commuters on the ring road</p></div></div>", "brace for weekend")]
    // MDR: minutes alone, with the player's label, credit and broadcast line
    [InlineData("<div class=\"avPlayer videoPlayer\"><div class=\"mediaInfo\"><span class=\"type\">Video</span><p class=\"title\">So laufen die Arbeiten im Tunnel</p><p class=\"duration\">2 min</p><p class=\"credit\">Bildrechte: MDR</p></div><button class=\"playButton\">Video abspielen</button><p class=\"broadcast\">MDR Heute Di 17.09.2024 19:00Uhr 02:14 min</p></div>", "So laufen")]
    // NOS: class names that say nothing, a video id, its length and title
    // Il Giornale: the time played and the length, a pre-roll notice
    [InlineData("<div class=\"video-embed\"><div class=\"video-embed__player\" data-video-id=\"ilg-1\"><span class=\"video-embed__label\">Guarda il video</span><span class=\"video-embed__title\">Il tunnel chiuso nei fine settimana</span><button class=\"video-embed__play\">Riproduci</button><span class=\"video-embed__duration\">00:00 / 01:52</span><span class=\"video-embed__adv\">Il video inizierà dopo la pubblicità</span></div></div>", "Il video inizierà")]
    [InlineData("<div class=\"article__tts tts-player\"><button class=\"tts-player__play\">Ascolta ora</button><span class=\"tts-player__title\">Ascolta ora: \"Tunnel to close on four weekends\"</span><span class=\"tts-player__time\">00:00 / 00:00</span><span class=\"tts-player__speed\">1x</span></div>", "Ascolta")]
    // "Must Read" over another story's link
    [InlineData("<div class=\"must-read-block\"><div class=\"must-read-block__label\">Must Read</div><a class=\"must-read-block__link\" href=\"/go-bag\"><img src=\"/go-bag.jpg\" alt=\"\"><span class=\"must-read-block__title\">What to pack in your emergency go bag</span></a></div>", "Must Read")]
    [InlineData("<div class=\"sc-0a7c3f21-0 rStUvW\"><div class=\"sc-0a7c3f21-1 aBcDeF\" data-video-id=\"2538755\"><button class=\"sc-0a7c3f21-2\" aria-label=\"Video afspelen\">Video afspelen</button><span class=\"sc-0a7c3f21-3\">01:42</span></div><p class=\"sc-0a7c3f21-4\">Zo hard waait het nu aan de kust</p></div>", "hard waait")]
    public void A_video_card_between_the_paragraphs_goes(string card, string title)
    {
        var text = AllStay(Page(between: card));
        Assert.DoesNotContain(title, text);
        Assert.Contains(Paragraphs[1] + "\n\n" + Paragraphs[2], text);
    }

    [Fact]
    public void A_clip_box_that_tells_something_in_a_sentence_stays()
    {
        // (a card that gives its length without a colon keeps its summary: "Duration 2:04" over the footage's account)
        var card = "<div class=\"media-player video-player\"><button class=\"media-player__play\">Play</button><span class=\"media-player__duration\">Duration 2:04</span>" +
                   "<h2 class=\"media-player__title\">Dashcam: the flooded ford</h2><p class=\"media-player__summary\">The footage, recorded by the bus's own camera, shows the driver reversing out of the water as it rises over the bonnet.</p></div>";
        Assert.Contains("The footage, recorded by the bus's own camera", AllStay(Page(between: card)));

        var box = "<div class=\"sc-1\"><video src=\"/clip.mp4\"></video><span>01:42</span><p>Engineers filmed the old drains last spring, and the footage shows cracks along most of the southbound tunnel floor.</p></div>";
        var text = AllStay(Page(between: box));
        Assert.Contains("Engineers filmed the old drains", text);
    }

    [Theory]
    [InlineData("<div class=\"article__audio\"><div class=\"audio-player\"><span class=\"audio-player__title\">Listen to this article</span><button class=\"audio-player__play\">Play</button><span class=\"audio-player__time\">00:00</span> / <span class=\"audio-player__duration\">04:06</span><span class=\"audio-player__speed\">1x</span><span class=\"audio-player__powered\">Powered by BeyondWords</span><p class=\"audio-player__disclaimer\">This is an AI-generated reading of the article.</p></div></div>", "BeyondWords")]
    [InlineData("<div class=\"c-audio-player\"><button class=\"c-audio-player__button\">Listen to this article</button><p class=\"c-audio-player__note\">This is a machine-generated audio version of the article.</p></div>", "machine-generated")]
    [InlineData("<p>Écouter cet article</p>", "Écouter")]
    public void A_text_to_speech_player_and_its_note_go(string player, string word)
    {
        var text = AllStay(Page(lead: player));
        Assert.DoesNotContain(word, text);
        Assert.StartsWith(Paragraphs[0], text);
    }

    [Theory]
    // The Atlantic: a CSS module's name ("ArticleAudio_root"), the elapsed and total time, the narration's credit
    [InlineData("<div class=\"ArticleAudio_root__fd01X\"><button class=\"ArticleAudio_button__nG0L7\">Listen to this article</button><span class=\"ArticleAudio_duration__Uq9jd\">00:00</span><span class=\"ArticleAudio_duration__Uq9jd\">08:12</span><p class=\"ArticleAudio_label__DnBwk\">Produced by ElevenLabs and <a href=\"https://noa.example/\">News Over Audio (Noa)</a> using AI narration. Listen to more stories on the Noa app.</p></div>", "08:12")]
    // Il Gazzettino: the stamp, its update and the reading time
    [InlineData("<div class=\"info_art\"><span class=\"data_art\">Mercoledì 21 Maggio 2025, 07:15</span> <span class=\"aggiornamento_art\">Ultimo aggiornamento: 10:42</span> <span class=\"tempo_lettura\">3 Minuti di Lettura</span></div>", "Lettura")]
    // BR24: the broadcast line and a live ticker's sort label
    [InlineData("<p data-testid=\"broadcast-info\">Über dieses Thema berichtet: <strong>BR24 im Radio</strong> am 14.03.2025 um 17:00 Uhr.</p><div class=\"css-1v2a9sx\"><button type=\"button\">Ticker aktualisieren</button> <span>Neueste Einträge zuerst</span></div>", "Thema")]
    public void A_players_remains_a_stamp_and_a_tickers_label_over_the_text_go(string lead, string word)
    {
        var text = AllStay(Page(lead: lead));
        Assert.DoesNotContain(word, text);
        Assert.StartsWith(Paragraphs[0], text);
    }

    [Theory]
    [InlineData("<div class=\"css-1u2k2u9\" data-testid=\"article-footer\"><p>„Hier ist Bayern“: Der BR24 Newsletter informiert Sie immer montags bis freitags zum Feierabend über das Wichtigste vom Tag auf einen Blick – kompakt und direkt in Ihrem Postfach. <a href=\"/newsletter\">Hier geht’s zur Anmeldung!</a></p></div>")]
    [InlineData("<p class=\"c-paragraph\"><b><i>Join <a href=\"https://whatsapp.com/channel/1\">The Irish Times on WhatsApp</a> and stay up to date</i></b></p>")]
    [InlineData("<div class=\"article-page__podcast\"><p class=\"podcast__title\">Luister ook naar onze podcast</p><p>In ‘Twente Vandaag’ bespreken onze verslaggevers elke werkdag het belangrijkste nieuws uit de regio.</p><a href=\"/podcasts/twente-vandaag/\">Luister nu</a></div>")]
    [InlineData("<p><em>Nina Castellanos: ncastellanos@seattletimes.com; Nina Castellanos is a Seattle Times staff reporter covering transportation on the Olympic Peninsula.</em></p>")]
    [InlineData("<div class=\"article__short-url\"><span>Short URL</span><input type=\"text\" readonly value=\"https://jrnl.ie/6642187\"><button>Copy</button></div>")]
    public void A_channel_invitation_and_a_short_url_label_go(string closing)
    {
        var text = AllStay(Page(after: closing));
        Assert.EndsWith(Paragraphs[3], text);
    }

    [Theory]
    [InlineData("Join the residents' group on WhatsApp to hear when the closures start, said the mayor, who set it up last year.")]
    [InlineData("The short URL printed on the detour signs leads to a map of the closures and the bus times.")]
    [InlineData("This is an AI-generated reading of the timetable, the agency warned, and riders should check the printed one.")]
    [InlineData("Der Newsletter der Verkehrsbetriebe informiert Sie über jede Sperrung, sagte die Sprecherin am Montag.")]
    [InlineData("Update vom 29. Mai 2019: Feinschliff und hochladen")]
    [InlineData("Whether $5 or $50, every contribution counts, the food bank director said on Monday as the winter appeal opened.")]
    // (from a review of these rules: splits and a slot's times, a story's sentence, an interviewer's question, a plural)
    [InlineData("1:02:11 / 1:01:48")]
    [InlineData("21:30 / 22:35")]
    [InlineData("Über dieses Thema berichtet Lohse seit Jahren, zuletzt am 12. Mai in ihrem Buch „Die zweite Titelseite“.")]
    [InlineData("Ultimo aggiornamento del 19 maggio?")]
    [InlineData("The publishers have not been named. Two have since moved their disclaimers to the end of the recording.")]
    public void Story_sentences_that_mention_them_stay(string sentence)
    {
        var text = AllStay(Page(after: $"<p>{sentence}</p>"));
        Assert.Contains(sentence, text);
    }

    [Fact]
    public void A_pictures_caption_beside_its_credit_leaves_the_text_and_a_credited_paragraph_without_a_picture_stays()
    {
        // MDR: no name says caption; the line beside the credit under the picture is one
        var media = "<div class=\"media mediaA\"><img src=\"/tunnel.jpg\" alt=\"Workers in the tunnel\"><div class=\"mediaCon\">" +
                    "<p class=\"title\">Crews inspect the drains under the southbound lanes during a night closure.</p><p class=\"credit\">Bildrechte: City Post/Anna Berg</p></div></div>";
        var result = Extractor.Extract(new ExtractionInput { Html = Page(between: media) });
        Assert.DoesNotContain("Crews inspect the drains", result.Text);
        Assert.Contains(Paragraphs[1] + "\n\n" + Paragraphs[2], result.Text);
        Assert.Contains("Crews inspect the drains", result.Html); // the HTML keeps the figure with its caption

        // a paragraph of the story with a photographer's credit but no picture is the story's
        var credited = "<div class=\"box\"><p>The agency hired two extra crews for the night shifts, which will start at ten in the evening.</p><p class=\"credit\">Foto: Anna Berg</p></div>";
        var text = AllStay(Page(between: credited));
        Assert.Contains("The agency hired two extra crews", text);
    }

    [Fact]
    public void A_donation_box_between_the_standfirst_and_the_text_goes()
    {
        // The Independent
        var box = "<div id=\"supporter-message\" class=\"sc-support-box\"><h3>Support truly<br>independent journalism</h3>" +
                  "<p>Our mission is to deliver unbiased, fact-based reporting that holds power to account and exposes the truth.</p>" +
                  "<p>Whether $5 or $50, every contribution counts.</p><p>Support us to deliver journalism without an agenda.</p><a href=\"/donate\" class=\"btn\">Support Now</a></div>";
        var text = AllStay(Page(lead: box));
        Assert.StartsWith(Paragraphs[0], text);
        Assert.DoesNotContain("contribution", text);
    }

    [Fact]
    public void A_list_the_storys_sentence_introduces_stays_whatever_its_items_say()
    {
        var list = "<p>The study tested three wordings of the note that audio versions now carry. The three versions tested were:</p>" +
                   "<ul><li>This is an AI-generated reading of the article.</li><li>This is a machine-generated audio version of the article.</li>" +
                   "<li>„Der Morgen-Newsletter informiert Sie in fünf Minuten.“</li></ul>";
        var text = AllStay(Page(between: list));
        Assert.Contains("This is an AI-generated reading of the article.", text);
        Assert.Contains("machine-generated audio version", text);
        Assert.Contains("Morgen-Newsletter", text);
    }

    [Fact]
    public void A_releases_publication_facts_go_and_a_storys_glossary_stays()
    {
        // EurekAlert
        var facts = "<div class=\"article_info\"><dl><dt>Journal</dt><dd>Proceedings of the Royal Society B</dd><dt>DOI</dt><dd><a href=\"https://doi.org/10.1098/x\">10.1098/x</a></dd>" +
                    "<dt>Method of Research</dt><dd>Experimental study</dd><dt>Article Title</dt><dd>Urban heat slows learning in bumblebees</dd>" +
                    "<dt>Article Publication Date</dt><dd>24-Jun-2025</dd><dt>COI Statement</dt><dd>The authors declare no competing interests.</dd></dl></div>";
        var text = AllStay(Page(after: facts));
        Assert.EndsWith(Paragraphs[3], text);

        var glossary = "<dl><dt>Journal</dt><dd>The tunnel crews' daily log, kept since 1998.</dd><dt>Title</dt><dd>The name the agency gives each closure.</dd>" +
                       "<dt>Detour</dt><dd>The signed route over the ring road.</dd></dl>";
        text = AllStay(Page(after: glossary));
        Assert.Contains("The signed route over the ring road.", text);
    }

    [Fact]
    public void The_writers_place_in_the_byline_box_goes_and_a_place_line_elsewhere_stays()
    {
        // El Diario Vasco
        var byline = "<div class=\"v-mdl-ath\"><img class=\"v-mdl-ath__img\" src=\"/a.jpg\" alt=\"\"><p class=\"v-mdl-ath__p\"><a href=\"https://paper.example/autor/ane-etxeberria-1234.html\">Ane Etxeberria</a></p>" +
                     "<p class=\"v-mdl-ath__p v-mdl-ath__p--l\">San Sebastián</p><time datetime=\"2025-05-06T07:12:00+02:00\">Martes, 6 de mayo 2025, 07:12</time></div>";
        var text = AllStay(Page(lead: byline));
        Assert.StartsWith(Paragraphs[0], text);

        // a place on a line of its own among the paragraphs (a list of stops, a heading's word) is the story's
        text = AllStay(Page(between: "<p>San Sebastián</p>"));
        Assert.Contains("San Sebastián", text);
    }

    // From the second review of these rules: lines beside a credit that are the story's, a quoted appeal, a list of reporters.
    [Fact]
    public void Lines_beside_a_credit_that_tell_the_story_stay()
    {
        // a recipe's step with its photo credit
        var step = "<ol><li class=\"recipe-step\"><img src=\"/s1.jpg\" alt=\"\"><p class=\"recipe-step-text\">Whisk the flour and salt, then rub in the cold butter.</p><p class=\"recipe-step-credit\">Photo: Lena Matsuda</p></li></ol>";
        Assert.Contains("Whisk the flour and salt", AllStay(Page(between: step)));

        // a photo essay's paragraph of two sentences beside its picture and credit
        var essay = "<div class=\"inline-story\"><picture><img src=\"/e1.jpg\" alt=\"\"></picture><p class=\"inline-story__text\">The collapse came quickly. Cheap salt from abroad undercut the harvest within two seasons.</p><p class=\"inline-story__credit\">Photo: Rosa Lind</p></div>";
        Assert.Contains("The collapse came quickly.", AllStay(Page(between: essay)));

        // three pictures with their lines, one after another: a photo essay's text
        var three = string.Concat(new[] { "The first crew arrives at dawn", "The second crew seals the drains", "The last crew opens the lanes at six" }.Select(t =>
            $"<div class=\"textbild\"><img src=\"/t.jpg\" alt=\"\"><p>{t}</p><span class=\"textbild__copyright\">Foto: City Post</span></div>"));
        Assert.Contains("The second crew seals the drains", AllStay(Page(between: three)));
    }

    [Fact]
    public void A_quoted_appeal_and_a_list_of_new_reporters_stay()
    {
        var quoted = "<p>Morgan pitched the appeal at a news conference on Monday, where she said: “Whether $5 or $50, every contribution counts. Every dollar turns into three meals.”</p>";
        Assert.Contains("every contribution counts", AllStay(Page(between: quoted)));

        var box = "<p>The box that now runs under every story carries two lines, and it has raised more than the paper expected:</p><blockquote><p>Support us to deliver journalism without an agenda.</p><p>Whether $5 or $50, every contribution counts.</p></blockquote>";
        Assert.Contains("Support us to deliver journalism", AllStay(Page(between: box)));

        var reporters = "<p>— Priya Natarajan covers courts and public safety. Reach her at pnatarajan@paper.example or 503-294-5021.</p>" +
                        "<p>— Marcus Webb covers transportation. Reach him at mwebb@paper.example or 503-294-5022.</p>";
        Assert.Contains("Marcus Webb covers transportation", AllStay(Page(after: reporters)));
    }

    [Fact]
    public void A_promotion_that_introduces_its_list_with_a_colon_goes_with_it()
    {
        var promo = "<p>Follow the Post for the latest travel news and live updates on the closure on our social channels:</p>" +
                    "<ul><li>Join our WhatsApp community for breaking news alerts</li></ul>";
        Assert.DoesNotContain("Join our WhatsApp community", AllStay(Page(between: promo)));
    }

    [Fact]
    public void A_list_of_dates_is_the_storys_schedule()
    {
        var schedule = "<h3 class=\"article__subheader\">When?</h3><ul class=\"article__list\">" +
                       "<li>From Friday 11 October to Monday 14 October</li><li>From Friday 25 October to Monday 28 October</li>" +
                       "<li>From Friday 8 November to Monday 11 November</li></ul>";
        var text = AllStay(Page(between: schedule));
        Assert.Contains("From Friday 11 October to Monday 14 October", text);
        Assert.Contains("From Friday 8 November to Monday 11 November", text);

        // with an entry that labels its date (WAZ: "Ersatztermin bei Sturm oder Starkregen: Freitag, 27. Juni")
        var mixed = "<ul><li>Freitag, 13. Juni, 22 Uhr, bis Montag, 16. Juni, 5 Uhr</li><li>Freitag, 20. Juni, 22 Uhr, bis Montag, 23. Juni, 5 Uhr</li>" +
                    "<li>Ersatztermin bei Sturm oder Starkregen: Freitag, 27. Juni, 22 Uhr, bis Montag, 30. Juni, 5 Uhr</li></ul>";
        text = AllStay(Page(between: mixed));
        Assert.Contains("Freitag, 13. Juni, 22 Uhr, bis Montag, 16. Juni, 5 Uhr", text);

        // one date in the article's meta list is its dateline, beside the writer's name too
        var meta = "<ul class=\"article-list\"><li>Friday 11 October 2024</li></ul>";
        text = AllStay(Page(lead: meta));
        Assert.DoesNotContain("11 October 2024", text);
        meta = "<ul class=\"article-list\"><li>Friday 11 October 2024</li><li>Saturday 12 October 2024</li><li>By Jane Doe</li></ul>";
        text = AllStay(Page(lead: meta));
        Assert.DoesNotContain("11 October 2024", text);
    }
}
