using System.CommandLine;
using CleanFeed.Cli.Evaluation;
using CleanFeed.Core.Extraction;

namespace CleanFeed.Cli.Commands;

/// <summary>
/// <c>cleanfeed eval --corpus DIR [--misses N] [--metadata]</c>: extraction quality on a snippet corpus, scored exactly like
/// score.py, or on pages with their expected text, scored by shingles like the held-out news benchmark.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus folder: cases.json and pages/ (snippets, as score.py), or pages/ and expected/NAME.txt (4-word shingles per page, averaged).", Required = true };
        var misses = new Option<int>("--misses") { Description = "List the N pages with the most errors.", DefaultValueFactory = _ => 0 };
        var outDir = new Option<string?>("--out") { Description = "Also write each prediction as DIR/NAME.txt (for score.py)." };
        var metadata = new Option<bool>("--metadata") { Description = "Also print how often title, author and date agree with the corpus's references (after the score line)." };
        var parallel = new Option<int>("--parallel") { Description = "Pages extracted at once.", DefaultValueFactory = _ => Math.Min(2, Environment.ProcessorCount) };
        var cmd = new Command("eval", "Run the extractor over a corpus (cases.json + pages/) and print precision, recall and F1 as score.py does.")
        {
            corpus, misses, outDir, metadata, parallel,
        };
        cmd.SetAction(async (parseResult, ct) =>
        {
            var dir = parseResult.GetValue(corpus)!;
            var extractor = new ContentExtractor(new ContentExtractorOptions { ProduceHtml = false, RecordRemoved = false });
            var failures = new System.Collections.Concurrent.ConcurrentBag<(string Page, string Error)>();
            if (!File.Exists(Path.Combine(dir, "cases.json")))
            {
                if (!Directory.Exists(Path.Combine(dir, "expected")) || !Directory.Exists(Path.Combine(dir, "pages")))
                {
                    Console.Error.WriteLine($"eval: {dir}: neither cases.json nor pages/ with expected/");
                    return 2;
                }
                // pages with their whole expected text: the held-out benchmark's shingle metric
                var shingles = await CorpusEvaluator.RunShinglesAsync(dir, extractor, parseResult.GetValue(outDir), parseResult.GetValue(parallel), failures, ct);
                foreach (var line in shingles.WorstLines(parseResult.GetValue(misses))) Console.WriteLine(line);
                Console.WriteLine(shingles.SummaryLine);
                return ReportFailures(failures);
            }
            var (score, agreement) = await CorpusEvaluator.RunWithMetadataAsync(dir, extractor, parseResult.GetValue(outDir), parseResult.GetValue(parallel), failures, ct);
            foreach (var line in score.MissLines(parseResult.GetValue(misses))) Console.WriteLine(line);
            Console.WriteLine(score.SummaryLine);
            if (parseResult.GetValue(metadata))
                foreach (var field in agreement) Console.WriteLine(field.Line);
            return ReportFailures(failures);
        });
        return cmd;
    }

    // A page whose extraction threw is scored on its visible text: say so, and fail the command (a bug, not a low score).
    private static int ReportFailures(IEnumerable<(string Page, string Error)> failures)
    {
        var list = failures.OrderBy(f => f.Page, StringComparer.Ordinal).ToList();
        if (list.Count == 0) return 0;
        Console.Error.WriteLine($"eval: extraction failed on {list.Count} page(s), scored on their visible text:");
        foreach (var (page, error) in list.Take(5)) Console.Error.WriteLine($"  {page}: {error}");
        return 1;
    }
}
