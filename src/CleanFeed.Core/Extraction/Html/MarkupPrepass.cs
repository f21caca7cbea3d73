namespace CleanFeed.Core.Extraction.Html;

/// <summary>
/// One linear pass over the page source before parsing. It cuts out what the extractor never reads as text
/// (comments, &lt;script&gt;, &lt;style&gt;, simple &lt;svg&gt; icons, &lt;link&gt; tags but the canonical one), keeping the
/// JSON-LD blocks aside for the metadata: on news pages that is about half of the source, which the tokenizer would
/// otherwise walk character by character. Menus keep their start tag and their figures (<see cref="NavigationCut"/>).
/// Tags are read as the tokenizer reads them (quoted attribute values, the
/// raw text of &lt;title&gt;, &lt;textarea&gt;, &lt;iframe&gt;, ...), so a "&lt;script&gt;" inside an attribute or a title cuts
/// nothing. It also bounds the nesting depth: start tags count up, end tags that <see cref="NestingGuard"/> counts
/// count down (never below zero), so the bound is never below the guard's depth, and only when it reaches the limit
/// does the guard do its exact (and slower) pass.
/// </summary>
internal static class MarkupPrepass
{
    /// <summary>
    /// The source to parse and the JSON-LD blocks. When something was cut, <see cref="Source"/> lies in a buffer the thread
    /// reuses for its next page (a new string per page would be a large-object allocation, whose fresh pages cost more to
    /// fault in than the copy itself): parse it before the thread's next <see cref="Run"/>.
    /// </summary>
    public readonly record struct Result(ReadOnlyMemory<char> Source, List<string> JsonLd)
    {
        /// <summary>The source as a string (a copy).</summary>
        public string Html => Source.ToString();
    }

    // Pages up to this size (in chars) are written into the thread's buffer; a larger one gets an array of its own.
    private const int ReusedBufferChars = 1 << 20;
    [ThreadStatic] private static char[]? t_buffer;

    private const int MaxJsonLdBlocks = 20;
    private const int MaxJsonLdChars = 1_000_000;


