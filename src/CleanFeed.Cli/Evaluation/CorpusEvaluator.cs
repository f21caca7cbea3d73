using System.Collections.Concurrent;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Extraction.Evaluation;

namespace CleanFeed.Cli.Evaluation;

/// <summary>Runs the extractor over a corpus in the shared format (cases.json + pages/) and scores it like score.py.</summary>
public static class CorpusEvaluator
{
    public static async Task<SnippetScore> RunAsync(string corpusDir, IContentExtractor extractor, string? outDir, int parallelism, CancellationToken ct)
    {
        var cases = SnippetScorer.LoadCases(Path.Combine(corpusDir, "cases.json"));
        var predictions = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        if (outDir is not null) Directory.CreateDirectory(outDir);
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct }, async (c, token) =>
        {
            var path = Path.Combine(corpusDir, c.File);
            if (!File.Exists(path)) return;
            string text;
            try
            {
                var html = HtmlDecoding.ReadPage(path);
                text = extractor.Extract(new ExtractionInput { Html = html }, token).Text;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException) { return; }
            predictions[c.File] = text;
            if (outDir is not null)
                await File.WriteAllTextAsync(Path.Combine(outDir, SnippetScorer.Stem(c.File) + ".txt"), text, token);
        });
        return SnippetScorer.Score(cases, c => predictions.TryGetValue(c.File, out var t) ? t : null);
    }
}
