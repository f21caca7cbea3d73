using CleanFeed.Core.Extraction;
using CleanFeed.Core.Extraction.Evaluation;
using Xunit.Abstractions;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>
/// The hand-written news-template pages (TestData/Extraction/NewsTemplates) scored with the held-out benchmark's metric:
/// a regression check on the rules written against them.
/// </summary>
public class NewsTemplateCorpusTests(ITestOutputHelper output)
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", "NewsTemplates");

    [Fact]
    public void The_news_template_pages_keep_their_article_and_lose_their_boilerplate()
    {
        var extractor = new ContentExtractor(new ContentExtractorOptions { ProduceHtml = false, RecordRemoved = false });
        var pages = Directory.GetFiles(Path.Combine(Dir, "pages"), "*.html")
            .Select(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                var text = extractor.Extract(new ExtractionInput { Html = File.ReadAllText(path) }).Text;
                return ShingleScorer.ScorePage(name, text, File.ReadAllText(Path.Combine(Dir, "expected", name + ".txt")));
            }).ToList();
        var score = ShingleScorer.Score(pages);
        foreach (var line in score.WorstLines(8)) output.WriteLine(line);
        output.WriteLine(score.SummaryLine);

        Assert.Equal(1402, pages.Count);
        Assert.True(score.F1 >= 0.98, score.SummaryLine);
        // no page loses its article or gains another one
        Assert.All(pages, p => Assert.True(p.F1 >= 0.85, $"{p.Name}: precision {p.Precision:0.000} recall {p.Recall:0.000}"));
    }
}
