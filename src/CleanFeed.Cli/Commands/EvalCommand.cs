using System.CommandLine;
using CleanFeed.Cli.Evaluation;
using CleanFeed.Core.Extraction;

namespace CleanFeed.Cli.Commands;

/// <summary><c>cleanfeed eval --corpus DIR [--misses N]</c>: extraction quality on a snippet corpus, scored exactly like score.py.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus folder with cases.json and pages/.", Required = true };
        var misses = new Option<int>("--misses") { Description = "List the N pages with the most errors.", DefaultValueFactory = _ => 0 };
        var outDir = new Option<string?>("--out") { Description = "Also write each prediction as DIR/NAME.txt (for score.py)." };
        var parallel = new Option<int>("--parallel") { Description = "Pages extracted at once.", DefaultValueFactory = _ => Math.Min(2, Environment.ProcessorCount) };
        var cmd = new Command("eval", "Run the extractor over a corpus (cases.json + pages/) and print precision, recall and F1 as score.py does.")
        {
            corpus, misses, outDir, parallel,
        };
        cmd.SetAction(async (parseResult, ct) =>
        {
            var dir = parseResult.GetValue(corpus)!;
            if (!File.Exists(Path.Combine(dir, "cases.json")))
            {
                Console.Error.WriteLine($"eval: {dir}: no cases.json");
                return 2;
            }
            var extractor = new ContentExtractor(new ContentExtractorOptions { ProduceHtml = false, RecordRemoved = false });
            var score = await CorpusEvaluator.RunAsync(dir, extractor, parseResult.GetValue(outDir), parseResult.GetValue(parallel), ct);
            foreach (var line in score.MissLines(parseResult.GetValue(misses))) Console.WriteLine(line);
            Console.WriteLine(score.SummaryLine);
            return 0;
        });
        return cmd;
    }
}
