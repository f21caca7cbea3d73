namespace CleanFeed.Core.Extraction.Evaluation;

/// <summary>How often one metadata field agrees with the corpus's reference, over the cases that have a reference.</summary>
public sealed record FieldAgreement(string Field, int References, int Found, int Agreeing)
{
    public double Rate => References == 0 ? 0 : (double)Agreeing / References;

    public string Line => $"{Field,-7} {Agreeing}/{References} agree ({Rate:0.000}); {Found} found";
}

/// <summary>
/// Agreement of extracted metadata with a corpus's reference title, author and date (our own measure; score.py has none):
/// titles agree when equal after Unicode NFC, whitespace collapsing and case folding; authors when either name holds the
/// other (references list co-authors); dates when the UTC calendar day is the reference's (YYYY-MM-DD).
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
                    var rk = Key(string.Join("; ", c.Authors));
                    if (ak.Contains(rk, StringComparison.Ordinal) || rk.Contains(ak, StringComparison.Ordinal)) aOk++;
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
}
