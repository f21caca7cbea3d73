using System.Globalization;

namespace CleanFeed.Core.Extraction.Html;

/// <summary>
/// A page's menus, read in the source before parsing. A &lt;nav&gt; is a sixth of a news page's markup (mega menus,
/// mobile copies), and the pruner drops every &lt;nav&gt; that holds no article (<see cref="BoilerplatePruner"/>); building
/// its elements was a tenth of the extraction's time. So the prepass keeps the start tag and replaces the content with
/// its text statistics (<see cref="PlaceholderAttribute"/>), which the analysis adds to the element's: the page's and
/// its ancestors' text, link text and link counts stay what they were, and the pruner drops the menu as before.
/// A &lt;nav&gt; that could hold content, or whose figures a scan cannot read as the parser would, is left whole:
/// one with a paragraph, heading, article, main, raw-text element, metadata (itemprop, time) or a run of text as long as a
/// paragraph, and one that is not closed.
/// </summary>
internal static class NavigationCut
{
    /// <summary>The attribute the placeholder carries: "text,link text,links,commas,headings|preview".</summary>
    public const string PlaceholderAttribute = "data-cleanfeed-nav";

    public readonly record struct Counts(int TextChars, int LinkChars, int LinkCount, int Commas, int Headings);

    // A text run this long is a paragraph for the analysis (NodeStats.GoodParagraphs), a menu has none.
    private const int ParagraphRun = 80;
    private const int PreviewChars = 60;

