using System.Text;
using AngleSharp.Dom;
using CleanFeed.Core.Extraction.Html;

namespace CleanFeed.Core.Extraction.Text;

/// <summary>
/// Renders DOM content as text blocks: block elements end a paragraph; inline elements flow; &lt;br&gt; is a
/// line break; whitespace collapses as in CSS; &lt;pre&gt; keeps its lines; table cells are tab-separated, one row a block.
/// </summary>
internal sealed class TextRenderer
{
    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _sb = new(256);
    private int _linkChars;
    private int _leftOut; // elements removed or left out of the text (HTML only), so far
    private bool _pendingSpace;
    private bool _opened, _closed; // an inline element opened, closed since the last character
    private readonly Stack<IElement> _owners = new();

    private readonly Stack<NodeStats?> _ownerStats = new();

    /// <summary>Renders the elements (with their stats: dead ones and those the analysis skipped are left out).</summary>
    public static List<TextBlock> Render(IEnumerable<NodeStats> roots)
    {
        var r = new TextRenderer();
        foreach (var s in roots) r.Element(s.Element, s, false, false);
        r.Flush(null, null);
        return r._blocks;
    }

    /// <summary>Renders the children of <paramref name="parent"/> (the whole body).</summary>
    public static List<TextBlock> RenderChildren(NodeStats parent)
    {
        var r = new TextRenderer();
        r.Children(parent.Element, parent, false, false);
        r.Flush(null, null);
        return r._blocks;
    }



