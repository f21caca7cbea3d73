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
    private bool _pendingSpace;
    private readonly Stack<IElement> _owners = new();

    private HashSet<IElement>? _dead;

    public static List<TextBlock> Render(IEnumerable<INode> nodes, HashSet<IElement>? dead = null)
    {
        var r = new TextRenderer { _dead = dead is { Count: > 0 } ? dead : null };
        foreach (var n in nodes) r.Node(n, false, false);
        r.Flush(null);
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

    private void Node(INode n, bool inLink, bool inPre)
    {
        if (n is IText t) { AppendText(t.Data, inLink, inPre); return; }
        if (n is not IElement e) return;
        var tag = e.LocalName;
        if (DomText.IsNonContent(tag)) return;
        if (_dead is not null && _dead.Contains(e)) return;
        switch (tag)
        {
            case "br":
                _sb.Append('\n'); _pendingSpace = false; return;
            case "img" or "hr" or "wbr":
                if (tag == "hr") Flush(null);
                return;
            case "td" or "th":
                if (_sb.Length > 0 && _sb[^1] != '\t') { _sb.Append('\t'); _pendingSpace = false; }
                Children(e, inLink, inPre);
                if (_sb.Length > 0 && _sb[^1] != '\t') { _sb.Append('\t'); _pendingSpace = false; }
                return;
        }
        bool block = DomText.IsBlock(tag);
        if (block)
        {
            Flush(_owners.Count > 0 ? _owners.Peek() : null, whole: false);
            _owners.Push(e);
            int before = _blocks.Count;
            Children(e, inLink || tag == "a", inPre || tag == "pre");
            Flush(e, whole: _blocks.Count == before);
            _owners.Pop();
        }
        else
        {
            Children(e, inLink || tag == "a", inPre);
        }
    }

    private void Children(IElement e, bool inLink, bool inPre)
    {
        for (var c = e.FirstChild; c is not null; c = c.NextSibling) Node(c, inLink, inPre);
    }

    private void AppendText(string data, bool inLink, bool inPre)
    {
        foreach (var ch in data)
        {
            if (ch == '\uFEFF') continue; // soft hyphens and zero-width characters are kept, as the page has them
            if (inPre && (ch == '\n' || ch == '\t'))
            {
                _sb.Append(ch == '\t' ? "    " : "\n");
                _pendingSpace = false;
                continue;
            }
            if (char.IsWhiteSpace(ch))
            {
                if (inPre) { _sb.Append(' '); continue; }
                _pendingSpace = true;
                continue;
            }
            if (_pendingSpace)
            {
                if (_sb.Length > 0 && _sb[^1] is not ('\n' or '\t' or ' ')) _sb.Append(' ');
                _pendingSpace = false;
            }
            _sb.Append(ch);
            if (inLink) _linkChars++;
        }
    }

    private void Flush(IElement? owner, bool whole = false)
    {
        _pendingSpace = false;
        if (_sb.Length == 0) { _linkChars = 0; return; }
        var tag = owner?.LocalName ?? "p";
        var text = CleanBlock(_sb, tag == "pre");
        _sb.Clear();
        if (text.Length > 0)
            _blocks.Add(new TextBlock { Text = text, Tag = tag, LinkChars = _linkChars, Owner = whole ? owner : null });
        _linkChars = 0;
    }

    /// <summary>Trims each line, drops empty lines, turns tabs between cells into " \t ".</summary>
    private static string CleanBlock(StringBuilder sb, bool pre)
    {
        var raw = sb.ToString();
        var lines = raw.Split('\n');
        var outSb = new StringBuilder(raw.Length);
        foreach (var line in lines)
        {
            var l = pre ? line.TrimEnd(' ', '\t', '\r') : line.Trim(' ', '\t', '\r');
            if (l.Trim().Length == 0) continue;
            if (pre) { if (outSb.Length > 0) outSb.Append('\n'); outSb.Append(l); continue; }
            if (l.Contains('\t'))
            {
                var cells = l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                l = string.Join('\t', cells);
                if (l.Length == 0) continue;
            }
            if (outSb.Length > 0) outSb.Append('\n');
            outSb.Append(l);
        }
        return outSb.ToString();
    }
}
