using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>
/// What sites print in a story's own paragraphs and is not the story: a network note, a request for feedback, a
/// read-more label before its list, a support box under a bold title, a caption over its credit in a heading after the
/// picture. And what looks like them and stays: a one-word subheading, a dateline classed as one.
/// </summary>
public class SiteNotesAndLabelsTests
{
    private static readonly ContentExtractor Extractor = new();

    private static readonly string[] Paragraphs =
    [
        "Die Bezirksvertretung hat am Dienstagabend mit großer Mehrheit ein durchgehendes Tempolimit auf der Hauptstraße gefordert.",
        "Anwohner klagen seit Jahren über Lärm und gefährliche Überholmanöver, vor allem in den Abendstunden und am Wochenende.",
        "Die Stadtverwaltung will den Antrag nun prüfen und in der nächsten Sitzung des Verkehrsausschusses eine Stellungnahme vorlegen.",
        "Ob das Tempolimit noch in diesem Jahr kommt, hängt auch von einer Lärmmessung ab, die im Herbst abgeschlossen sein soll.",
    ];

    private static string Page(string inBody = "", string after = "") => $$"""
        <!DOCTYPE html><html lang="de"><head><title>Tempo 30 auf der Hauptstraße gefordert</title></head><body>
        <main><article>
          <h1>Tempo 30 auf der Hauptstraße gefordert</h1>
          <div class="article-body">
            <p>{{Paragraphs[0]}}</p>
            <p>{{Paragraphs[1]}}</p>
            {{inBody}}
            <p>{{Paragraphs[2]}}</p>
            <p>{{Paragraphs[3]}}</p>
            {{after}}
          </div>
        </article></main>
        </body></html>
        """;

    private static string Text(string html)
    {
        var text = Extractor.Extract(new ExtractionInput { Html = html }).Text;
        foreach (var p in Paragraphs) Assert.Contains(p, text);
        return text;
    }

    [Fact]
    public void A_network_note_and_a_request_for_feedback_under_the_story_go()
    {
        var text = Text(Page(after:
            "<p><em>*merkur.de ist Teil des bundesweiten Ippen-Digital-Redaktionsnetzwerks.</em></p>" +
            "<p class=\"article_feedback__c9Qw1\">Haben Sie Feedback? Schreiben Sie uns! <a href=\"mailto:briefe@zeitung.de\">briefe@zeitung.de</a></p>"));
        Assert.DoesNotContain("Redaktionsnetzwerks", text);
        Assert.DoesNotContain("Feedback", text);
    }

    [Theory]
    [InlineData("<p class=\"text\"><strong>Lesen Sie aus unserem Plus-Angebot:</strong> <a href=\"/schulen\">Wo es an den Schulen am meisten klemmt</a></p>", "Plus-Angebot")]
    [InlineData("<p><strong>Lesen Sie dazu auch:</strong></p><ul><li><a href=\"/a\">Einbruchserie in der Altstadt</a></li><li><a href=\"/b\">Polizei sucht Zeugen</a></li></ul>", "Lesen Sie dazu auch")]
    public void A_read_more_label_in_the_body_goes_with_its_links(string box, string label)
    {
        var text = Text(Page(inBody: box));
        Assert.DoesNotContain(label, text);
    }

    [Fact]
    public void A_support_box_under_a_bold_title_goes_whole()
    {
        var box = """
            <div class="support-pt-box"><p style="text-align:center"><strong>Support PREMIUM TIMES' journalism of integrity and credibility</strong></p>
            <p>Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society.</p>
            <p>By contributing to PREMIUM TIMES, you are helping to sustain a journalism of relevance and ensuring it remains free.</p>
            <p><a class="btn-donate" href="/donate">Donate</a></p></div>
            """;
        var text = Text(Page(after: box));
        Assert.DoesNotContain("PREMIUM TIMES", text);
        Assert.DoesNotContain("Good journalism costs", text);
    }

    [Fact]
    public void A_one_word_subheading_named_like_a_comment_section_stays()
    {
        // ("Response" over the agency's answer; "Responses" and "3 Responses" head WordPress comment lists)
        var text = Text(Page(inBody: "<p><strong>Response</strong></p>"));
        Assert.Contains("Response", text);
    }

    [Fact]
    public void A_caption_over_its_credit_in_a_heading_after_the_picture_goes()
    {
        // (the Taipei Times: no figure, no caption class)
        var picture = """<div class="imgboxa"><a href="/p.jpg"><img src="/p.jpg" alt=""></a><h5>Ein Zug der Stadtbahn fährt am Montag an der Messe vorbei.<br>Photo: Huang Chih-yuan, Taipei Times</h5></div>""";
        var text = Text(Page(inBody: picture));
        Assert.DoesNotContain("Stadtbahn", text);
        Assert.DoesNotContain("Huang", text);
    }

