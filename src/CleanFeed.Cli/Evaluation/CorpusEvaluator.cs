using System.Collections.Concurrent;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Extraction.Evaluation;

namespace CleanFeed.Cli.Evaluation;

/// <summary>Runs the extractor over a corpus in the shared format (cases.json + pages/) and scores it like score.py.</summary>
public static class CorpusEvaluator
{
    public static async Task<SnippetScore> RunAsync(string corpusDir, IContentExtractor extractor, string? outDir, int parallelism, CancellationToken ct) =>
        (await RunWithMetadataAsync(corpusDir, extractor, outDir, parallelism, null, ct)).Text;

    /// <summary>The snippet score and the metadata agreement (title, author, date) over the cases that have references.</summary>
    /// <param name="failures">Collects the pages whose extraction failed (name and error): they are scored on the page's
    /// visible text, which a score alone would hide.</param>
    public static async Task<(SnippetScore Text, IReadOnlyList<FieldAgreement> Metadata)> RunWithMetadataAsync(string corpusDir, IContentExtractor extractor, string? outDir, int parallelism,
        ConcurrentBag<(string Page, string Error)>? failures, CancellationToken ct)
    {
        var cases = SnippetScorer.LoadCases(Path.Combine(corpusDir, "cases.json"));
        var predictions = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var results = new ConcurrentDictionary<string, ExtractionResult>(StringComparer.Ordinal);
        if (outDir is not null) Directory.CreateDirectory(outDir);
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct }, async (c, token) =>
        {
            var path = Path.Combine(corpusDir, c.File);
            if (!File.Exists(path)) return;
            string text;
            try
            {
                var html = HtmlDecoding.ReadPage(path);
                var result = extractor.Extract(new ExtractionInput { Html = html }, token);
                if (result.Error is { } error) failures?.Add((c.File, error));
                results[c.File] = result;
                text = result.Text;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException) { return; }
            predictions[c.File] = text;
            if (outDir is not null)
                await File.WriteAllTextAsync(Path.Combine(outDir, SnippetScorer.Stem(c.File) + ".txt"), text, token);
        });
        return (SnippetScorer.Score(cases, c => predictions.TryGetValue(c.File, out var t) ? t : null),
                MetadataAgreement.Score(cases, c => results.TryGetValue(c.File, out var r) ? r : null));
    }

    /// <summary>
    /// A corpus of pages with their expected text (pages/NAME.html[.gz] and expected/NAME.txt), scored by 4-word shingles
    /// per page, averaged: the shape of the held-out news benchmark's metric. A page without an expected text is skipped.
    /// </summary>
    public static async Task<ShingleScore> RunShinglesAsync(string corpusDir, IContentExtractor extractor, string? outDir, int parallelism,
        ConcurrentBag<(string Page, string Error)>? failures, CancellationToken ct)
    {
        var expectedDir = Path.Combine(corpusDir, "expected");
        var pages = Directory.EnumerateFiles(Path.Combine(corpusDir, "pages"))
            .Where(f => File.Exists(Path.Combine(expectedDir, SnippetScorer.Stem(f) + ".txt")))
            .ToList();
        if (outDir is not null) Directory.CreateDirectory(outDir);
        var scored = new ConcurrentBag<ShinglePage>();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct }, async (path, token) =>
        {
            var stem = SnippetScorer.Stem(path);
            var expected = await File.ReadAllTextAsync(Path.Combine(expectedDir, stem + ".txt"), token);
            var result = extractor.Extract(new ExtractionInput { Html = HtmlDecoding.ReadPage(path) }, token);
            if (result.Error is { } error) failures?.Add((stem, error));
            var text = result.Text;
            if (outDir is not null) await File.WriteAllTextAsync(Path.Combine(outDir, stem + ".txt"), text, token);
            scored.Add(ShingleScorer.ScorePage(stem, text, expected));
        });
        return ShingleScorer.Score(scored);
    }
}
