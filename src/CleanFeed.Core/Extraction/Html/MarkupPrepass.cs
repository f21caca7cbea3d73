namespace CleanFeed.Core.Extraction.Html;

/// <summary>
/// One linear pass over the page source before parsing. It cuts out what the extractor never reads as text
/// (comments, &lt;script&gt;, &lt;style&gt;, &lt;svg&gt; icons, &lt;link&gt; tags but the canonical one), keeping the JSON-LD blocks aside for the metadata: on
/// news pages that is about half of the source, and the tokenizer would otherwise walk all of it character by
/// character. It also bounds the nesting depth cheaply: the running count of start tags minus end tags (never
/// below zero) is an upper bound of the depth, and only when that bound reaches the limit does
/// <see cref="NestingGuard"/> do its exact (and slower) pass.
/// </summary>
internal static class MarkupPrepass
{
    public readonly record struct Result(string Html, List<string> JsonLd);

    private const int MaxJsonLdBlocks = 20;
    private const int MaxJsonLdChars = 1_000_000;

    public static Result Run(string html, int maxDepth = NestingGuard.DefaultMaxDepth)
    {
        var jsonLd = new List<string>(2);
        List<(int Start, int Length)>? keep = null; // the ranges that stay, when something is cut
        int copied = 0, balance = 0, maxBalance = 0;
        int i = 0;
        var span = html.AsSpan();
        while (true)
        {
            int lt = span[i..].IndexOf('<');
            if (lt < 0) break;
            i += lt;
            if (i + 1 >= html.Length) break;
            char c = html[i + 1];
            int cut = -1; // end of the range to cut out, when this tag opens one
            if (c == '/') { if (balance > 0) balance--; i += 2; continue; } // stray end tags are ignored, as the parser does
            if (c == '!')
            {
                if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
                {
                    int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    cut = close < 0 ? html.Length : close + 3;
                }
                else { i += 2; continue; } // doctype, CDATA
            }
            else if (!char.IsAsciiLetter(c)) { i++; continue; }
            else
            {
                balance++;
                if (balance > maxBalance) maxBalance = balance;
                if ((c | 0x20) == 's')
                {
                    if (IsTag(html, i, "script")) cut = SkipElement(html, i, "script", jsonLd);
                    else if (IsTag(html, i, "style")) cut = SkipElement(html, i, "style", null);
                    else if (IsTag(html, i, "svg")) cut = SkipSvg(html, i);
                    if (cut >= 0) balance--;
                }
                else if ((c | 0x20) == 'l' && IsTag(html, i, "link"))
                {
                    cut = SkipLink(html, i);
                    balance--; // a void element
                }
            }
            if (cut < 0) { i++; continue; }
            keep ??= new List<(int, int)>(64);
            keep.Add((copied, i - copied));
            copied = i = cut;
            if (i >= html.Length) break;
        }
        string output;
        if (keep is null) output = html;
        else
        {
            keep.Add((copied, html.Length - copied));
            int length = 0;
            foreach (var (_, l) in keep) length += l;
            // one allocation of the final size (a StringBuilder would copy twice)
            output = string.Create(length, (html, keep), static (dest, st) =>
            {
                int at = 0;
                foreach (var (start, l) in st.keep)
                {
                    st.html.AsSpan(start, l).CopyTo(dest[at..]);
                    at += l;
                }
            });
        }
        if (maxBalance >= maxDepth) output = NestingGuard.Flatten(output, maxDepth);
        return new Result(output, jsonLd);
    }

    /// <summary>"&lt;name" followed by the end of the tag name.</summary>
    private static bool IsTag(string html, int lt, string name)
    {
        int end = lt + 1 + name.Length;
        if (end >= html.Length) return false;
        if (string.Compare(html, lt + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
        char after = html[end];
        return after is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f';
    }

    /// <summary>
    /// The position after a &lt;link&gt; tag other than rel=canonical, or -1. Style sheets, preloads and icons are
    /// most of a page's links, and AngleSharp resolves each one's URL and relation while it builds the tree.
    /// </summary>
    private static int SkipLink(string html, int lt)
    {
        int gt = html.IndexOf('>', lt + 5);
        if (gt < 0) return -1;
        return html.AsSpan(lt, gt - lt).Contains("canonical", StringComparison.OrdinalIgnoreCase) ? -1 : gt + 1;
    }

    /// <summary>The position after the element's end tag (raw text: the first matching end tag closes it).</summary>
    private static int SkipElement(string html, int lt, string name, List<string>? jsonLd)
    {
        int tagEnd = html.IndexOf('>', lt + 1);
        if (tagEnd < 0) return html.Length;
        int close = html.IndexOf("</" + name, tagEnd + 1, StringComparison.OrdinalIgnoreCase);
        if (jsonLd is not null && jsonLd.Count < MaxJsonLdBlocks && close > tagEnd &&
            html.AsSpan(lt, tagEnd - lt).Contains("ld+json", StringComparison.OrdinalIgnoreCase) && close - tagEnd - 1 <= MaxJsonLdChars)
            jsonLd.Add(html.Substring(tagEnd + 1, close - tagEnd - 1));
        if (close < 0) return html.Length;
        int gt = html.IndexOf('>', close);
        return gt < 0 ? html.Length : gt + 1;
    }

    // HTML start tags that end foreign content (the HTML5 tree builder closes an open <svg> on them).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakOut = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
        "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font", "svg",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The position after a simple &lt;svg&gt; element (an icon), or -1 to leave it to the parser: when it is
    /// self-closing, unclosed, nested, or holds an HTML tag that would end it early, the cut could take page text.
    /// </summary>
    private static int SkipSvg(string html, int lt)
    {
        int tagEnd = html.IndexOf('>', lt + 1);
        if (tagEnd < 0 || html[tagEnd - 1] == '/') return -1;
        int close = html.IndexOf("</svg", tagEnd + 1, StringComparison.OrdinalIgnoreCase);
        if (close < 0) return -1;
        for (int i = html.IndexOf('<', tagEnd + 1); i >= 0 && i < close; i = html.IndexOf('<', i + 1))
        {
            int n = i + 1;
            while (n < close && char.IsAsciiLetterOrDigit(html[n])) n++;
            if (n > i + 1 && BreakOut.Contains(html.AsSpan(i + 1, n - i - 1))) return -1;
        }
        int gt = html.IndexOf('>', close);
        return gt < 0 ? -1 : gt + 1;
    }
}
