using System.Numerics;
using System.Text;
using System.Text.Json;

namespace CleanFeed.Core.Extraction.Evaluation;

/// <summary>One case of a snippet corpus (cases.json): the page file, snippets to keep, snippets to drop.</summary>
public sealed record SnippetCase(string Key, string File, IReadOnlyList<string> With, IReadOnlyList<string> Without)
{
    /// <summary>Reference metadata, when the corpus has it (cases.json "title", "author" (a string or a list), "date").</summary>
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Date { get; init; }
}

/// <summary>A page the extractor got wrong: what it missed and what leaked.</summary>
public sealed record SnippetMiss(string File, IReadOnlyList<string> Missed, IReadOnlyList<string> Leaked)
{
    public int Errors => Missed.Count + Leaked.Count;
}

public sealed record SnippetScore(int Pages, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, IReadOnlyList<SnippetMiss> Misses)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => TruePositives + FalsePositives + FalseNegatives == 0 ? 0 : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>The summary line exactly as score.py prints it.</summary>
    public string SummaryLine => $"pages {Pages}  precision {SnippetScorer.FormatPy(Precision)}  recall {SnippetScorer.FormatPy(Recall)}  F1 {SnippetScorer.FormatPy(F1)}";

    /// <summary>The N worst pages, as score.py's --misses lines.</summary>
    public IEnumerable<string> MissLines(int n) => Misses
        .OrderByDescending(m => m.Errors).ThenByDescending(m => m.File, StringComparer.Ordinal)
        .Take(n)
        .Select(m => $"{m.File}: missed {SnippetScorer.PyList(m.Missed)} leaked {SnippetScorer.PyList(m.Leaked)}");
}

/// <summary>
/// The snippet metric of ../shared/corpus/extraction-dev/score.py, reimplemented exactly: whitespace runs (Python's
/// Unicode \s) collapse to one space and the ends are stripped; a 'with' snippet found in the prediction is a true
/// positive, else a false negative; a 'without' snippet found is a false positive, else a true negative; an empty
/// prediction finds nothing; counts pool over all pages.
/// </summary>
public static class SnippetScorer
{
    public static IReadOnlyList<SnippetCase> LoadCases(string casesJsonPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(casesJsonPath));
        var list = new List<SnippetCase>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var c = p.Value;
            list.Add(new SnippetCase(p.Name, c.GetProperty("file").GetString()!,
                c.GetProperty("with").EnumerateArray().Select(x => x.GetString()!).ToList(),
                c.GetProperty("without").EnumerateArray().Select(x => x.GetString()!).ToList())
            {
                Title = OptionalString(c, "title"),
                Date = OptionalString(c, "date"),
                Authors = c.TryGetProperty("author", out var a)
                    ? a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).Where(x => x.Length > 0).ToList()
                    : a.ValueKind == JsonValueKind.String && a.GetString() is { Length: > 0 } one ? [one] : []
                    : [],
            });
        }
        return list;
    }

    private static string? OptionalString(JsonElement c, string name) =>
        c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    /// <summary>score.py's stem: NAME.html.gz / NAME.htm.gz / NAME.gz → NAME.</summary>
    public static string Stem(string page)
    {
        var name = Path.GetFileName(page);
        foreach (var ext in new[] { ".gz", ".html", ".htm" })
            if (name.EndsWith(ext, StringComparison.Ordinal)) name = name[..^ext.Length];
        return name;
    }

    /// <summary>Scores predictions read from PRED_DIR/STEM.txt, as score.py does.</summary>
    public static SnippetScore ScoreDirectory(IReadOnlyList<SnippetCase> cases, string predDir) =>
        Score(cases, c =>
        {
            var path = Path.Combine(predDir, Stem(c.File) + ".txt");
            return File.Exists(path) ? Encoding.UTF8.GetString(File.ReadAllBytes(path)) : null;
        });

    /// <summary>Scores predictions given by a function (null or empty: nothing found).</summary>
    public static SnippetScore Score(IReadOnlyList<SnippetCase> cases, Func<SnippetCase, string?> prediction)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var misses = new List<SnippetMiss>();
        foreach (var c in cases)
        {
            var raw = prediction(c);
            var output = raw is null ? "" : Normalize(raw);
            var found = c.With.Where(s => output.Length > 0 && output.Contains(Normalize(s), StringComparison.Ordinal)).ToList();
            var leaked = c.Without.Where(s => output.Length > 0 && output.Contains(Normalize(s), StringComparison.Ordinal)).ToList();
            tp += found.Count; fn += c.With.Count - found.Count;
            fp += leaked.Count; tn += c.Without.Count - leaked.Count;
            var missed = c.With.Where(s => !found.Contains(s)).ToList();
            if (missed.Count > 0 || leaked.Count > 0) misses.Add(new SnippetMiss(c.File, missed, leaked));
        }
        return new SnippetScore(cases.Count, tp, fp, fn, tn, misses);
    }

    /// <summary>Python's re.sub(r'\s+', ' ', t).strip() for str patterns.</summary>
    public static string Normalize(string t)
    {
        var sb = new StringBuilder(t.Length);
        bool space = false;
        foreach (var ch in t)
        {
            if (IsPyWhitespace(ch)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    // Python's str.isspace(): .NET's whitespace plus the information separators U+001C..U+001F.
    private static bool IsPyWhitespace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    /// <summary>Python's f'{x:.3f}': the double's exact binary value rounded half-to-even.</summary>
    public static string FormatPy(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return x.ToString(System.Globalization.CultureInfo.InvariantCulture);
        bool neg = x < 0; x = Math.Abs(x);
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp++; else mant |= 1L << 52;
        exp -= 1075; // value = mant * 2^exp
        BigInteger scaled; // round(value * 1000)
        if (exp >= 0) scaled = new BigInteger(mant) * BigInteger.Pow(2, exp) * 1000;
        else
        {
            var num = new BigInteger(mant) * 1000;
            var den = BigInteger.Pow(2, -exp);
            var q = BigInteger.DivRem(num, den, out var r);
            var twice = r * 2;
            if (twice > den || (twice == den && !q.IsEven)) q += 1;
            scaled = q;
        }
        var s = BigInteger.DivRem(scaled, 1000, out var frac);
        return (neg && scaled != 0 ? "-" : "") + s + "." + ((int)frac).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Python's repr() of a list of strings.</summary>
    public static string PyList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(PyRepr)) + "]";

    private static string PyRepr(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(q);
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch == q) sb.Append('\\').Append(ch);
                    else if (ch < ' ' || ch == '\x7f') sb.Append("\\x").Append(((int)ch).ToString("x2"));
                    else if (ch is >= '\x80' and <= '\xa0' || ch == '\xad') sb.Append("\\x").Append(((int)ch).ToString("x2"));
                    else sb.Append(ch);
                    break;
            }
        }
        return sb.Append(q).ToString();
    }
}