    /// <summary>
    /// Reads the &lt;nav&gt; whose start tag ends at <paramref name="tagEnd"/> ('&gt;'), inside an open &lt;a&gt; or not
    /// (<paramref name="inLink"/>): on success, the position of its
    /// end tag's '&lt;' and the position after that end tag, its counts and (when asked) a preview of its text.
    /// </summary>
    public static bool TryRead(string html, int tagEnd, bool inLink, bool preview, out int close, out int after, out Counts counts, out string? text)
    {
        close = after = -1;
        counts = default;
        text = null;
        int depth = 1, chars = 0, linkChars = 0, links = 0, commas = 0, headings = 0, run = 0, runLink = 0;
        int linkDepth = 0; // inside <a href>: its text is link text
        System.Text.StringBuilder? sb = preview ? new System.Text.StringBuilder(PreviewChars + 8) : null;
        int i = tagEnd + 1;
        while (true)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) return false;
            // the text before the tag
            for (int k = i; k < lt; k++)
            {
                char c = html[k];
                if (c == '&' && EntityEnd(html, k, lt) is > 0 and var e)
                {
                    // one character, as the parser reads it (a no-break space, soft hyphen or zero-width space none)
                    bool invisible = IsInvisibleEntity(html.AsSpan(k + 1, e - k));
                    k = e;
                    if (invisible) continue;
                }
                else if (c <= ' ' || (c >= '\u0080' && (char.IsWhiteSpace(c) || c is '\u00AD' or '\u200B')))
                {
                    if (sb is not null && sb.Length > 0 && sb.Length < PreviewChars && sb[^1] != ' ') sb.Append(' ');
                    continue;
                }
                // (as NodeStats counts text: visible characters, commas)
                chars++; run++;
                if (linkDepth > 0) { linkChars++; runLink++; }
                if (c is ',' or '，' or '、' or '،') commas++;
                if (sb is not null && sb.Length < PreviewChars) sb.Append(c);
            }
            char n0 = html[lt + 1];
            if (n0 == '!')
            {
                // a comment is cut like any other; a doctype or CDATA here is not something to guess at
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) != 0) return false;
                i = CommentEnd(html, lt);
                continue;
            }
            if (n0 == '?')
            {
                // "<?xml …?>", "<?php …?>": a comment to the parser, up to the first '>'
                int pi = html.IndexOf('>', lt);
                if (pi < 0) return false;
                i = pi + 1;
                continue;
            }
            bool end = n0 == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                if (end) return false; // "</ x>", "</>": the parser's odd cases
                i = lt + 1; // "a < b" is text
                CountLiteral();
                continue;
            }
            int nameEnd = NameEnd(html, nameStart);
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            int gt = TagEnd(html, nameEnd);
            if (gt < 0) return false;
            var lower = Lower(name);
            var tag = html.AsSpan(lt, gt + 1 - lt);
            bool selfClosing = html[gt - 1] == '/';
            if (!end)
            {
                if (Unreadable(name) || tag.Contains("itemprop", StringComparison.OrdinalIgnoreCase)) return false;
                if (IsHidden(tag))
                {
                    // the analysis skips a hidden element whole (a menu's copy for small screens)
                    if (selfClosing || IsVoid(name)) { i = gt + 1; continue; }
                    int hiddenEnd = MatchingEnd(html, gt + 1, name);
                    if (hiddenEnd < 0) return false;
                    i = hiddenEnd;
                    continue;
                }
                if (DomText.IsNonContent(lower))
                {
                    // form controls, embeds, icons, ruby annotations: the analysis reads no text in them
                    if (selfClosing || IsVoid(name)) { i = gt + 1; continue; }
                    int skipped = lower == "svg" ? MarkupPrepass.SkipSvg(html, nameEnd) : AfterEndTag(html, gt + 1, lower);
                    if (skipped < 0) return false;
                    i = skipped;
                    continue;
                }
            }
            if (sb is not null && sb.Length is > 0 and < PreviewChars && sb[^1] != ' ' && (lower is "a" or "br" || DomText.IsBlock(lower))) sb.Append(' ');
            if (DomText.IsBlock(lower))
            {
                // the analysis scores each run between block boundaries as a paragraph
                if (run >= ParagraphRun && runLink * 10 < run * 3) return false;
                run = runLink = 0;
            }
            if (end)
            {
                if (lower == "nav" && --depth == 0)
                {
                    close = lt;
                    after = gt + 1;
                    counts = new Counts(chars, linkChars, links, commas, headings);
                    text = sb?.ToString().Trim();
                    return true;
                }
                if (lower == "a")
                {
                    if (inLink) return false; // (it closes the link the menu stands in)
                    linkDepth = 0;
                }
                i = gt + 1;
                continue;
            }
            if (lower == "nav") depth++;
            else if (lower == "a")
            {
                // a link in a link (or in the link the menu stands in): the tree builder closes and reopens formatting
                // elements, which a scan does not follow
                if (linkDepth > 0 || inLink) return false;
                // (an <a> with only a name or id is an anchor, not a link: DomText.IsLink)
                if (HasLinkAttribute(tag)) { linkDepth = 1; links++; }
            }
            else if (lower.Length == 2 && lower[0] == 'h' && lower[1] is >= '2' and <= '6') headings++;
            i = gt + 1;
        }

        void CountLiteral()
        {
            chars++; run++;
            if (linkDepth > 0) { linkChars++; runLink++; }
            if (sb is not null && sb.Length < PreviewChars) sb.Append('<');
        }
    }

    /// <summary>
    /// The position after the end tag that closes an element named <paramref name="name"/> whose content starts at
    /// <paramref name="from"/> (counting nested ones), or -1 when a &lt;/nav&gt; or the end of the page comes first.
    /// </summary>
    private static int MatchingEnd(string html, int from, ReadOnlySpan<char> name)
    {
        int depth = 1;
        for (int lt = html.IndexOf('<', from); lt >= 0 && lt + 1 < html.Length; lt = html.IndexOf('<', lt + 1))
        {
            if (html[lt + 1] == '!')
            {
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) != 0) return -1;
                lt = CommentEnd(html, lt) - 1;
                continue;
            }
            bool end = html[lt + 1] == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            int nameEnd = NameEnd(html, nameStart);
            if (nameEnd == nameStart) continue;
            var n = html.AsSpan(nameStart, nameEnd - nameStart);
            int gt = TagEnd(html, nameEnd);
            if (gt < 0) return -1;
            if (n.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                if (end && --depth == 0) return gt + 1;
                if (!end && html[gt - 1] != '/') depth++;
            }
            else if (end && Is(n, "nav")) return -1;
            else if (!end && Unreadable(n)) return -1; // (not read, but not guessed at either)
            lt = gt;
        }
        return -1;
    }

    /// <summary>The position after the element's end tag (elements of this kind do not nest in menus), or -1.</summary>
    private static int AfterEndTag(string html, int from, string name)
    {
        int close = NestingGuard.FindEndTag(html, from, name);
        if (close < 0) return -1;
        int gt = html.IndexOf('>', close);
        return gt < 0 ? -1 : gt + 1;
    }

    private static bool IsVoid(ReadOnlySpan<char> name) =>
        Is(name, "img") || Is(name, "input") || Is(name, "br") || Is(name, "hr") || Is(name, "source") || Is(name, "wbr") || Is(name, "meta") ||
        Is(name, "link") || Is(name, "area") || Is(name, "col") || Is(name, "embed") || Is(name, "track") || Is(name, "param") || Is(name, "base");

    /// <summary>The placeholder's attribute value.</summary>
    public static string Attribute(in Counts c, string? preview)
    {
        var v = string.Create(CultureInfo.InvariantCulture, $"{c.TextChars},{c.LinkChars},{c.LinkCount},{c.Commas},{c.Headings}");
        if (string.IsNullOrEmpty(preview)) return v;
        return v + "|" + preview.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
    }

    /// <summary>Reads the attribute's value back (false when it is not one of ours).</summary>
    public static bool TryParse(string value, out Counts counts, out string? preview)
    {
        counts = default;
        preview = null;
        var v = value.AsSpan();
        int bar = v.IndexOf('|');
        if (bar >= 0) { preview = value[(bar + 1)..]; v = v[..bar]; }
        Span<Range> parts = stackalloc Range[6];
        if (v.Split(parts, ',') != 5) return false;
        if (!int.TryParse(v[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ||
            !int.TryParse(v[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ||
            !int.TryParse(v[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ||
            !int.TryParse(v[parts[3]], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ||
            !int.TryParse(v[parts[4]], NumberStyles.None, CultureInfo.InvariantCulture, out var h)) return false;
        counts = new Counts(t, l, n, c, h);
        return true;
    }

    // Elements that may hold an article's parts or metadata, or whose content the tokenizer reads as text.
    private static bool Unreadable(ReadOnlySpan<char> name) =>
        Is(name, "p") || Is(name, "article") || Is(name, "main") || Is(name, "time") || Is(name, "body") || Is(name, "html") || Is(name, "head") ||
        Is(name, "script") || Is(name, "style") || Is(name, "title") || Is(name, "textarea") || Is(name, "xmp") || Is(name, "plaintext") ||
        Is(name, "noembed") || Is(name, "noframes") || Is(name, "noscript") || Is(name, "table") || Is(name, "blockquote") || Is(name, "math") ||
        Is(name, "h1"); // (the analysis lists it among the page's headlines)

    /// <summary>An element the analysis skips: hidden, aria-hidden="true", an inline display:none or visibility:hidden.</summary>
    private static bool IsHidden(ReadOnlySpan<char> tag)
    {
        if (!tag.Contains("hidden", StringComparison.OrdinalIgnoreCase) && !tag.Contains("none", StringComparison.OrdinalIgnoreCase)) return false;
        for (var a = new AttributeReader(tag); a.Next(out var name, out var value);)
        {
            if (name.Equals("hidden", StringComparison.OrdinalIgnoreCase)) return true;
            if (name.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase) && value.Equals("true", StringComparison.Ordinal)) return true;
            if (name.Equals("style", StringComparison.OrdinalIgnoreCase) && DomAnalysis.HiddenByStyle(value.ToString())) return true;
        }
        return false;
    }

    /// <summary>A start tag with an attribute other than name and id (DomText.IsLink).</summary>
    private static bool HasLinkAttribute(ReadOnlySpan<char> tag)
    {
        for (var a = new AttributeReader(tag); a.Next(out var name, out _);)
            if (!name.Equals("name", StringComparison.OrdinalIgnoreCase) && !name.Equals("id", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The attributes of a start tag ("&lt;name a=1 b='x' c&gt;"), names and unquoted values.</summary>
    private ref struct AttributeReader(ReadOnlySpan<char> tag)
    {
        private readonly ReadOnlySpan<char> _tag = tag;
        private int _i = NameEnd(tag, 1);

        public bool Next(out ReadOnlySpan<char> name, out ReadOnlySpan<char> value)
        {
            var t = _tag;
            int i = _i;
            name = value = default;
            while (i < t.Length && (char.IsWhiteSpace(t[i]) || t[i] == '/')) i++;
            if (i >= t.Length || t[i] == '>') { _i = t.Length; return false; }
            int start = i;
            while (i < t.Length && !char.IsWhiteSpace(t[i]) && t[i] is not ('=' or '>' or '/')) i++;
            name = t[start..i];
            while (i < t.Length && char.IsWhiteSpace(t[i])) i++;
            if (i < t.Length && t[i] == '=')
            {
                i++;
                while (i < t.Length && char.IsWhiteSpace(t[i])) i++;
                if (i < t.Length && t[i] is '"' or '\'')
                {
                    int q = t[(i + 1)..].IndexOf(t[i]);
                    value = q < 0 ? t[(i + 1)..] : t.Slice(i + 1, q);
                    i = q < 0 ? t.Length : i + 2 + q;
                }
                else
                {
                    int v = i;
                    while (i < t.Length && !char.IsWhiteSpace(t[i]) && t[i] != '>') i++;
                    value = t[v..i];
                }
            }
            _i = i;
            return true;
        }

        private static int NameEnd(ReadOnlySpan<char> tag, int from)
        {
            int n = from;
            while (n < tag.Length && (char.IsAsciiLetterOrDigit(tag[n]) || tag[n] is '-' or ':' or '_')) n++;
            return n;
        }
    }

    private static bool Is(ReadOnlySpan<char> name, string tag) => name.Equals(tag, StringComparison.OrdinalIgnoreCase);

    private static string Lower(ReadOnlySpan<char> name)
    {
        Span<char> buf = stackalloc char[Math.Min(name.Length, 32)];
        if (name.Length > 32) return name.ToString().ToLowerInvariant();
        name.ToLowerInvariant(buf);
        return TagNames.TryGetValue(buf, out var known) ? known : buf.ToString();
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TagNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd", "span", "a", "img",
        "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "table", "tr", "td", "th", "form", "fieldset", "label", "input", "button", "select",
        "option", "svg", "i", "b", "em", "strong", "small", "picture", "source", "figure", "figcaption", "br", "hr", "menu", "details", "summary",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The last character of a character reference starting at <paramref name="amp"/>, or -1: "&amp;amp;", "&amp;#39;", and
    /// in text also the legacy names without a semicolon ("&amp;nbsp", "&amp;amp Retail"), which the parser decodes too.
    /// </summary>
    private static int EntityEnd(string html, int amp, int limit)
    {
        int max = Math.Min(limit, amp + 33);
        int k = amp + 1;
        if (k < max && html[k] == '#')
        {
            int digits = ++k;
            if (k < max && (html[k] | 0x20) == 'x') { k++; digits = k; while (k < max && char.IsAsciiHexDigit(html[k])) k++; }
            else while (k < max && char.IsAsciiDigit(html[k])) k++;
            if (k == digits) return -1;
            return k < max && html[k] == ';' ? k : k - 1;
        }
        while (k < max && char.IsAsciiLetterOrDigit(html[k])) k++;
        if (k == amp + 1) return -1;
        if (k < max && html[k] == ';') return k;
        // the longest legacy name the run starts with
        var run = html.AsSpan(amp + 1, k - amp - 1);
        for (int n = Math.Min(run.Length, 6); n >= 2; n--)
            if (LegacyEntities.Contains(run[..n])) return amp + n;
        return -1;
    }

    private static bool IsInvisibleEntity(ReadOnlySpan<char> name)
    {
        if (name.Length > 0 && name[^1] == ';') name = name[..^1];
        return name.Equals("nbsp", StringComparison.Ordinal) || name.Equals("shy", StringComparison.Ordinal) || name.Equals("#160", StringComparison.Ordinal) ||
               name.Equals("#xa0", StringComparison.OrdinalIgnoreCase) || name.Equals("#173", StringComparison.Ordinal) || name.Equals("#xad", StringComparison.OrdinalIgnoreCase) ||
               name.Equals("#8203", StringComparison.Ordinal) || name.Equals("#x200b", StringComparison.OrdinalIgnoreCase) || name.Equals("ensp", StringComparison.Ordinal) ||
               name.Equals("emsp", StringComparison.Ordinal) || name.Equals("thinsp", StringComparison.Ordinal) || name.Equals("#32", StringComparison.Ordinal) ||
               name.Equals("#x20", StringComparison.OrdinalIgnoreCase) || name.Equals("#9", StringComparison.Ordinal) || name.Equals("#10", StringComparison.Ordinal) ||
               name.Equals("#13", StringComparison.Ordinal) || name.Equals("NewLine", StringComparison.Ordinal) || name.Equals("Tab", StringComparison.Ordinal) ||
               name.Equals("ZeroWidthSpace", StringComparison.Ordinal) || name.Equals("hairsp", StringComparison.Ordinal) || name.Equals("numsp", StringComparison.Ordinal) ||
               name.Equals("puncsp", StringComparison.Ordinal) || name.Equals("MediumSpace", StringComparison.Ordinal) || name.Equals("ThinSpace", StringComparison.Ordinal);
    }

    // The names HTML decodes without a semicolon (the spec's legacy list).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LegacyEntities = new HashSet<string>(StringComparer.Ordinal)
    {
        "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil", "ETH", "Eacute", "Ecirc", "Egrave", "Euml", "GT",
        "Iacute", "Icirc", "Igrave", "Iuml", "LT", "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash", "Otilde", "Ouml", "QUOT", "REG", "THORN",
        "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute", "aelig", "agrave", "amp", "aring", "atilde", "auml", "brvbar",
        "ccedil", "cedil", "cent", "copy", "curren", "deg", "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt",
        "iacute", "icirc", "iexcl", "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro", "middot", "nbsp", "not", "ntilde", "oacute", "ocirc",
        "ograve", "ordf", "ordm", "oslash", "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy", "sup1", "sup2", "sup3",
        "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen", "yuml",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int NameEnd(string html, int from)
    {
        int n = from;
        while (n < html.Length && (char.IsAsciiLetterOrDigit(html[n]) || html[n] is '-' or ':' or '_')) n++;
        return n;
    }

    private static int TagEnd(string html, int from) => MarkupPrepass.TagEnd(html, from);
    private static int CommentEnd(string html, int lt) => MarkupPrepass.CommentEnd(html, lt);
}
