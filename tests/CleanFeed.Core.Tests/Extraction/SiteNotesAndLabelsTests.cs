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
}
