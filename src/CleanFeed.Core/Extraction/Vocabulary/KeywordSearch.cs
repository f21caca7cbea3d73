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
/// <see cref="SearchValues{T}"/> (<see cref="StringComparison.OrdinalIgnoreCase"/>) per list, as a necessary condition
/// (a non-ASCII character never matches a keyword's ASCII one here). One scan looks up each position's two characters in
/// a bit set of the keywords' first two, and compares only the keywords that open with them. (One SearchValues search
/// per list was 2-3 times slower on paragraphs of 100-300 characters: each list scans the whole text, and on short
/// texts a SearchValues search tries every keyword at every position.) Keywords are reduced to ASCII as in
/// <see cref="KeywordSearch.Create"/>.
/// </summary>
internal sealed class KeywordLists
{
    private readonly SearchValues<string>[] _lists;
    private readonly ulong[] _pairs = new ulong[128 * 128 / 64]; // first two characters (ASCII, lower case) of some keyword
    private readonly ushort[] _slotOfPair = new ushort[128 * 128]; // first two characters → 1 + slot
    private readonly (string Keyword, ulong Lists)[][] _slots;
    private readonly uint[] _thirds; // per slot: the third characters (low five bits) its keywords go on with; all for a two-letter one
    // The first three characters of some keyword, by their low five bits (both cases of a letter share them); all third
    // characters for a two-letter one. Most positions of a text open no keyword: one bit test each tells.
    private readonly ulong[] _trigrams = new ulong[(1 << 15) / 64];

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
            _pairs[pair >> 6] |= 1UL << pair;
            if (_slotOfPair[pair] == 0) { slots.Add([]); _slotOfPair[pair] = (ushort)slots.Count; }
            slots[_slotOfPair[pair] - 1].Add((k.ToLowerInvariant(), bits));
        }
        _slots = slots.Select(s => s.ToArray()).ToArray();
        _thirds = _slots.Select(s => s.Aggregate(0u, (m, k) => m | (k.Keyword.Length > 2 ? 1u << (k.Keyword[2] & 31) : uint.MaxValue))).ToArray();
        foreach (var k in listsOf.Keys)
            for (int third = 0; third < 32; third++)
                if (k.Length == 2 || (k[2] & 31) == third)
                {
                    int key = Trigram(k[0], k[1], third);
                    _trigrams[key >> 6] |= 1UL << key;
                }
    }

    private static int Trigram(int a, int b, int c) => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);

    /// <summary>Whether list <paramref name="list"/> has a keyword in <paramref name="text"/>.</summary>
    public bool Contains(ReadOnlySpan<char> text, int list) => text.ContainsAny(_lists[list]);

    /// <summary>Bit i is set when list i has a keyword in <paramref name="text"/> (and perhaps when it has not).</summary>
    public ulong Find(ReadOnlySpan<char> text)
    {
        ulong found = 0;
        int n = text.Length;
        if (n < 2) return 0;
        // (a rolling key of the three characters from i: characters equal ignoring the 0x20 bit share their low five bits)
        int key = Trigram(0, text[0], text[1]);
        for (int i = 0; i + 2 < n; i++)
        {
            key = ((key << 5) | (text[i + 2] & 31)) & 0x7FFF;
            if ((_trigrams[key >> 6] & (1UL << key)) != 0) found = FindAt(text, i, found);
        }
        return FindAt(text, n - 2, found); // (the last two characters: a two-letter keyword)
    }

    private ulong FindAt(ReadOnlySpan<char> text, int i, ulong found)
    {
        int n = text.Length;
        int a = text[i], b = text[i + 1];
        if ((a | b) >= 128) return found; // ASCII keywords match ASCII characters only (ordinal, ignoring case)
        int pair = ((a | 0x20) << 7) | (b | 0x20);
        if ((_pairs[pair >> 6] & (1UL << pair)) == 0) return found;
        int slot = _slotOfPair[pair] - 1;
        if (i + 2 < n && (_thirds[slot] & (1u << (text[i + 2] & 31))) == 0) return found; // (the third character's low bits: both cases of a letter share them)
        foreach (var (keyword, lists) in _slots[slot])
        {
            if ((found & lists) == lists || i + keyword.Length > n) continue;
            // ignoring case by the 0x20 bit: every case of an ASCII letter matches (another character may too: a
            // candidate more, never one missed)
            int j = 2;
            while (j < keyword.Length && (text[i + j] | 0x20) == (keyword[j] | 0x20)) j++;
            if (j == keyword.Length) found |= lists;
        }
        return found;
    }

    // ASCII letters in lower case; another character may share a code with one (one more candidate, never a missed one)
    private static int Pair(char a, char b) => ((a | 0x20) << 7) | (b | 0x20);
}
