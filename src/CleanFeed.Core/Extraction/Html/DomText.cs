using AngleSharp.Dom;

namespace CleanFeed.Core.Extraction.Html;

/// <summary>Tag sets and small text helpers shared by the HTML passes.</summary>
internal static class DomText
{
    /// <summary>Elements that start a new block (paragraph boundary) in rendered text.</summary>
    public static bool IsBlock(string tag) => tag switch
    {
        "p" or "div" or "section" or "article" or "main" or "header" or "footer" or "aside" or "nav" or
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hgroup" or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or
        "table" or "thead" or "tbody" or "tfoot" or "tr" or "caption" or "blockquote" or "pre" or "figure" or "figcaption" or
        "address" or "center" or "details" or "summary" or "dialog" or "fieldset" or "legend" or "form" or "hr" or
        "body" or "html" or "menu" or "dir" or "listing" or "xmp" or "plaintext" or "frameset" or "noframes" or "option" or "optgroup" => true,
        _ => false,
    };

    /// <summary>Blocks that are a paragraph of their own (their score goes to their parent).</summary>
    public static bool IsParagraphLike(string tag) => tag switch
    {
        "p" or "pre" or "blockquote" or "li" or "dd" or "dt" or "td" or "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figcaption" or "caption" or "address" => true,
        _ => false,
    };

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';

    /// <summary>Elements whose content never is article text.</summary>
    public static bool IsNonContent(string tag) => tag switch
    {
        "script" or "style" or "template" or "iframe" or "object" or "embed" or "svg" or "canvas" or "math" or
        "button" or "input" or "select" or "textarea" or "option" or "optgroup" or "datalist" or "output" or "progress" or "meter" or
        "link" or "meta" or "base" or "title" or "head" or "rt" or "rp" or "audio" or "video" or "source" or "track" or "map" or "area" or "applet" or "frame" or "frameset" or "param" or "dialog" or
        "marquee" => true, // (a ticker of other headlines)
        _ => false,
    };

    /// <summary>
    /// A row of a data table: two or more of its cells hold text outside any link ("Model X | 370 € | yes | 1.7"). A test
    /// or price table links its first column to the details, which gives its rows the link density of a menu.
    /// </summary>
    public static bool IsDataRow(IElement row)
    {
        int plain = 0;
        foreach (var cell in row.Children)
        {
            if (cell.LocalName is not ("td" or "th") || HasLink(cell)) continue;
            // (a rank, "1." or "#1", is not data: a most-read table numbers its headline links)
            var t = cell.TextContent.AsSpan().Trim();
            if (t.Length == 0 || IsRank(t)) continue;
            if (++plain >= 2) return true;
        }
        return false;
    }

    // An <a href> inside (a walk: a selector query costs a service lookup and a parse per call, and tables ask per cell).
    private static bool HasLink(IElement e)
    {
        var children = e.Children;
        for (int i = 0; i < children.Length; i++)
        {
            var c = children[i];
            if ((c.LocalName == "a" && c.HasAttribute("href")) || (c.ChildElementCount > 0 && HasLink(c))) return true;
        }
        return false;
    }

    /// <summary>The element is a data row, or lies in one (a cell, a paragraph in a cell).</summary>
    public static bool InDataRow(IElement e) => (e.LocalName == "tr" ? e : e.Closest("tr")) is { } row && IsDataRow(row);

