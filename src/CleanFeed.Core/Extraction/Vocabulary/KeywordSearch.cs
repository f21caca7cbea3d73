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
    /// The regex engine matches 'k' ignoring case also with the Kelvin sign (U+212A), which an ordinal-ignore-case
    /// search does not: in a text holding one, a keyword pre-check is no necessary condition for a regex match.
    /// </summary>
    public static bool HasKelvinSign(ReadOnlySpan<char> text) => text.Contains('\u212A');

    internal static string AsciiCore(string keyword)
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

/// <summary>
/// Several keyword lists searched at once: which of them have a keyword in a text, the same answer as one
/// <see cref="SearchValues{T}"/> (<see cref="StringComparison.OrdinalIgnoreCase"/>) per list. On short texts (class
/// names, short lines) a SearchValues search tries every keyword at every position, 100-300 ns a list; here one scan
/// looks up each position's two characters in a table of the keywords' first two, and compares only the keywords
/// found there. Keywords are reduced to ASCII as in <see cref="KeywordSearch.Create"/>.
/// </summary>
internal sealed class KeywordLists
{
    private const int ShortText = 64;
    private readonly SearchValues<string>[] _lists;
    private readonly ushort[] _slotOfPair = new ushort[128 * 128]; // first two characters, ASCII letters in lower case → 1 + slot
    private readonly (string Keyword, ulong Lists)[][] _slots;

    public KeywordLists(IReadOnlyList<IEnumerable<string>> lists)
    {
        if (lists.Count > 64) throw new ArgumentException("at most 64 lists");
        var cores = lists.Select(l => l.Select(KeywordSearch.AsciiCore).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()).ToArray();
        _lists = cores.Select(c => SearchValues.Create(c, StringComparison.OrdinalIgnoreCase)).ToArray();
        var listsOf = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < cores.Length; i++)
            foreach (var k in cores[i]) listsOf[k] = listsOf.GetValueOrDefault(k) | (1UL << i);
        var slots = new List<List<(string, ulong)>>();
        foreach (var (k, bits) in listsOf)
        {
            int pair = Pair(k[0], k[1]);
            if (_slotOfPair[pair] == 0) { slots.Add([]); _slotOfPair[pair] = (ushort)slots.Count; }
            slots[_slotOfPair[pair] - 1].Add((k, bits));
        }
        _slots = slots.Select(s => s.ToArray()).ToArray();
    }

    /// <summary>Whether list <paramref name="list"/> has a keyword in <paramref name="text"/>.</summary>
    public bool Contains(ReadOnlySpan<char> text, int list) => text.ContainsAny(_lists[list]);

    /// <summary>Bit i is set when list i has a keyword in <paramref name="text"/>.</summary>
    public ulong Find(ReadOnlySpan<char> text)
    {
        ulong found = 0;
        if (text.Length > ShortText)
        {
            for (int i = 0; i < _lists.Length; i++)
                if (text.ContainsAny(_lists[i])) found |= 1UL << i;
            return found;
        }
        for (int i = 0; i + 1 < text.Length; i++)
        {
            char a = text[i], b = text[i + 1];
            if ((a | b) >= 128) continue; // ASCII keywords match ASCII characters only (ordinal, ignoring case)
            int slot = _slotOfPair[Pair(a, b)];
            if (slot == 0) continue;
            foreach (var (keyword, lists) in _slots[slot - 1])
                if ((found & lists) != lists && text[i..].StartsWith(keyword, StringComparison.OrdinalIgnoreCase)) found |= lists;
        }
        return found;
    }

    // ASCII letters in lower case; another character may share a code with one (one more candidate, never a missed one)
    private static int Pair(char a, char b) => ((a | 0x20) << 7) | (b | 0x20);
}
