using System.Text.RegularExpressions;

namespace CleanFeed.Core.Extraction.Vocabulary;

/// <summary>
/// A whole-line match against a long list of phrase patterns (<c>^prefix(?:p1|p2|…)suffix$</c>), indexed by
/// the first letter of the line. One regex over ~170 alternatives tries every branch on every line (about
/// 5 µs a call); the index runs only the branches that can start with the line's first letter. Each phrase's
/// possible first letters are read from its pattern; a phrase whose start cannot be read that way (a class,
/// a wildcard) goes into every bucket, so the result is always the same as the single regex.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Dictionary<char, Regex> _buckets = [];
    private readonly Regex? _anyOnly;
    private readonly Func<char, bool> _skip;

    /// <param name="phrases">Alternatives (regex syntax, lower case, matched ignoring case).</param>
    /// <param name="prefix">Pattern of what may precede the phrase; <paramref name="skip"/> must accept exactly its characters, and they are never letters.</param>
    /// <param name="suffix">Pattern of what may follow the phrase, up to the end of the line.</param>
    public PhraseIndex(IReadOnlyList<string> phrases, string prefix, Func<char, bool> skip, string suffix, RegexOptions options)
    {
        _skip = skip;
        var byLetter = new Dictionary<char, List<string>>();
        var any = new List<string>();
        foreach (var p in phrases)
        {
            var first = FirstLetters(p);
            if (first is null) { any.Add(p); continue; }
            foreach (var c in first)
            {
                if (!byLetter.TryGetValue(c, out var list)) byLetter[c] = list = [];
                list.Add(p);
            }
        }
        Regex Build(IEnumerable<string> ps) => new("^" + prefix + "(?:" + string.Join("|", ps) + ")" + suffix + "$", options);
        foreach (var (c, list) in byLetter) _buckets[c] = Build(list.Concat(any));
        if (any.Count > 0) _anyOnly = Build(any);
    }

    public bool IsMatch(string text)
    {
        int i = 0;
        while (i < text.Length && _skip(text[i])) i++;
        if (i == text.Length) return false; // every phrase holds a letter
        var c = char.ToLowerInvariant(text[i]);
        if (_buckets.TryGetValue(c, out var rx)) return rx.IsMatch(text);
        return _anyOnly?.IsMatch(text) ?? false;
    }

    /// <summary>
    /// The lower-case letters a match of the pattern can start with (leading digits and spaces skipped,
    /// as the prefix takes them); null when that cannot be read simply.
    /// </summary>
    internal static HashSet<char>? FirstLetters(string pattern)
    {
        var top = SplitTopLevel(pattern);
        if (top.Count > 1)
        {
            var union = new HashSet<char>();
            foreach (var part in top)
                if (FirstLetters(part) is { } f) union.UnionWith(f);
                else return null;
            return union;
        }
        int i = 0;
        // leading digit/space tokens (\d* ?, \d+ , ' ?'): the line's own prefix characters
        while (i < pattern.Length)
        {
            if (pattern.AsSpan(i).StartsWith(@"\d")) { i += 2; }
            else if (pattern[i] == ' ') { i++; }
            else break;
            if (i < pattern.Length && pattern[i] is '*' or '+' or '?') i++;
        }
        if (i >= pattern.Length) return null;
        char ch = pattern[i];
        if (char.IsLetter(ch))
        {
            if (i + 1 < pattern.Length && pattern[i + 1] is '?' or '*' or '{') return null;
            return [char.ToLowerInvariant(ch)];
        }
        if (!pattern.AsSpan(i).StartsWith("(?:")) return null;
        int close = MatchingParen(pattern, i);
        if (close < 0) return null;
        var rest = pattern[(close + 1)..];
        bool optional = rest.Length > 0 && rest[0] is '?' or '*';
        if (rest.Length > 0 && rest[0] is '?' or '*' or '+' or '{')
        {
            if (rest[0] == '{') return null;
            rest = rest[1..];
        }
        var result = new HashSet<char>();
        foreach (var alt in SplitTopLevel(pattern[(i + 3)..close]))
        {
            var f = FirstLetters(alt.Length == 0 ? rest : alt + rest);
            if (f is null) return null;
            result.UnionWith(f);
        }
        if (optional)
        {
            var f = FirstLetters(rest);
            if (f is null) return null;
            result.UnionWith(f);
        }
        return result;
    }

    /// <summary>At an escape or a character class, moves <paramref name="i"/> to its last character: neither holds structure.</summary>
    private static bool SkipLiteral(string p, ref int i)
    {
        if (p[i] == '\\') { i++; return true; }
        if (p[i] != '[') return false;
        while (i < p.Length && p[i] != ']') { if (p[i] == '\\') i++; i++; }
        return true;
    }

    private static int MatchingParen(string p, int open)
    {
        int depth = 0;
        for (int i = open; i < p.Length; i++)
        {
            if (SkipLiteral(p, ref i)) continue;
            if (p[i] == '(') depth++;
            else if (p[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>The top-level alternatives of a pattern.</summary>
    internal static List<string> SplitTopLevel(string s)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (SkipLiteral(s, ref i)) continue;
            if (s[i] == '(') depth++;
            else if (s[i] == ')') depth--;
            else if (s[i] == '|' && depth == 0) { parts.Add(s[start..i]); start = i + 1; }
        }
        parts.Add(s[start..]);
        return parts;
    }
}
