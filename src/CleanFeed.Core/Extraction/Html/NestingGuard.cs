using System.Text;

namespace CleanFeed.Core.Extraction.Html;

/// <summary>
/// HTML5 tree building costs time proportional to the depth of open elements for every element, so
/// a page of 100,000 nested divs takes a minute to parse: a cheap denial of service on the clean
/// stage. Before parsing, tags nested deeper than a browser-like limit are dropped (their text is
/// kept), in one linear pass. Real pages never come near the limit, so they are returned untouched.
/// </summary>
public static class NestingGuard
{
    public const int DefaultMaxDepth = 2000;

    // Elements whose end tag is optional or absent: they do not deepen the tree the way we count.
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCounted = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>The HTML with tags nested beyond <paramref name="maxDepth"/> removed; the same string when none are.</summary>
    public static string Flatten(string html, int maxDepth = DefaultMaxDepth)
    {
        // Fewer tags than the limit cannot nest deeper than it.
        if (CountChar(html, '<', maxDepth) < maxDepth) return html;

        StringBuilder? output = null;
        var depth = 0;
        var dropped = 0; // opening tags dropped and not yet closed
        var copiedTo = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var end = TagEnd(html, i);
            if (end < 0) break;
            var (nameStart, nameLength, closing, selfClosing) = ReadTag(html, i, end);
            var name = nameLength > 0 ? html.AsSpan(nameStart, nameLength) : default;
            var next = end + 1;
            if (nameLength == 0 || NotCounted.Contains(name) || selfClosing)
            {
                if (nameLength > 0 && !closing && RawTextName(name) is { } raw)
                    next = SkipRawText(html, next, raw);
                i = next;
                continue;
            }

            var drop = false;
            if (!closing)
            {
                if (RawTextName(name) is { } raw)
                    next = SkipRawText(html, next, raw);
                else if (depth >= maxDepth) { drop = true; dropped++; }
                else depth++;
            }
            else if (dropped > 0) { drop = true; dropped--; }
            else if (depth > 0) depth--;

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedTo, i - copiedTo).Append(' ');
                copiedTo = end + 1;
            }
            i = next;
        }
        if (output is null) return html;
        output.Append(html, copiedTo, html.Length - copiedTo);
        return output.ToString();
    }

    private static int CountChar(string s, char c, int enough)
    {
        var n = 0;
        foreach (var ch in s)
            if (ch == c && ++n >= enough) return n;
        return n;
    }

    private static int TagEnd(string html, int start)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 2;
        }
        return html.IndexOf('>', start + 1);
    }

    /// <summary>The tag's name as a range of the source (no allocation per tag); length 0 when it is not a tag.</summary>
    private static (int NameStart, int NameLength, bool Closing, bool SelfClosing) ReadTag(string html, int start, int end)
    {
        var p = start + 1;
        var closing = p < end && html[p] == '/';
        if (closing) p++;
        var nameStart = p;
        while (p < end && (char.IsAsciiLetterOrDigit(html[p]) || html[p] == '-' || html[p] == ':')) p++;
        if (p == nameStart || !char.IsAsciiLetter(html[nameStart])) return (0, 0, false, false);
        return (nameStart, p - nameStart, closing, !closing && html[end - 1] == '/');
    }

    private static string? RawTextName(ReadOnlySpan<char> name)
    {
        foreach (var r in RawText)
            if (name.Equals(r, StringComparison.OrdinalIgnoreCase)) return r;
        return null;
    }

    /// <summary>The next "&lt;/name" that is that end tag ("&lt;/scripts" is not "&lt;/script"), or -1.</summary>
    internal static int FindEndTag(string html, int from, string name)
    {
        for (int close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase); close >= 0;
             close = html.IndexOf("</" + name, close + 2, StringComparison.OrdinalIgnoreCase))
        {
            int after = close + 2 + name.Length;
            if (after >= html.Length || html[after] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f') return close;
        }
        return -1;
    }

    private static int SkipRawText(string html, int from, string name)
    {
        // Past the element's end tag: its content is text, and its end tag must not count as a close.
        var close = FindEndTag(html, from, name);
        if (close < 0) return html.Length;
        var gt = html.IndexOf('>', close);
        return gt < 0 ? html.Length : gt + 1;
    }
}
