using CleanFeed.Core.Extraction.Html;
using CleanFeed.Core.Extraction.Metadata;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>The main-content choice on a DOM whose scores are set by hand: one rule at a time.</summary>
public class ContentSelectorTests
{
    [Fact]
    public void A_close_runner_up_holding_the_best_and_many_more_paragraphs_is_the_whole_text()
    {
        // A post whose first paragraphs sit directly in the entry and the rest in a nested wrapper: the wrapper scores
        // best, the entry (with picture-credit links between its paragraphs) a little lower.
        var first = string.Concat(Enumerable.Range(0, 8).Select(i =>
            $"<p>Part {i}: most people do not notice, he says, that they live in a simulation, called the world, and that it was made up for them.</p>" +
            $"<p>Picture: <a href=\"https://example.org/picture{i}\">https://example.org/picture/{i}/collage-of-pictures-from-the-internet</a></p>"));
        var second = string.Concat(Enumerable.Range(0, 6).Select(i =>
            $"<p>Section {i}: crises are made in all countries and regions to keep us in fear, and we are waking up, slowly but surely, and see the web of confusion.</p>"));
        var html = $"<html><body><div class=\"post\"><div class=\"entry-content\">{first}<div><div class=\"inner\">{second}</div><div class=\"embed\"><a href=\"/a\">Was it a false flag? The van was owned by the team</a></div></div></div></div></body></html>";
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var dom = DomAnalysis.Build(doc.DocumentElement, new MetadataSources(), []);
        dom.ComputeScores();
        var body = dom.Body!;
        var entry = dom.All.Single(s => s.Element.ClassName == "entry-content");
        var inner = dom.All.Single(s => s.Element.ClassName == "inner");
        Assert.True(entry.GoodParagraphs >= inner.GoodParagraphs + 5);
        // the wrapper scores best; the entry is within three quarters of it (as on the page this rule was found on)
        foreach (var s in dom.All) s.ContentScore = 0;
        inner.ContentScore = 100;
        double innerFinal = FinalScore(inner), nudges = FinalScore(entry); // (a score of 0 leaves the tag and class nudges)
        entry.ContentScore = (0.8 * innerFinal - nudges) / (1 - entry.LinkDensity);
        Assert.Equal(0.8 * innerFinal, FinalScore(entry), 6);

        ContentSelector.Select(body, dom, out _, out var chosen, _ => null);

        // the entry, or a wrapper that holds nothing else
        Assert.True(chosen.Contains(entry) && chosen.TextChars == entry.TextChars, $"chose <{chosen.Tag} class={chosen.Element.ClassName}>");
    }

    private static double FinalScore(NodeStats s) =>
        (double)typeof(ContentSelector).GetMethod("FinalScore", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, [s])!;
}
