using System.Globalization;

namespace CleanFeed.Core.Extraction.Html;

/// <summary>
/// A page's menus, read in the source before parsing. A &lt;nav&gt; is a sixth of a news page's markup (mega menus,
/// mobile copies), and the pruner drops every &lt;nav&gt; that holds no article (<see cref="BoilerplatePruner"/>). So the
/// prepass keeps the start tag and replaces the content with its text figures (<see cref="PlaceholderAttribute"/>),
/// which the analysis takes as the menu's own: the page's and its ancestors' text, link text and link counts stay what
/// they were, and the pruner drops the menu as before. A menu is left whole when it may hold content or metadata the DOM
/// is read for (a paragraph, the headline, an article, a byline, microdata, a date), and when the scan could read it
/// unlike the parser (a stray end tag, a link in a link, a formatting element left open, an unclosed menu).
/// </summary>
internal static class NavigationCut
{
    /// <summary>The elements the pre-pass may replace by a placeholder with their figures.</summary>
    public static bool IsCutElement(string tag) => tag is "nav" or "footer" or "header" or "aside";

    /// <summary>
    /// Whether the pruner drops the element whatever surrounds it, from its figures alone (as <c>BoilerplatePruner.CoarseKind</c>
    /// reads them; <see cref="TryRead"/> has already refused paragraphs, articles and headlines): every menu and footer; a header
    /// whose text is mostly links (a masthead); an aside with a fifth of its text in links (no fact box). A text-less one is
    /// left whole: the pruner passes it by, and its pictures stay in the DOM.
    /// </summary>
    public static bool PrunerDrops(string element, Counts counts, bool inLink) => element switch
    {
        "nav" or "footer" => true,
        "header" => counts.TextChars > 0 && (inLink || counts.LinkChars * 2 > counts.TextChars),
        "aside" => counts.TextChars > 0 && (inLink || counts.LinkChars * 5 >= counts.TextChars),
        _ => false,
    };

    /// <summary>The attribute the placeholder carries: "text,link text,links,commas,headings|preview".</summary>
    public const string PlaceholderAttribute = "data-cleanfeed-nav";

    public readonly record struct Counts(int TextChars, int LinkChars, int LinkCount, int Commas, int Headings);

    // A text run this long is a paragraph for the analysis (NodeStats.GoodParagraphs), a menu has none.
    private const int ParagraphRun = 80;
    private const int PreviewChars = 60;

