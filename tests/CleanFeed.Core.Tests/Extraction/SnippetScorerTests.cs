using System.Diagnostics;
using System.Text.Json;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Extraction.Evaluation;
using Xunit.Abstractions;

namespace CleanFeed.Core.Tests.Extraction;

public class SnippetScorerTests(ITestOutputHelper output)
{
    [Fact]
    public void Pools_counts_and_normalises_whitespace_like_score_py()
    {
        var cases = new List<SnippetCase>
        {
            new("a", "pages/a.html.gz", ["kept  text", "missing one"], ["leaked\tline", "absent"]),
            new("b", "pages/b.htm.gz", ["anything"], ["x"]),          // no prediction: finds nothing
            new("c", "pages/c.gz", ["line\nbreak"], []),
        };
        var preds = new Dictionary<string, string?>
        {
            ["a"] = "some kept\u00A0 text and a leaked\n line",
            ["b"] = null,
            ["c"] = "  line \r\n  break  ",
        };
        var s = SnippetScorer.Score(cases, c => preds[c.Key]);
        Assert.Equal((2, 1, 2, 2), (s.TruePositives, s.FalsePositives, s.FalseNegatives, s.TrueNegatives));
        Assert.Equal("pages 3  precision 0.667  recall 0.500  F1 0.571", s.SummaryLine);
        Assert.Equal("pages/a.html.gz: missed ['missing one'] leaked ['leaked\\tline']", s.MissLines(1).Single());
    }

    [Theory]
    [InlineData(0.0625, "0.062")]   // exact tie: half to even, as Python
    [InlineData(0.0635, "0.064")]   // binary value above the tie
    [InlineData(0.9999, "1.000")]
    [InlineData(0.0, "0.000")]
    [InlineData(2.0 / 3, "0.667")]
    public void Formats_like_python(double value, string expected) => Assert.Equal(expected, SnippetScorer.FormatPy(value));

    [Fact]
    public void Stem_matches_score_py() 
    {
        Assert.Equal("x.y", SnippetScorer.Stem("pages/x.y.html.gz"));
        Assert.Equal("n", SnippetScorer.Stem("pages/n.htm.gz"));
        Assert.Equal("k", SnippetScorer.Stem("k.gz"));
    }

    /// <summary>Runs score.py and the C# scorer on the same predictions for a few real pages and compares every line.</summary>
    [Fact]
    public void Agrees_with_score_py_on_real_pages()
    {
        var corpus = FindCorpus();
        if (corpus is null) { output.WriteLine("shared corpus not present: comparison with score.py not run"); return; }
        if (!HasPython()) { output.WriteLine("python3 not found: comparison with score.py not run"); return; }

        var all = SnippetScorer.LoadCases(Path.Combine(corpus, "cases.json"));
        var picked = all.Where((_, i) => i % 97 == 0).Take(10).ToList();
        var temp = Directory.CreateTempSubdirectory("cleanfeed-score-");
        try
        {
            var pred = Directory.CreateDirectory(Path.Combine(temp.FullName, "pred")).FullName;
            var extractor = new ContentExtractor();
            var texts = new Dictionary<string, string>();
            foreach (var c in picked.Skip(1)) // the first page has no prediction at all
            {
                var text = extractor.Extract(new ExtractionInput { Html = HtmlDecoding.ReadPage(Path.Combine(corpus, c.File)) }).Text;
                texts[c.Key] = text;
                File.WriteAllText(Path.Combine(pred, SnippetScorer.Stem(c.File) + ".txt"), text);
            }
            var casesPath = Path.Combine(temp.FullName, "cases.json");
            File.WriteAllText(casesPath, JsonSerializer.Serialize(picked.ToDictionary(c => c.Key, c => new { file = c.File, with = c.With, without = c.Without })));

            var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { Path.Combine(corpus, "score.py"), pred, "--cases", casesPath, "--misses", "10" }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var pyOut = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);

            var fromDir = SnippetScorer.ScoreDirectory(SnippetScorer.LoadCases(casesPath), pred);
            var inMemory = SnippetScorer.Score(picked, c => texts.GetValueOrDefault(c.Key));
            var expected = pyOut.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            Assert.Equal(expected, fromDir.MissLines(10).Append(fromDir.SummaryLine).ToArray());
            Assert.Equal(expected[^1], inMemory.SummaryLine);
            output.WriteLine(expected[^1]);
        }
        finally { temp.Delete(recursive: true); }
    }

    internal static string? FindCorpus()
    {
        var env = Environment.GetEnvironmentVariable("CLEANFEED_EXTRACTION_CORPUS");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, "cases.json"))) return env;
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared", "corpus", "extraction-dev");
            if (File.Exists(Path.Combine(candidate, "cases.json")) && File.Exists(Path.Combine(candidate, "score.py"))) return candidate;
        }
        return null;
    }

    private static bool HasPython()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            p!.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}