    private static bool IsRank(ReadOnlySpan<char> t)
    {
        if (t.Length > 0 && t[0] == '#') t = t[1..];
        if (t.Length > 0 && t[^1] == '.') t = t[..^1];
        return t.Length is > 0 and <= 3 && !t.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>A table (or a row group of it) most of whose rows, three or more, are data rows: not a link list.</summary>
    public static bool IsDataTable(IElement tableOrGroup)
    {
        int rows = 0, data = 0;
        var table = tableOrGroup.LocalName == "table" ? tableOrGroup : tableOrGroup.Closest("table");
        foreach (var row in tableOrGroup.QuerySelectorAll("tr"))
        {
            if (row.Closest("table") != table) continue; // a nested table's rows
            rows++;
            if (IsDataRow(row)) data++;
            if (rows == 40) break;
        }
        return rows >= 3 && data * 2 >= rows;
    }

    /// <summary>The element's class and id, for hint matching (the hint patterns ignore case).</summary>
    public static string ClassAndId(IElement e)
    {
        var c = e.GetAttribute("class");
        var id = e.GetAttribute("id");
        if (string.IsNullOrEmpty(c)) return string.IsNullOrEmpty(id) ? "" : id;
        if (string.IsNullOrEmpty(id)) return c;
        return c + " " + id;
    }

    /// <summary>
    /// Unicode NFC: one spelling for each character (a page may write "é" as e + U+0301, or Bengali "য়" precomposed), so
    /// that the vocabulary, search and subscribers' comparisons see the same text. Costs a scan when already NFC.
    /// </summary>
    // Below U+0300 (the first combining mark) every text is already in NFC: skip the ICU call for it.
    public static string Nfc(string s) => !s.AsSpan().ContainsAnyInRange('\u0300', '\uFFFF') || s.IsNormalized() ? s : s.Normalize();

    /// <summary>
    /// An &lt;a&gt; that acts as a link: it has an href, or anything else that a script may hang a click on (a class,
    /// onclick, role). A bare named anchor (&lt;a name="x"&gt;) or a stray "&lt;a/&gt;" (which opens an anchor the rest of the
    /// section then sits in) is not one. Nor is a sentence of the article offered for sharing ("Click To Tweet": a link to
    /// Twitter's compose page around the quote).
    /// </summary>
    public static bool IsLink(IElement a)
    {
        var attributes = a.Attributes;
        bool link = false;
        for (int i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is not { LocalName: not ("name" or "id") } attr) continue;
            if (attr.LocalName == "href" && IsTweetIntent(attr.Value)) return !IsSharedQuote(a);
            link = true;
        }
        return link;
    }