    /// <summary>Joins blocks into the plain-text output: one blank line between paragraphs.</summary>
    public static string Join(IEnumerable<TextBlock> blocks)
    {
        var sb = new StringBuilder();
        foreach (var b in blocks)
        {
            if (b.Text.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(b.Text);
        }
        return sb.ToString();
    }

    // Glued to the word before it, and marked as a note: set in <sup>, in brackets, or pointing at a note ("#fn:2",
    // "#footnote-1", "#cite_note-3", role=doc-noteref). A same-page link of digits alone may be a move, a game or a section
    // ("Game <a href="#g3">3</a>", "Section <a href="#s230">230</a>"), which are the text's.
    private static bool IsFootnoteMark(IElement e)
    {
        // a note's way back to its mark ("↩" after the note's text, href="#fnref1")
        // (a caret only when the target is a note's mark: "=2^10" links a glossary)
        if (e.LocalName == "a" && e.TextContent.AsSpan().Trim() is { Length: 1 or 2 } back && back[0] is '↩' or '↑' or '⤴' or '^' && e.GetAttribute("href") is ['#', ..] target &&
            (back[0] != '^' || BackReference.IsMatch(target))) return true;
        var link = e.LocalName == "a" ? e : e.FirstElementChild is { LocalName: "a" } only && only.NextElementSibling is null ? only : null;
        if (link?.GetAttribute("href") is not { Length: > 1 } href || href[0] != '#') return false;
        var raw = e.TextContent.AsSpan().Trim();
        var text = raw.Trim("[]()");
        if (text.Length is 0 or > 3 || text.ContainsAnyExceptInRange('0', '9')) return false;
        var outer = e.LocalName == "a" && e.ParentElement is { LocalName: "sup" } sup && sup.ChildNodes.Length == 1 ? sup : e;
        if (outer.PreviousSibling is not IText before || before.Data.Length == 0 || char.IsWhiteSpace(before.Data[^1])) return false;
        return outer.LocalName == "sup" || raw.Length != text.Length || link.GetAttribute("role") == "doc-noteref" || NoteTarget.IsMatch(href);
    }

    private static readonly System.Text.RegularExpressions.Regex BackReference = new(@"^#(?:fnref|cite_ref|cite-ref|ref|footnote-ref|noteref|backref)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex NoteTarget = new(@"^#(?:fn|footnote|note|ref|cite|endnote)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private void Element(IElement e, NodeStats? stats, bool inLink, bool inPre)
    {
        var tag = e.LocalName;
        if (DomText.IsNonContent(tag)) return;
        if (stats is null) return; // skipped by the analysis (hidden)
        if (stats.Dead || stats.NotInText) { _leftOut++; return; } // removed, or HTML only
        switch (tag)
        {
            case "br":
                _sb.Append('\n'); _pendingSpace = false; return;
            case "img" or "hr" or "wbr":
                if (tag == "hr") Flush(null, null);
                return;
            // A footnote's mark in the text ("cut.<a href="#footnote-1">1</a>", "<sup><a href="#fn:2">[2]</a></sup>"): glued to
            // the word before it in plain text, it only garbles the sentence; the HTML keeps it with its note.
            case "a" or "sup" when IsFootnoteMark(e):
                return;
            case "td" or "th":
                if (_sb.Length > 0 && _sb[^1] != '\t') { _sb.Append('\t'); _pendingSpace = false; }
                Children(e, stats, inLink, inPre);
                if (_sb.Length > 0 && _sb[^1] != '\t') { _sb.Append('\t'); _pendingSpace = false; }
                return;
        }
        bool block = DomText.IsBlock(tag);
        if (block)
        {
            Flush(_owners.Count > 0 ? _owners.Peek() : null, _ownerStats.Count > 0 ? _ownerStats.Peek() : null, whole: false);
            _owners.Push(e);
            _ownerStats.Push(stats);
            int before = _blocks.Count, leftOut = _leftOut;
            Children(e, stats, inLink || (tag == "a" && DomText.IsLink(e)), inPre || tag == "pre");
            // (a block that lost a part is not the whole element: what is left, "Credit: X" beside a caption or a date beside
            // a byline, was never examined alone)
            bool single = _blocks.Count == before;
            Flush(e, stats, whole: single && _leftOut == leftOut, lostPart: single && _leftOut != leftOut);
            _owners.Pop();
            _ownerStats.Pop();
        }
        else
        {
            bool apart = tag is not ("sub" or "sup"); // "H" + "2" + "O" is one word
            _opened |= apart;
            Children(e, stats, inLink || (tag == "a" && DomText.IsLink(e)), inPre);
            _closed |= apart;
        }
    }

    private void Children(IElement e, NodeStats? stats, bool inLink, bool inPre)
    {
        var cursor = new StatsCursor(stats);
        var children = e.ChildNodes; // by index: AngleSharp's NextSibling is a search of the parent's child list
        for (int i = 0; i < children.Length; i++)
        {
            var c = children[i];
            if (c is IText t) AppendText(t.Data, inLink, inPre);
            else if (c is IElement ce) Element(ce, cursor.Match(ce), inLink, inPre);
        }
    }

    private void AppendText(string data, bool inLink, bool inPre)
    {
        for (int k = 0; k < data.Length;)
        {
            char ch = data[k];
            if (ch == '\uFEFF') { k++; continue; } // soft hyphens and zero-width characters are kept, as the page has them
            if (inPre && (ch == '\n' || ch == '\t'))
            {
                _sb.Append(ch == '\t' ? "    " : "\n");
                _pendingSpace = false;
                k++;
                continue;
            }
            if (char.IsWhiteSpace(ch))
            {
                if (inPre) _sb.Append(' ');
                else _pendingSpace = true;
                k++;
                continue;
            }
            if (_pendingSpace)
            {
                if (_sb.Length > 0 && _sb[^1] is not ('\n' or '\t' or ' ')) _sb.Append(' ');
                _pendingSpace = false;
            }
            else if ((_opened || _closed) && _sb.Length > 0 && DomText.IsWordJoin(_sb[^1], ch, _opened && _closed)) _sb.Append(' ');
            _opened = _closed = false;
            // the rest of the word goes in one copy: only its first character asks for a space before it
            int end = k + 1;
            while (end < data.Length && data[end] != '\uFEFF' && !char.IsWhiteSpace(data[end])) end++;
            _sb.Append(data, k, end - k);
            if (inLink) _linkChars += end - k;
            k = end;
        }
    }

    private void Flush(IElement? owner, NodeStats? ownerStats, bool whole = false, bool lostPart = false)
    {
        _pendingSpace = false;
        if (_sb.Length == 0) { _linkChars = 0; return; }
        var tag = owner?.LocalName ?? "p";
        var text = DomText.Nfc(CleanBlock(_sb, tag == "pre"));
        _sb.Clear();
        if (text.Length > 0)
            _blocks.Add(new TextBlock { Text = text, Tag = tag, LinkChars = _linkChars, Owner = whole ? owner : null, OwnerStats = whole ? ownerStats : null, Container = owner, LostPart = lostPart });
        _linkChars = 0;
    }

    /// <summary>Trims each line, drops empty lines, turns tabs between cells into " \t ".</summary>
    private static readonly char[] LineBlanks = [' ', '\t', '\r'];

    private static string CleanBlock(StringBuilder sb, bool pre)
    {
        var raw = sb.ToString();
        // most blocks are one line without tabs: only the ends to trim
        if (raw.AsSpan().IndexOfAny('\n', '\t', '\r') < 0)
        {
            var one = pre ? raw.TrimEnd(' ') : raw.Trim(' ');
            return one.AsSpan().Trim().Length == 0 ? "" : one;
        }
        var lines = raw.Split('\n');
        var outSb = new StringBuilder(raw.Length);
        bool gap = false; // an empty line since the last one: "<br><br>" is how old pages set paragraphs apart
        foreach (var line in lines)
        {
            var l = pre ? line.TrimEnd(LineBlanks) : line.Trim(LineBlanks);
            if (l.Trim().Length == 0) { gap = outSb.Length > 0; continue; }
            if (pre) { if (outSb.Length > 0) outSb.Append('\n'); outSb.Append(l); continue; }
            if (l.Contains('\t'))
            {
                var cells = l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                l = string.Join('\t', cells);
                if (l.Length == 0) continue;
            }
            if (outSb.Length > 0) outSb.Append(gap ? "\n\n" : "\n");
            outSb.Append(l);
            gap = false;
        }
        return outSb.ToString();
    }
}