    public static Result Run(string html, int maxDepth = NestingGuard.DefaultMaxDepth, bool preview = false, bool cutMenus = true)
    {
        var jsonLd = new List<string>(2);
        List<(int Start, int Length, string? Then)>? keep = null; // the ranges that stay (and what follows each), when something is cut
        int copied = 0, balance = 0, maxBalance = 0;
        int lastStart = -1; // the '<' of the last start tag: a '<' before its '>' is inside an attribute value
        bool inLink = false; // after an <a> start tag and before its end tag
        int noscript = 0; // inside <noscript>: the analysis reads its text's length (a small one is skipped), so its menus stay
        int quotes = 0; // <blockquote> and <q> start tags not yet closed
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            char c = html[lt + 1];
            if (c == '/')
            {
                int n = NameEnd(html, lt + 2);
                if (n == lt + 3 && (html[lt + 2] | 0x20) == 'a') inLink = false;
                else if (noscript > 0 && n == lt + 10 && html.AsSpan(lt + 2, 8).Equals("noscript", StringComparison.OrdinalIgnoreCase)) noscript--;
                else if (quotes > 0 && Quote(html.AsSpan(lt + 2, n - lt - 2))) quotes--;
                if (n > lt + 2 && balance > 0 && Counted(html.AsSpan(lt + 2, n - lt - 2))) balance--;
                i = n;
                continue;
            }
            int cut = -1; // end of the range to cut out, when this tag opens one
            if (c == '!')
            {
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) != 0 || InsideTag(html, lastStart, lt)) { i = lt + 2; continue; } // doctype, CDATA
                cut = CommentEnd(html, lt);
            }
            else if (!char.IsAsciiLetter(c)) { i = lt + 1; continue; }
            else if ((c | 0x20) is not ('s' or 'l' or 't' or 'x' or 'i' or 'n' or 'f' or 'b' or 'q' or 'h') && ((c | 0x20) != 'a' || lt + 2 >= html.Length || (html[lt + 2] | 0x20) != 's'))
            {
                if ((c | 0x20) == 'a' && lt + 2 < html.Length && html[lt + 2] is ' ' or '>' or '\t' or '\n' or '\r' or '/') inLink = true;
                // no tag this pass handles starts with this letter: count it and move on without reading the name
                if (++balance > maxBalance) maxBalance = balance;
                lastStart = lt;
                i = lt + 2;
                continue;
            }
            else
            {
                int n = NameEnd(html, lt + 1);
                var name = html.AsSpan(lt + 1, n - lt - 1);
                switch (c | 0x20)
                {
                    case 's':
                        if (name.Equals("script", StringComparison.OrdinalIgnoreCase)) cut = SkipScript(html, lt, n, jsonLd);
                        else if (name.Equals("style", StringComparison.OrdinalIgnoreCase)) cut = SkipRawElement(html, n, "style");
                        else if (name.Equals("svg", StringComparison.OrdinalIgnoreCase)) cut = SkipSvg(html, n);
                        break;
                    case 'l':
                        if (name.Equals("link", StringComparison.OrdinalIgnoreCase)) cut = SkipLink(html, n);
                        break;
                    case 'n' when name.Equals("noscript", StringComparison.OrdinalIgnoreCase) && !InsideTag(html, lastStart, lt):
                        noscript++;
                        break;
                    case 'n' when cutMenus && noscript == 0 && name.Equals("nav", StringComparison.OrdinalIgnoreCase) && !InsideTag(html, lastStart, lt):
                    // a footer in a quote is its attribution ("— Jane Doe"), which the pruner keeps
                    case 'f' when cutMenus && noscript == 0 && quotes == 0 && name.Equals("footer", StringComparison.OrdinalIgnoreCase) && !InsideTag(html, lastStart, lt):
                    // a masthead: the pruner drops a <header> whose text is mostly links wherever it stands
                    case 'h' when cutMenus && noscript == 0 && quotes == 0 && name.Equals("header", StringComparison.OrdinalIgnoreCase) && !InsideTag(html, lastStart, lt):
                    // a sidebar: the pruner drops an <aside> without a paragraph that is no fact box (a fifth of its text in links)
                    case 'a' when cutMenus && noscript == 0 && quotes == 0 && name.Equals("aside", StringComparison.OrdinalIgnoreCase) && !InsideTag(html, lastStart, lt):
                        var element = (c | 0x20) switch { 'n' => "nav", 'f' => "footer", 'h' => "header", _ => "aside" };
                        // (its own start tag may name a byline or carry metadata too)
                        if (TagEnd(html, n) is > 0 and var navEnd && html[navEnd - 1] != '/' && !NavigationCut.ReadsMetadata(html.AsSpan(lt, navEnd + 1 - lt)) &&
                            NavigationCut.TryRead(html, navEnd, inLink, preview, out int after, out var counts, out var text, element) &&
                            NavigationCut.PrunerDrops(element, counts, inLink))
                        {
                            // the start tag stays (its attributes may hide it), the content becomes its figures
                            keep ??= new List<(int, int, string?)>(64);
                            keep.Add((copied, navEnd - copied, " " + NavigationCut.PlaceholderAttribute + "=\"" + NavigationCut.Attribute(counts, text) + "\"></" + element + ">"));
                            copied = i = after;
                            lastStart = -1;
                            continue;
                        }
                        break;
                    case 'b' or 'q' when Quote(name) && !InsideTag(html, lastStart, lt):
                        quotes++;
                        break;
                    case 't' or 'x' or 'i' or 'n':
                        // the raw text of <title>, <textarea>, ... is text: a "<script>" there cuts nothing
                        if (RawTextName(name) is { } raw && !InsideTag(html, lastStart, lt))
                        {
                            if (++balance > maxBalance) maxBalance = balance;
                            lastStart = -1;
                            i = SkipRawElement(html, n, raw);
                            continue;
                        }
                        break;
                }
                if (cut >= 0 && InsideTag(html, lastStart, lt)) cut = -1;
                if (cut < 0)
                {
                    if (++balance > maxBalance) maxBalance = balance;
                    lastStart = lt;
                    i = n;
                    continue;
                }
            }
            keep ??= new List<(int, int, string?)>(64);
            keep.Add((copied, lt - copied, null));
            copied = i = cut;
            lastStart = -1;
        }
        ReadOnlyMemory<char> output;
        if (keep is null) output = html.AsMemory();
        else
        {
            keep.Add((copied, html.Length - copied, null));
            int length = 0;
            foreach (var (_, l, then) in keep) length += l + (then?.Length ?? 0);
            var buffer = length <= ReusedBufferChars
                ? (t_buffer is { } b && b.Length >= length ? b : t_buffer = new char[Math.Max(length, Math.Min(ReusedBufferChars, (t_buffer?.Length ?? 0) * 2))])
                : new char[length];
            var dest = buffer.AsSpan();
            int at = 0;
            foreach (var (start, l, then) in keep)
            {
                html.AsSpan(start, l).CopyTo(dest[at..]);
                at += l;
                if (then is null) continue;
                then.CopyTo(dest[at..]);
                at += then.Length;
            }
            output = buffer.AsMemory(0, length);
        }
        if (maxBalance >= maxDepth) output = NestingGuard.Flatten(output.ToString(), maxDepth).AsMemory();
        return new Result(output, jsonLd);
    }

    /// <summary>
    /// A '&lt;' between the last start tag's '&lt;' and its '&gt;' sits in one of its attribute values
    /// (alt="The &lt;script&gt; element"), not in the markup.
    /// </summary>
    private static bool InsideTag(string html, int lastStart, int lt)
    {
        if (lastStart < 0) return false;
        int gt = TagEnd(html, NameEnd(html, lastStart + 1));
        return gt < 0 || gt > lt;
    }

    /// <summary>An end tag the guard counts: <see cref="NestingGuard.NotCounted"/>, with a fast answer for the common ones.</summary>
    private static bool Counted(ReadOnlySpan<char> name)
    {
        switch (name.Length)
        {
            case 1: return (name[0] | 0x20) is not 'p';
            case 2: return !NestingGuard.NotCounted.Contains(name);
            case 3: return (name[0] | 0x20) is 'd' or 'a' or 'n' ? true : !NestingGuard.NotCounted.Contains(name); // div, nav, ...
            case 4: return (name[0] | 0x20) is 's' ? true : !NestingGuard.NotCounted.Contains(name); // span
            default: return !NestingGuard.NotCounted.Contains(name);
        }
    }

    private static bool Quote(ReadOnlySpan<char> name) =>
        name.Equals("blockquote", StringComparison.OrdinalIgnoreCase) || name.Equals("q", StringComparison.OrdinalIgnoreCase);

    // Elements whose content the tokenizer reads as text up to their end tag (scripting is off: <noscript> is markup): title,
    // textarea, xmp, iframe, noembed, noframes. (By length first: most tags that open with these letters are <td>, <tr>, <th>,
    // <img>, <i>, <table>, <time>.)
    private static string? RawTextName(ReadOnlySpan<char> name) => name.Length switch
    {
        3 => name.Equals("xmp", StringComparison.OrdinalIgnoreCase) ? "xmp" : null,
        5 => name.Equals("title", StringComparison.OrdinalIgnoreCase) ? "title" : null,
        6 => name.Equals("iframe", StringComparison.OrdinalIgnoreCase) ? "iframe" : null,
        7 => name.Equals("noembed", StringComparison.OrdinalIgnoreCase) ? "noembed" : null,
        8 => name.Equals("textarea", StringComparison.OrdinalIgnoreCase) ? "textarea" : name.Equals("noframes", StringComparison.OrdinalIgnoreCase) ? "noframes" : null,
        _ => null,
    };

    internal static int NameEnd(string html, int from)
    {
        int n = from;
        while (n < html.Length && (char.IsAsciiLetterOrDigit(html[n]) || html[n] is '-' or ':' or '_')) n++;
        return n;
    }

    /// <summary>The '&gt;' that ends the tag whose name ends at <paramref name="from"/> (quoted values may hold '&gt;'), or -1.</summary>
    internal static int TagEnd(string html, int from)
    {
        for (int i = from; i < html.Length; i++)
        {
            int k = html.AsSpan(i).IndexOfAny('>', '"', '\'');
            if (k < 0) return -1;
            i += k;
            char c = html[i];
            if (c == '>') return i;
            if (PrecededByEquals(html, i))
            {
                int close = html.IndexOf(c, i + 1);
                if (close < 0) return -1;
                i = close;
            }
        }
        return -1;
    }

    /// <summary>'=' before the quote, across whitespace ("a = 'x'").</summary>
    private static bool PrecededByEquals(string html, int quote)
    {
        int j = quote - 1;
        while (j > 0 && char.IsWhiteSpace(html[j])) j--;
        return html[j] == '=';
    }

    /// <summary>After "&lt;!--": "--&gt;" or "--!&gt;" ends it; "&lt;!--&gt;" and "&lt;!---&gt;" are empty comments.</summary>
    internal static int CommentEnd(string html, int lt)
    {
        int body = lt + 4;
        if (body < html.Length && html[body] == '>') return body + 1;
        if (body + 1 < html.Length && html[body] == '-' && html[body + 1] == '>') return body + 2;
        for (int i = html.IndexOf("--", body, StringComparison.Ordinal); i >= 0; i = html.IndexOf("--", i + 1, StringComparison.Ordinal))
        {
            if (i + 2 < html.Length && html[i + 2] == '>') return i + 3;
            if (i + 3 < html.Length && html[i + 2] == '!' && html[i + 3] == '>') return i + 4;
        }
        return html.Length; // an unclosed comment runs to the end, for the parser too
    }

    /// <summary>The position after "&lt;/name" + whitespace, '/' or '&gt;' ... '&gt;' (the raw-text end tag), or the end of the page.</summary>
    private static int SkipRawElement(string html, int nameEnd, string name)
    {
        int tagEnd = TagEnd(html, nameEnd);
        if (tagEnd < 0) return html.Length;
        int close = NestingGuard.FindEndTag(html, tagEnd + 1, name);
        if (close < 0) return html.Length;
        int gt = html.IndexOf('>', close);
        return gt < 0 ? html.Length : gt + 1;
    }

    /// <summary>
    /// The position after a script. Old inline scripts write scripts inside an HTML comment
    /// ("&lt;!-- document.write('&lt;script&gt;&lt;/script&gt;') //--&gt;"): there the first end tag closes the inner one, as in
    /// the tokenizer's double-escaped state. JSON-LD bodies are kept aside.
    /// </summary>
    private static int SkipScript(string html, int lt, int nameEnd, List<string> jsonLd)
    {
        int tagEnd = TagEnd(html, nameEnd);
        if (tagEnd < 0) return html.Length;
        int close = NestingGuard.FindEndTag(html, tagEnd + 1, "script");
        if (close < 0) return html.Length;
        int escape = html.IndexOf("<!--", tagEnd + 1, close - tagEnd - 1, StringComparison.Ordinal);
        if (escape >= 0 && html.IndexOf("<script", escape, close - escape, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            int next = NestingGuard.FindEndTag(html, close + 2, "script");
            if (next >= 0) close = next;
        }
        if (jsonLd.Count < MaxJsonLdBlocks && close - tagEnd - 1 <= MaxJsonLdChars &&
            html.AsSpan(lt, tagEnd - lt).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            jsonLd.Add(html.Substring(tagEnd + 1, close - tagEnd - 1));
        int gt = html.IndexOf('>', close);
        return gt < 0 ? html.Length : gt + 1;
    }

    /// <summary>
    /// The position after a &lt;link&gt; tag other than rel=canonical, or -1. Style sheets, preloads and icons are
    /// most of a page's links, and AngleSharp resolves each one's URL and relation while it builds the tree.
    /// </summary>
    private static int SkipLink(string html, int nameEnd)
    {
        int gt = TagEnd(html, nameEnd);
        if (gt < 0) return -1;
        return html.AsSpan(nameEnd, gt - nameEnd).Contains("canonical", StringComparison.OrdinalIgnoreCase) ? -1 : gt + 1;
    }

    // HTML start tags that end foreign content (the HTML5 tree builder closes an open <svg> on them), and tags after
    // which a cut to "</svg>" could no longer be trusted.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakOut = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
        "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font", "svg", "script", "style",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The position after a simple &lt;svg&gt; element (an icon), or -1 to leave it to the parser: when it is
    /// self-closing, unclosed, nested, holds a comment or script, or an HTML tag that would end it early
    /// (&lt;p&gt;, &lt;/p&gt;, &lt;div&gt;, ...), the cut could take page text.
    /// </summary>
    internal static int SkipSvg(string html, int nameEnd)
    {
        int tagEnd = TagEnd(html, nameEnd);
        if (tagEnd < 0 || html[tagEnd - 1] == '/') return -1;
        int close = NestingGuard.FindEndTag(html, tagEnd + 1, "svg");
        if (close < 0) return -1;
        for (int i = html.IndexOf('<', tagEnd + 1); i >= 0 && i < close; i = html.IndexOf('<', i + 1))
        {
            int start = i + 1;
            if (start < close && html[start] == '!') return -1;
            bool end = start < close && html[start] == '/';
            if (end) start++;
            int n = NameEnd(html, start);
            if (n == start) continue;
            var name = html.AsSpan(start, n - start);
            if (end ? name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("br", StringComparison.OrdinalIgnoreCase) : BreakOut.Contains(name)) return -1;
        }
        int gt = html.IndexOf('>', close);
        return gt < 0 ? -1 : gt + 1;
    }
}
