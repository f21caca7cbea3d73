using System.Text.RegularExpressions;

namespace CleanFeed.Core.Extraction.Evaluation;

/// <summary>One page's shingle precision and recall.</summary>
public sealed record ShinglePage(string Name, double Precision, double Recall, int Predicted, int Expected)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record ShingleScore(IReadOnlyList<ShinglePage> Pages)
{
    public double Precision => Pages.Count == 0 ? 0 : Pages.Average(p => p.Precision);
    public double Recall => Pages.Count == 0 ? 0 : Pages.Average(p => p.Recall);
    /// <summary>F1 of the averaged precision and recall (not the average of the pages' F1).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public string SummaryLine =>
        $"pages {Pages.Count}  precision {Precision:0.0000}  recall {Recall:0.0000}  F1 {F1:0.0000}  (4-word shingles, per page, averaged)";

    /// <summary>The N pages with the lowest F1.</summary>
    public IEnumerable<string> WorstLines(int n) => Pages
        .OrderBy(p => p.F1).ThenBy(p => p.Name, StringComparer.Ordinal).Take(n)
        .Select(p => $"{p.Name}: precision {p.Precision:0.000} recall {p.Recall:0.000} ({p.Predicted} predicted, {p.Expected} expected shingles)");
}

/// <summary>
/// The shape of the held-out news benchmark's metric, for corpora of pages with their expected text: each text becomes
/// a bag (multiset) of 4-word shingles, precision and recall are taken per page and averaged over the pages, and F1 is
/// taken from the two averages. Words are runs of letters, digits and underscores, lower-cased, so punctuation and
/// layout do not count. A text of fewer than four words is one shingle. An empty prediction has precision 0.
/// </summary>
public static partial class ShingleScorer
{
    private const int Size = 4;

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static ShinglePage ScorePage(string name, string predicted, string expected)
    {
        var p = Shingles(predicted);
        var e = Shingles(expected);
        int pn = p.Values.Sum(), en = e.Values.Sum(), common = 0;
        foreach (var (s, n) in p)
            if (e.TryGetValue(s, out var m)) common += Math.Min(n, m);
        double precision = pn == 0 ? 0 : (double)common / pn;
        double recall = en == 0 ? (pn == 0 ? 1 : 0) : (double)common / en;
        return new ShinglePage(name, precision, recall, pn, en);
    }

    public static ShingleScore Score(IEnumerable<ShinglePage> pages) => new(pages.OrderBy(p => p.Name, StringComparer.Ordinal).ToList());

    public static Dictionary<string, int> Shingles(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Length == 0) return bag;
        int count = Math.Max(1, words.Length - Size + 1);
        for (int i = 0; i < count; i++)
        {
            var key = string.Join(' ', words, i, Math.Min(Size, words.Length - i));
            bag[key] = bag.GetValueOrDefault(key) + 1;
        }
        return bag;
    }
}