    // The classes of an embedded social post's blockquote (its text is the post's, quoted in the story).
    private static readonly string[] EmbeddedPostClasses = ["twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "threads-embed", "text-post-media"];

    /// <summary>A selector for an embedded post's blockquote.</summary>
    public static readonly string EmbeddedPostSelector = string.Join(", ", EmbeddedPostClasses.Select(c => "blockquote." + c));

    /// <summary>Class names (or class and id) with one that names an embedded post's blockquote.</summary>
    public static bool NamesEmbeddedPost(string classes)
    {
        var span = classes.AsSpan();
        foreach (var range in span.SplitAny(" \t\r\n"))
            foreach (var name in EmbeddedPostClasses)
                if (span[range].SequenceEqual(name)) return true;
        return false;
    }

    /// <summary>The element is an embedded post's blockquote or stands in one (a few levels down).</summary>
    public static bool InEmbeddedPost(IElement e)
    {
        int up = 0;
        for (IElement? p = e; p is not null && up++ < 6; p = p.ParentElement)
            if (p.LocalName == "blockquote" && p.ClassName is { } cls && (NamesEmbeddedPost(cls) || IsFacebookPostQuote(p))) return true;
        return false;
    }

    /// <summary>A Facebook post's embed code: its text and its "Posted by <page> on <date>" in a blockquote
    /// "fb-xfbml-parse-ignore" in a "fb-post" box (in a "fb-page" box the same blockquote holds the page plugin's link).</summary>
    public static bool IsFacebookPostQuote(IElement blockquote) =>
        blockquote.ClassList.Contains("fb-xfbml-parse-ignore") && blockquote.ParentElement?.ClassList.Contains("fb-post") == true;

    // (every link's href passes here: ordinal searches, which are vectorised; share links are written in lower case)
    private static bool IsTweetIntent(string href) =>
        href.Length > 14 && ((href.Contains("twitter.com/", StringComparison.Ordinal) && (href.Contains("/intent/tweet", StringComparison.Ordinal) || href.Contains("/share?", StringComparison.Ordinal))) ||
                             href.Contains("x.com/intent/", StringComparison.Ordinal) || href.Contains("//ctt.ac/", StringComparison.Ordinal));

    // A sentence in a click-to-tweet box (its class says so: "bctt-ctt-text", "swp_CTT", "tweetable"), not a share bar's
    // long label ("Share this story on X, formerly Twitter (opens in a new window)", "Tweet: <headline>").
    private static bool IsSharedQuote(IElement a)
    {
        bool named = false;
        int up = 0;
        for (var p = a; p is not null && up++ < 3 && !named; p = p.ParentElement)
            named = p.ClassName is { } cls && (cls.Contains("ctt", StringComparison.OrdinalIgnoreCase) || cls.Contains("tweet", StringComparison.OrdinalIgnoreCase));
        if (!named) return false;
        var text = Normalize(a.TextContent);
        // (Social Warfare puts its button in the link: "… the whole negotiation.”Click To Tweet")
        if (text.EndsWith("click to tweet", StringComparison.OrdinalIgnoreCase)) text = text[..^"click to tweet".Length];
        return text.Length >= 40 && text.Contains(' ') && !text.StartsWith("click to tweet", StringComparison.OrdinalIgnoreCase) &&
               !text.Contains("tweet", StringComparison.OrdinalIgnoreCase) && !text.Contains("twitter", StringComparison.OrdinalIgnoreCase) &&
               !text.Contains("share", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Collapses whitespace runs to one space and trims (soft hyphens and zero-width characters stay, as in the page).</summary>
    public static string Normalize(string s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new System.Text.StringBuilder(s.Length);
        bool space = false;
        foreach (var ch in s)
        {
            if (ch == '\uFEFF') continue;
            if (char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Normalised text content of an element (for short elements only): the text is read until
    /// <paramref name="max"/> characters of source text, whitespace collapsed as it is read.</summary>
    public static string ShortText(IElement e, int max = 400)
    {
        var w = new ShortTextWriter(max);
        w.Append(e);
        return w.ToString();
    }

    /// <summary>Same result as <see cref="Normalize"/> over the concatenated text, in one pass and one buffer.</summary>
    private struct ShortTextWriter(int max)
    {
        private readonly System.Text.StringBuilder _sb = new(Math.Min(max, 256));
        private int _raw; // source characters read (the limit counts them, as the text before normalisation)
        private bool _space, _opened, _closed;

        public void Append(INode n)
        {
            var children = n.ChildNodes; // by index: AngleSharp's NextSibling is a search of the parent's child list
            for (int i = 0; i < children.Length && _raw <= max; i++)
            {
                var c = children[i];
                if (c is IText t) Text(t.Data);
                else if (c is IElement el)
                {
                    var tag = el.LocalName;
                    if (IsNonContent(tag)) continue;
                    bool block = IsBlock(tag) || tag == "br" || tag == "td" || tag == "th";
                    if (block) Text(" ");
                    bool apart = tag is not ("sub" or "sup"); // "H" + "2" + "O" is one word
                    _opened |= apart;
                    Append(el);
                    _closed |= apart;
                    if (block) Text(" ");
                }
            }
        }

        private void Text(string s)
        {
            _raw += s.Length;
            for (int k = 0; k < s.Length;)
            {
                char ch = s[k];
                if (ch == '\uFEFF') { k++; continue; }
                if (char.IsWhiteSpace(ch)) { _space = _sb.Length > 0; k++; continue; }
                if (_space) { _sb.Append(' '); _space = false; }
                else if ((_opened || _closed) && _sb.Length > 0 && IsWordJoin(_sb[^1], ch, _opened && _closed)) _sb.Append(' ');
                _opened = _closed = false;
                // (the rest of the word in one copy: only its first character asks for a space before it)
                int end = k + 1;
                while (end < s.Length && s[end] != '\uFEFF' && !char.IsWhiteSpace(s[end])) end++;
                _sb.Append(s, k, end - k);
                k = end;
            }
        }

        public override readonly string ToString() => _sb.ToString();
    }

    /// <summary>
    /// Two sibling elements' texts that meet without a space where a word or number ends and a capitalised word begins
    /// ("Advertisement" + "Hide Ad", "Jane Doe" + "Staff Writer", "22, 2024" + "Updated …"): the page sets them apart by
    /// its style (a block, a flex row), and the text gets a space. Styling inside a word ("i" + "Phone", "Mac" + "Book",
    /// "5" + "G": one element's edge only) and a drop cap ("T" + "he") stay one word.
    /// </summary>
    public static bool IsWordJoin(char before, char after, bool siblings) =>
        siblings && char.IsUpper(after) && (char.IsLower(before) || char.IsAsciiDigit(before));

    /// <summary>A class name (or class-and-id key) holds one of the words, ignoring case.</summary>
    public static bool NameHas(string? name, params ReadOnlySpan<string> words)
    {
        if (string.IsNullOrEmpty(name)) return false;
        foreach (var w in words)
            if (name.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A picture, or a box that holds one (a paragraph or a link around an image).</summary>
    public static bool HoldsPicture(IElement e) => e.LocalName is "img" or "picture" || e.QuerySelector("img, picture") is not null;

    public static string Preview(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static readonly char[] SentenceClosers = ['"', '“', '”', '»', '«', '’', '\'', ')', ']', ' ', '*'];

    public static bool EndsLikeSentence(string s)
    {
        if (s.Length == 0) return false;
        var t = s.AsSpan().TrimEnd(SentenceClosers);
        if (t.Length == 0) return false;
        return t[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '。' or '！' or '？';
    }
}
