using AngleSharp.Dom;

namespace CleanFeed.Core.Extraction.Html;

/// <summary>Text statistics of one element's subtree, computed bottom-up in one walk.</summary>
internal sealed class NodeStats
{
    /// <summary>Non-whitespace characters of visible text.</summary>
    public int TextChars;
    /// <summary>Non-whitespace characters inside links.</summary>
    public int LinkChars;
    public int LinkCount;
    /// <summary>Commas and sentence punctuation.</summary>
    public int Punctuation;
    /// <summary>Text blocks (paragraphs) of at least 80 characters with little link text.</summary>
    public int GoodParagraphs;
    /// <summary>Readability-style content score collected from descendant paragraphs.</summary>
    public double ContentScore;
    /// <summary>The subtree holds an article / main / articleBody marker.</summary>
    public bool HasArticleMarker;
    public int Headings;
    public int Forms;

    public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;
}

/// <summary>Computes <see cref="NodeStats"/> for every element under a root, and readability-style content scores.</summary>
internal sealed class DomStats
{
    private readonly Dictionary<IElement, NodeStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly List<NodeStats> _path = new(64);
    private readonly List<IElement> _pathEls = new(64);

    // The current text run (inline content between block boundaries).
    private int _runChars, _runLinkChars, _runCommas;

    public NodeStats Get(IElement e) => _stats.TryGetValue(e, out var s) ? s : Empty;
    public bool TryGet(IElement e, out NodeStats stats) => _stats.TryGetValue(e, out stats!);
    public IEnumerable<KeyValuePair<IElement, NodeStats>> All => _stats;
    private static readonly NodeStats Empty = new();

    public static DomStats Compute(IElement root)
    {
        var d = new DomStats();
        d.Walk(root, false);
        return d;
    }

    private NodeStats Walk(IElement e, bool inLink)
    {
        var s = new NodeStats();
        _stats[e] = s;
        var tag = e.LocalName;
        bool block = DomText.IsBlock(tag) || tag is "td" or "th";
        if (block && _pathEls.Count > 0) FlushRun(_pathEls[^1]);
        if (tag is "article" or "main") s.HasArticleMarker = true;
        else if (e.GetAttribute("itemprop") is { } ip && ip.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) s.HasArticleMarker = true;
        if (DomText.IsHeading(tag)) s.Headings = 1;
        if (tag == "form") s.Forms = 1;
        bool link = inLink || tag == "a";
        if (tag == "a") s.LinkCount = 1;

        _path.Add(s);
        _pathEls.Add(e);
        for (var c = e.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c is IText t)
            {
                CountText(t.Data, out int chars, out int commas);
                if (chars == 0) continue;
                s.TextChars += chars;
                s.Punctuation += commas;
                if (link) { s.LinkChars += chars; _runLinkChars += chars; }
                _runChars += chars;
                _runCommas += commas;
            }
            else if (c is IElement ce)
            {
                if (DomText.IsNonContent(ce.LocalName)) continue;
                var cs = Walk(ce, link);
                s.TextChars += cs.TextChars;
                s.LinkChars += cs.LinkChars;
                s.LinkCount += cs.LinkCount;
                s.Punctuation += cs.Punctuation;
                s.GoodParagraphs += cs.GoodParagraphs;
                s.HasArticleMarker |= cs.HasArticleMarker;
                s.Headings += cs.Headings;
                s.Forms += cs.Forms;
            }
        }
        if (block) FlushRun(e);
        _path.RemoveAt(_path.Count - 1);
        _pathEls.RemoveAt(_pathEls.Count - 1);
        return s;
    }

    /// <summary>Ends the current text run: scores it as a paragraph owned by <paramref name="owner"/>.</summary>
    private void FlushRun(IElement owner)
    {
        int chars = _runChars, linkChars = _runLinkChars, commas = _runCommas;
        _runChars = _runLinkChars = _runCommas = 0;
        if (chars < 25 || _path.Count == 0) return;
        double ld = (double)linkChars / chars;
        if (chars >= 80 && ld < 0.3)
        {
            // counted on the owner and, through the bottom-up sums, on its ancestors
            _path[^1].GoodParagraphs++;
        }
        double score = (1 + commas + Math.Min(chars / 100, 3)) * (1 - ld);
        if (score <= 0) return;
        // Paragraph-like owners pass their score to their parent; a div with its own text keeps it.
        int start = DomText.IsParagraphLike(owner.LocalName) ? _path.Count - 2 : _path.Count - 1;
        for (int level = 0, i = start; i >= 0 && level < 5; level++, i--)
        {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            _path[i].ContentScore += score / divider;
        }
    }

    private static void CountText(string data, out int chars, out int punct)
    {
        chars = 0; punct = 0;
        foreach (var ch in data)
        {
            if (ch <= ' ' || ch == '\u00A0' || ch == '\u00AD' || ch == '\u200B') continue;
            if (char.IsWhiteSpace(ch)) continue;
            chars++;
            if (ch is ',' or '，' or '、' or '،') punct++;
        }
    }
}
