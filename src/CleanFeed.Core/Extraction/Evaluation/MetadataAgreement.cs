namespace CleanFeed.Core.Extraction.Evaluation;

/// <summary>How often one metadata field agrees with the corpus's reference, over the cases that have a reference.</summary>
public sealed record FieldAgreement(string Field, int References, int Found, int Agreeing)
{
    public double Rate => References == 0 ? 0 : (double)Agreeing / References;

    public string Line => $"{Field,-7} {Agreeing}/{References} agree ({Rate:0.000}); {Found} found";
}

/// <summary>
/// Agreement of extracted metadata with a corpus's reference title, author and date (our own measure; score.py has none):
/// titles agree when equal after Unicode NFC, whitespace collapsing and case folding; authors when equal, or when one holds
/// the other and is at least 60% of it (checked against each listed co-author and the whole list); dates when the UTC
/// calendar day is the reference's (YYYY-MM-DD). The references give the page's local day, so a date published shortly
/// before or after midnight away from UTC counts as disagreeing although it is right.
/// </summary>
public static class MetadataAgreement
{
    public static IReadOnlyList<FieldAgreement> Score(IReadOnlyList<SnippetCase> cases, Func<SnippetCase, ExtractionResult?> result)
    {
        int tRef = 0, tFound = 0, tOk = 0, aRef = 0, aFound = 0, aOk = 0, dRef = 0, dFound = 0, dOk = 0;
        foreach (var c in cases)
        {
            var r = result(c);
            if (c.Title is { } title)
            {
                tRef++;
                if (r?.Title is { Length: > 0 } t) { tFound++; if (Key(t) == Key(title)) tOk++; }
            }
            if (c.Authors.Count > 0)
            {
                aRef++;
                if (r?.Author is { Length: > 0 } a)
                {
                    aFound++;
                    var ak = Key(a);
                    if (c.Authors.Append(string.Join("; ", c.Authors)).Any(x => SameName(ak, Key(x)))) aOk++;
                }
            }
            if (c.Date is { Length: >= 10 } date)
            {
                dRef++;
                if (r?.Published is { } p) { dFound++; if (p.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == date[..10]) dOk++; }
            }
        }
        return [new("title", tRef, tFound, tOk), new("author", aRef, aFound, aOk), new("date", dRef, dFound, dOk)];
    }

    private static string Key(string s) => SnippetScorer.Normalize(s.Normalize()).ToLowerInvariant();

    // Equal, or one holds the other and is most of it ("Jane Miller" in "Jane Miller; Tom Ross"; not in "Post author By Jane Miller").
    private static bool SameName(string a, string b)
    {
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length > 0 && longer.Contains(shorter, StringComparison.Ordinal) && shorter.Length * 10 >= longer.Length * 6;
    }
}