    [Fact]
    public void A_dateline_classed_as_one_stays_and_a_teasers_section_label_so_classed_goes()
    {
        var teasers = """<div class="more"><div class="grid-item"><span class="grid-item-dateline">Israel</span> <a href="/x">Ein anderer Artikel über etwas anderes</a></div></div>""";
        // (the WZ's intro: a <strong> block whose first words are the dateline, classed so)
        var html = Page(after: teasers).Replace("<p>" + Paragraphs[0] + "</p>",
            "<strong class=\"park-article__intro\"><span class=\"park-article__dateline\">Wuppertal.</span> " + Paragraphs[0] + "</strong>");
        var text = Text(html);
        Assert.StartsWith("Wuppertal. Die Bezirksvertretung", text);
        Assert.DoesNotContain("Israel", text);
    }

    [Fact]
    public void A_players_lines_and_its_title_inside_its_box_go()
    {
        // (Reach: the player's own title line inside the wrapper that holds the video id)
        var player = """<div class="video-wrapper" data-video-id="6224510923001"><div class="video-player"><div class="vjs-loading">Video Loading</div><div class="click-to-play"><span>Click to play</span><span>Tap to play</span></div></div><p class="video-title">ChronicleLive weather video</p></div>""";
        var text = Text(Page(inBody: player));
        Assert.DoesNotContain("Click to play", text);
        Assert.DoesNotContain("ChronicleLive weather video", text);
    }

    [Fact]
    public void A_tables_source_under_it_goes_and_a_sentence_opening_with_fuente_elsewhere_stays()
    {
        const string table = "<table><tr><th>Stadt</th><th>Euro</th></tr><tr><td>Madrid</td><td>16,8</td></tr><tr><td>Sevilla</td><td>10,3</td></tr><tr><td>Palma</td><td>14,1</td></tr></table>";
        const string sentence = "Fuente: la palabra que usan los vecinos para el manantial, que el ayuntamiento quiere proteger.";
        var text = Text(Page(inBody: table + "<p class=\"newsType__table-source\">Fuente: elaboración propia a partir de datos de portales inmobiliarios.</p><p>" + sentence + "</p>"));
        Assert.DoesNotContain("elaboración propia", text);
        Assert.Contains(sentence, text);
    }

    [Theory]
    [InlineData("<p>Text vor dem Hinweis.<br><br><strong><a href=\"/x\">LEGGI ANCHE Superbonus, maxi sequestro della Finanza</a></strong><br><br>Text nach dem Hinweis.</p>", "LEGGI ANCHE")]
    [InlineData("<p class=\"chapter-paragraph\"><em><strong>La newsletter di Corriere Milano</strong><br>Se vuoi restare aggiornato sulle notizie di Milano, iscriviti gratis alla newsletter.</em></p>", "La newsletter di Corriere Milano")]
    public void A_label_in_capitals_and_a_newsletters_title_line_go(string html, string gone)
    {
        var text = Text(Page(inBody: html));
        Assert.DoesNotContain(gone, text);
    }

    [Fact]
    public void An_italian_meta_line_named_in_italian_goes()
    {
        var meta = """<div class="info_articolo"><span class="autore">di Giuliano Pavan</span> <span class="data_pubblicazione">Mercoledì 14 Settembre 2022, 07:05</span> <span class="ultimo_agg">Ultimo aggiornamento: 09:31</span> <span class="tempo_lettura">3 Minuti di Lettura</span></div>""";
        var html = Page().Replace("<div class=\"article-body\">", meta + "<div class=\"article-body\">");
        var text = Text(html);
        Assert.DoesNotContain("Giuliano Pavan", text);
        Assert.DoesNotContain("Minuti di Lettura", text);
    }