    /// <summary>
    /// Reads the &lt;nav&gt; (or the &lt;footer&gt;: <paramref name="element"/>) whose start tag ends at
    /// <paramref name="tagEnd"/> ('&gt;'), inside an open &lt;a&gt; or not (<paramref name="inLink"/>): on success, the
    /// position after its end tag, its figures and (when asked) the start of its text.
    /// </summary>
    public static bool TryRead(string html, int tagEnd, bool inLink, bool preview, out int after, out Counts counts, out string? text, string element = "nav")
    {
        after = -1;
        counts = default;
        text = null;
        int chars = 0, linkChars = 0, links = 0, commas = 0, headings = 0, run = 0, runLink = 0;
        bool inAnchor = false; // inside <a href>: its text is link text
        // The elements opened inside the menu and not closed yet: an end tag must close one of them (a stray one may close
        // the menu itself for the parser), and what is still open at </nav> must be what the parser closes silently.
        Span<int> open = stackalloc int[MaxOpen];
        int depth = 0;
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
                if (c == '&' && Reference(html, k, lt, out var decoded) is > 0 and var e)
                {
                    // a character reference counts as the characters it stands for
                    k = e;
                    foreach (var d in decoded!) Count(d);
                    continue;
                }
                Count(c);
            }
            char n0 = html[lt + 1];
            if (n0 == '!')
            {
                // a comment is cut like any other; a doctype or CDATA here is not something to guess at
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) != 0) return false;
                i = MarkupPrepass.CommentEnd(html, lt);
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
                Count('<');
                continue;
            }
            int nameEnd = MarkupPrepass.NameEnd(html, nameStart);
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            int gt = MarkupPrepass.TagEnd(html, nameEnd);
            if (gt < 0) return false;
            var lower = Lower(name);
            var tag = html.AsSpan(lt, gt + 1 - lt);
            bool selfClosing = SelfClosing(html, nameEnd, gt);
            if (!end)
            {
                if (Unreadable(name) || ReadsMetadata(tag)) return false;
                // A menu's paragraphs may be a breadcrumb's separators, whose dated last crumb the metadata reads in the
                // text of the menu's container (MetadataExtractor.NearHeadline, back from the headline); a footer follows
                // the headline, and its paragraphs are short lines (a copyright, a tagline) or a run that keeps it whole.
                if (lower == "p" && element is "nav" or "header" or "aside") return false;
                // a header with a heading is a teaser's or a section's (the headline is looked for before pruning, and teaser
                // lists are told by their headings), not a masthead
                if (element is "header" or "aside" && lower.Length == 2 && lower[0] == 'h' && lower[1] >= '1' && lower[1] <= (element == "aside" ? '2' : '6')) return false;
                if (IsHidden(tag, out bool unsure))
                {
                    // the analysis skips a hidden element whole (a menu's copy for small screens)
                    if (IsVoid(name)) { i = gt + 1; continue; }
                    if (selfClosing) return false; // (the parser ignores the slash on an HTML element)
                    int hiddenEnd = MatchingEnd(html, gt + 1, name);
                    if (hiddenEnd < 0) return false;
                    i = hiddenEnd;
                    continue;
                }
                if (unsure) return false;
                if (DomText.IsNonContent(lower))
                {
                    // form controls, embeds, icons, ruby annotations: the analysis reads no text in them
                    if (IsVoid(name) || (selfClosing && lower == "svg")) { i = gt + 1; continue; }
                    if (selfClosing) return false;
                    int skipped = lower == "svg" ? MarkupPrepass.SkipSvg(html, nameEnd) : MatchingEnd(html, gt + 1, name);
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
                if (depth == 0)
                {
                    if (lower != element) return false; // a stray end tag may close the menu for the parser
                    after = gt + 1;
                    counts = new Counts(chars, linkChars, links, commas, headings);
                    text = sb?.ToString().Trim();
                    return true;
                }
                // close the innermost element of this name (and what it holds, as the parser does); none: a stray end tag
                int id = TagId(lower);
                int at = depth - 1;
                while (at >= 0 && open[at] != id) at--;
                if (at < 0 || id == OtherTag) return false;
                for (int k = at; k < depth; k++) if (!ClosesSilently(open[k], k == at)) return false;
                depth = at;
                if (lower == "a") inAnchor = false;
                i = gt + 1;
                continue;
            }
            if (lower == "a")
            {
                // a link in a link (or in the link the menu stands in): the tree builder closes and reopens formatting
                // elements, which a scan does not follow
                if (inAnchor || inLink) return false;
                // (an <a> with only a name or id is an anchor, not a link: DomText.IsLink)
                if (HasLinkAttribute(tag)) { inAnchor = true; links++; }
            }
            else if (lower.Length == 2 && lower[0] == 'h' && lower[1] is >= '2' and <= '6') headings++;
            if (!IsVoid(name))
            {
                if (selfClosing || depth == MaxOpen) return false;
                open[depth++] = TagId(lower);
            }
            i = gt + 1;
        }

        // (as NodeStats counts text: visible characters, commas)
        void Count(char c)
        {
            if (c <= ' ' || (c >= '\u0080' && (char.IsWhiteSpace(c) || c is '\u00AD' or '\u200B')))
            {
                if (sb is not null && sb.Length > 0 && sb.Length < PreviewChars && sb[^1] != ' ') sb.Append(' ');
                return;
            }
            chars++; run++;
            if (inAnchor || inLink) { linkChars++; runLink++; }
            if (c is ',' or '，' or '、' or '،') commas++;
            if (sb is not null && sb.Length < PreviewChars) sb.Append(c);
        }
    }

    private const int MaxOpen = 64;

    // Tags by number for the open-element stack; OtherTag is any other (its end tag is not matched: the menu stays whole).
    private static readonly string[] StackTags =
    [
        "nav", "div", "span", "ul", "ol", "li", "dl", "dt", "dd", "section", "header", "footer", "aside", "figure", "figcaption", "picture",
        "label", "a", "b", "i", "em", "strong", "small", "font", "u", "s", "form", "fieldset", "legend", "details", "summary", "menu",
        "h2", "h3", "h4", "h5", "h6", "hgroup", "address", "center", "sup", "sub", "cite", "q", "mark", "bdi", "bdo", "code", "p",
    ];
    private const int OtherTag = -1;

    private static int TagId(string lower)
    {
        for (int k = 0; k < StackTags.Length; k++) if (ReferenceEquals(StackTags[k], lower) || StackTags[k] == lower) return k;
        return OtherTag;
    }

    /// <summary>
    /// An element the parser closes without a trace when an end tag of an element it stands in arrives (a list item, a
    /// div, a span); a formatting element (&lt;a&gt;, &lt;b&gt;, &lt;font&gt;) or a form left open would be reopened
    /// or remembered after it, which a scan does not follow. The element the end tag names is closed by it.
    /// </summary>
    private static bool ClosesSilently(int id, bool named)
    {
        if (named) return true;
        if (id == OtherTag) return false;
        return StackTags[id] is "div" or "span" or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or "section" or "header" or "footer" or "aside" or
            "figure" or "figcaption" or "picture" or "label" or "menu" or "nav" or "details" or "summary" or "hgroup" or "address" or "center" or
            "h2" or "h3" or "h4" or "h5" or "h6" or "fieldset" or "legend" or "sup" or "sub" or "cite" or "q" or "mark" or "bdi" or "bdo" or "p";
    }

    /// <summary>
    /// A tag the analysis reads metadata from (a byline's class, rel=author, RDFa properties, hAtom's &lt;abbr&gt;, a
    /// &lt;meta&gt; or &lt;link&gt; in the body, microdata), or the toggle of an article's collapsed rest: the menu stays whole.
    /// </summary>
    public static bool ReadsMetadata(ReadOnlySpan<char> tag)
    {
        if (tag.Length < 4) return false;
        char first = (char)(tag[1] | 0x20);
        if ((first == 'm' && tag.StartsWith("<meta", StringComparison.OrdinalIgnoreCase)) ||
            (first == 'l' && tag.StartsWith("<link", StringComparison.OrdinalIgnoreCase)) ||
            (first == 'a' && tag.StartsWith("<abbr", StringComparison.OrdinalIgnoreCase))) return true;
        if (tag.IndexOf('=') < 0) return false;
        return tag.Contains("author", StringComparison.OrdinalIgnoreCase) || tag.Contains("byline", StringComparison.OrdinalIgnoreCase) ||
               tag.Contains("itemprop", StringComparison.OrdinalIgnoreCase) || tag.Contains("property", StringComparison.OrdinalIgnoreCase) ||
               (tag.Contains("aria-controls", StringComparison.OrdinalIgnoreCase) &&
                (tag.Contains("article", StringComparison.OrdinalIgnoreCase) || tag.Contains("story", StringComparison.OrdinalIgnoreCase) || tag.Contains("body", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// The position after the end tag that closes an element named <paramref name="name"/> whose content starts at
    /// <paramref name="from"/> (counting nested ones), or -1 when an end tag of an element it stands in (&lt;/nav&gt;,
    /// &lt;/li&gt;) or the end of the page comes first.
    /// </summary>
    private static int MatchingEnd(string html, int from, ReadOnlySpan<char> name)
    {
        int depth = 1, inner = 0; // inner: other elements opened inside and not closed yet
        for (int lt = html.IndexOf('<', from); lt >= 0 && lt + 1 < html.Length; lt = html.IndexOf('<', lt + 1))
        {
            if (html[lt + 1] == '!')
            {
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) != 0) return -1;
                lt = MarkupPrepass.CommentEnd(html, lt) - 1;
                continue;
            }
            bool end = html[lt + 1] == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            int nameEnd = MarkupPrepass.NameEnd(html, nameStart);
            if (nameEnd == nameStart) continue;
            var n = html.AsSpan(nameStart, nameEnd - nameStart);
            int gt = MarkupPrepass.TagEnd(html, nameEnd);
            if (gt < 0) return -1;
            if (n.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                if (end && --depth == 0) return gt + 1;
                if (!end && !SelfClosing(html, nameEnd, gt)) depth++;
            }
            else if (end)
            {
                // an end tag of an element opened before this one closes it too ("<ruby>…<rt>…</ruby>", a </nav>)
                if (inner == 0) return -1;
                inner--;
            }
            else if (Unreadable(n)) return -1; // (not read, but not guessed at either)
            else if (!IsVoid(n) && !SelfClosing(html, nameEnd, gt)) inner++;
            lt = gt;
        }
        return -1;
    }

    /// <summary>A start tag that ends in "/&gt;" as a tag, not as an unquoted value ("&lt;a href=/&gt;" is not self-closing).</summary>
    private static bool SelfClosing(string html, int nameEnd, int gt)
    {
        if (html[gt - 1] != '/') return false;
        if (gt - 1 == nameEnd) return true;
        char before = html[gt - 2];
        return char.IsWhiteSpace(before) || before is '"' or '\'';
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
        Is(name, "article") || Is(name, "main") || Is(name, "time") || Is(name, "body") || Is(name, "html") || Is(name, "head") ||
        Is(name, "script") || Is(name, "style") || Is(name, "title") || Is(name, "textarea") || Is(name, "xmp") || Is(name, "plaintext") ||
        Is(name, "noembed") || Is(name, "noframes") || Is(name, "noscript") || Is(name, "table") || Is(name, "blockquote") || Is(name, "math") ||
        Is(name, "h1"); // (the analysis lists it among the page's headlines)

    /// <summary>
    /// An element the analysis skips: hidden, aria-hidden="true", an inline display:none or visibility:hidden (the first
    /// of an attribute's copies counts, as for the parser). <paramref name="unsure"/>: a style with a character reference,
    /// which a scan does not decode.
    /// </summary>
    private static bool IsHidden(ReadOnlySpan<char> tag, out bool unsure)
    {
        unsure = false;
        if (!tag.Contains("hidden", StringComparison.OrdinalIgnoreCase) && !tag.Contains("none", StringComparison.OrdinalIgnoreCase)) return false;
        bool hiddenSeen = false, ariaSeen = false, styleSeen = false;
        for (var a = new AttributeReader(tag); a.Next(out var name, out var value);)
        {
            if (!hiddenSeen && name.Equals("hidden", StringComparison.OrdinalIgnoreCase)) return true;
            if (!ariaSeen && name.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase))
            {
                ariaSeen = true;
                if (value.Equals("true", StringComparison.Ordinal)) return true;
            }
            else if (!styleSeen && name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                styleSeen = true;
                if (value.Contains('&')) unsure = true;
                else if (DomAnalysis.HiddenByStyle(value.ToString())) return true;
            }
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
    /// The last character of the character reference at <paramref name="amp"/> and what it stands for, as the parser reads
    /// it in text, or -1 (then the '&amp;' is a character): "&amp;amp;", "&amp;#8201;", "&amp;#128240;" (two UTF-16 units),
    /// and the legacy names without a semicolon ("&amp;nbsp", "&amp;copy2024", "&amp;notit;" is "¬it;"); "&amp;A;" is text.
    /// </summary>
    private static int Reference(string html, int amp, int limit, out string? value)
    {
        value = null;
        int max = Math.Min(limit, amp + 40);
        int k = amp + 1;
        if (k < max && html[k] == '#')
        {
            bool hex = ++k < max && (html[k] | 0x20) == 'x';
            if (hex) k++;
            int digits = k;
            long code = 0;
            while (k < max && (hex ? char.IsAsciiHexDigit(html[k]) : char.IsAsciiDigit(html[k])))
            {
                code = Math.Min(code * (hex ? 16 : 10) + (hex ? Convert.ToInt32(html[k].ToString(), 16) : html[k] - '0'), 0x110000);
                k++;
            }
            if (k == digits) return -1;
            value = code is > 0 and < 0x110000 and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32((int)code) : "\uFFFD";
            return k < max && html[k] == ';' ? k : k - 1;
        }
        while (k < max && char.IsAsciiLetterOrDigit(html[k])) k++;
        if (k == amp + 1) return -1;
        var resolver = AngleSharp.Html.HtmlEntityProvider.Resolver;
        if (k < max && html[k] == ';' && resolver.GetSymbol(html.Substring(amp + 1, k - amp)) is { } named)
        {
            value = named;
            return k;
        }
        // the longest legacy name the run starts with (they are at most six letters)
        for (int n = Math.Min(k - amp - 1, 6); n >= 2; n--)
            if (resolver.GetSymbol(html.Substring(amp + 1, n)) is { } legacy)
            {
                value = legacy;
                return amp + n;
            }
        return -1;
    }
}
