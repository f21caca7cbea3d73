using System.Buffers;

namespace CleanFeed.Core.Extraction.Vocabulary;

/// <summary>
/// Keyword pre-checks (necessary conditions before a regex runs). SearchValues matches ASCII keywords with a
/// vectorised search but falls back to a much slower path when one keyword holds a non-ASCII letter; such a
/// keyword is replaced by its longest ASCII run ("réponse" → "ponse"), which every text holding the keyword
/// also holds, so the check stays a necessary condition and stays fast.
/// </summary>
internal static class KeywordSearch
{
    public static SearchValues<string> Create(IEnumerable<string> keywords)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var k in keywords) set.Add(AsciiCore(k));
        return SearchValues.Create(set.ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// False only when no case-insensitive regex match that must contain one of <paramref name="keywords"/> can exist
    /// in <paramref name="text"/>. The regex engine also matches 'k' with the Kelvin sign (U+212A), which an
    /// ordinal-ignore-case search does not: a text holding one always passes.
    /// </summary>
    public static bool MayMatch(ReadOnlySpan<char> text, SearchValues<string> keywords) => text.ContainsAny(keywords) || text.Contains('\u212A');

    private static string AsciiCore(string keyword)
    {
        if (System.Text.Ascii.IsValid(keyword)) return keyword;
        int bestStart = 0, bestLength = 0;
        for (int i = 0; i < keyword.Length;)
        {
            if (!char.IsAscii(keyword[i])) { i++; continue; }
            int start = i;
            while (i < keyword.Length && char.IsAscii(keyword[i])) i++;
            if (i - start > bestLength) (bestStart, bestLength) = (start, i - start);
        }
        if (bestLength < 2) throw new ArgumentException($"keyword \"{keyword}\" has no ASCII run long enough for a pre-check");
        return keyword.Substring(bestStart, bestLength);
    }
}