    // Cases from the review of these rules: story text shaped like them stays.
    [Theory]
    [InlineData("<p><strong>Support Ukraine's journalism, not just its army</strong></p><p>Western governments have spent billions on weapons, but almost nothing on the reporters who tell the world what those weapons do.</p>")]
    [InlineData("<p>„Lesen Sie in unserem Wahlprogramm: Da steht kein Wort über neue Parkhäuser“, sagte die Kandidatin am Abend.</p>")]
    [InlineData("<figure><img src=\"/chart.png\" alt=\"\"></figure><p>Am stärksten betroffen war erneut die Baubranche. Dort stiegen die Insolvenzen um ein Fünftel.<br>Quelle: Statistisches Bundesamt</p>")]
    [InlineData("<ul><li>Wohnwelt24.de ist ein Angebot der Immodata Services GmbH.</li><li>Mietfinder.de ist Teil des Nordmedia-Verbunds.</li></ul>")]
    [InlineData("<p>Be wary of breaking news updates sent to your inbox by an outlet you never signed up with, Trent said.</p>")]
    [InlineData("<h2>Why You Can Trust The Numbers</h2>")]
    public void Story_text_shaped_like_the_new_rules_stays(string html)
    {
        var text = Text(Page(inBody: html));
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        foreach (var block in doc.QuerySelectorAll("p, li, h2"))
            foreach (var line in block.InnerHtml.Split("<br>"))
            {
                var plain = new AngleSharp.Html.Parser.HtmlParser().ParseFragment(line, doc.Body!).Select(n => n.TextContent).Aggregate("", string.Concat).Trim();
                if (plain.Length > 0 && !plain.StartsWith("Quelle:", StringComparison.Ordinal)) Assert.Contains(plain, text);
            }
    }

    [Fact]
    public void A_support_appeal_longer_than_a_notice_goes_and_a_reported_plea_stays()
    {
        // (National World's appeal under the headline: 319 characters, past the line vocabulary's 300)
        const string appeal = "A message from the Editor: Thank you for reading this article. We're more reliant on your support than ever as the shift in consumer habits brought about by coronavirus impacts our advertisers. If you haven't already, please consider supporting our trusted, fact-checked journalism by taking out a digital subscription.";
        const string reported = "The food bank's director said the charity was more reliant on donations than ever. \"We're more reliant on your support than ever, and every tin counts,\" she told volunteers at the depot on Friday.";
        var text = Text(Page(inBody: $"<div class=\"sc-1x9ndsd-0 editor-message\"><p><strong>A message from the Editor:</strong>{appeal[26..]}</p></div><p>{reported}</p>"));
        Assert.DoesNotContain("digital subscription", text);
        Assert.Contains(reported, text);
    }

    [Theory]
    [InlineData("<p class=\"article-paragraph\">If you have photos or video of the storm, you can share them with KSAT on KSAT Connect.</p>", "KSAT Connect")]
    [InlineData("<div class=\"GalleryEmbed\"><div class=\"GalleryEmbed__Header\"><span class=\"GalleryEmbed__Label\">Gallery</span></div><img src=\"/g1.jpg\" alt=\"\"></div>", "Gallery")]
    [InlineData("<p><strong>ALSO ON KSAT.COM:</strong></p><ul><li><a href=\"/a\">Hail damage photos</a></li><li><a href=\"/b\">Storm timeline</a></li></ul>", "ALSO ON KSAT.COM")]
    [InlineData("<p><strong>Read more about climate change and extreme heat:</strong></p><ul><li><a href=\"/a\">Heat domes, explained</a></li><li><a href=\"/b\">Why nights stay hot</a></li></ul>", "Read more about climate")]
    [InlineData("<div class=\"hello-world-inline\"><h3>Hello World</h3><p>Get our newsletter about the people and systems behind the algorithms. We don't sell your data.</p><form><input type=\"email\"></form></div>", "Get our newsletter")]
    public void A_stations_and_magazines_promos_and_labels_in_the_body_go(string html, string gone)
    {
        var text = Text(Page(inBody: html));
        Assert.DoesNotContain(gone, text);
    }

    [Fact]
    public void A_video_title_inside_a_player_element_goes_and_the_reporters_beat_with_a_story_idea_ask_goes()
    {
        // (Scripps' Brightspot: the video id on the custom element around the title's box)
        var video = """<div class="Enhancement"><ps-interactive-video data-video-id="b81e4d20"><div class="VideoEnhancement"><div class="VideoEnhancement-player"><div id="jwplayer_b81e4d20"></div></div><div class="VideoEnhancement-title">Raytown parents pack school board meeting over masks</div></div></ps-interactive-video></div>""";
        var beat = "<p><em>KSHB 41 reporter Lena Okafor covers education in Jackson County. Share your story idea with Lena at <a href=\"mailto:lena.okafor@kshb.com\">lena.okafor@kshb.com</a>.</em></p>";
        var text = Text(Page(inBody: video, after: beat));
        Assert.DoesNotContain("Raytown parents", text);
        Assert.DoesNotContain("Lena Okafor", text);
    }
}
