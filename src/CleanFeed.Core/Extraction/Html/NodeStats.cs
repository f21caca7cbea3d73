using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AngleSharp.Dom;
using CleanFeed.Core.Extraction.Metadata;
using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Extraction.Html;

/// <summary>
/// Text statistics of one element's subtree, computed bottom-up in one walk, kept as a tree parallel to the DOM
/// (so later passes need no lookups and no DOM mutation: removed blocks are only marked dead). Elements the walk
/// skips (non-content, hidden, small &lt;noscript&gt;) have no stats: the renderers walk both trees side by side
/// (<see cref="StatsCursor"/>) and drop an element without stats, which costs no hash lookup per element.
/// </summary>
internal sealed class NodeStats
{
    public IElement Element = null!;
    public string Tag = "";
    public NodeStats? Parent;
    public NodeStats? FirstChild, LastChild, NextSibling;
    /// <summary>Non-whitespace characters of visible text.</summary>
    public int TextChars;
    /// <summary>Non-whitespace characters inside links.</summary>
    public int LinkChars;
    public int LinkCount;
    /// <summary>Commas.</summary>
    public int Punctuation;
    /// <summary>Text blocks (paragraphs) of at least 80 characters with little link text.</summary>
    public int GoodParagraphs;
    /// <summary>Score of the paragraphs this element is the scoring target of (Readability: a paragraph's parent).</summary>
    public double OwnScore;
    /// <summary>Readability-style content score: own score plus descendants' with decay by distance.</summary>
    public double ContentScore;
    /// <summary>The subtree holds an article / main / articleBody marker.</summary>
    public bool HasArticleMarker;
    public int Headings;
    /// <summary>The subtree holds an &lt;input&gt; (a form field: the pruner looks for sign-up boxes only where one is).</summary>
    public bool HasInput;
    public bool Dead;
    /// <summary>Kept in the HTML output but left out of the plain text (an image caption: in text it has no picture to describe).</summary>
    public bool NotInText;
    /// <summary>The standfirst under the headline, found in the chosen content: no class/id hint drops it.</summary>
    public bool Standfirst;
    /// <summary>The ARIA role attribute (null when not set); filled by the analysis walk.</summary>
    public string? Role;
    /// <summary>class + " " + id (null when neither is set); filled by the analysis walk.</summary>
    public string? ClassAndId;
    /// <summary>The resolved class/id hint, once computed.</summary>
    public (string? Kind, bool Strong)? HintCache;
    /// <summary>The class/id weight for scoring, once computed.</summary>
    public double? ClassWeight;

    /// <summary>Sets every field, for a new or a reused instance.</summary>
    public void Init(IElement element, string tag, NodeStats? parent)
    {
        Element = element; Tag = tag; Parent = parent;
        FirstChild = LastChild = NextSibling = null;
        TextChars = LinkChars = LinkCount = Punctuation = GoodParagraphs = Headings = 0;
        OwnScore = ContentScore = 0;
        HasArticleMarker = Dead = NotInText = HasInput = Standfirst = false;
        ClassAndId = null; Role = null; HintCache = null; ClassWeight = null;
    }

    public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;
    public IEnumerable<NodeStats> Kids
    {
        get { for (var c = FirstChild; c is not null; c = c.NextSibling) yield return c; }
    }

    public bool Contains(NodeStats other)
    {
        for (var p = other; p is not null; p = p.Parent) if (p == this) return true;
        return false;
    }
}

/// <summary>
/// One walk over the whole document that (1) collects metadata sources (meta, link, title, time, itemprop, h1),
/// (2) skips what is never article text (scripts, styles, embeds, form controls) and hidden elements, and
/// (3) computes <see cref="NodeStats"/> for every element, segmenting the text into paragraphs (runs of inline
/// content between block boundaries) that are scored Readability-style.
/// </summary>
internal sealed class DomAnalysis
{
    public NodeStats Root { get; private set; } = null!;
    public NodeStats? Body { get; private set; }
    /// <summary>Every element's stats, in document order.</summary>
    public List<NodeStats> All { get; }
    /// <summary>h1 and h2 elements, in document order (to find the article's own headline).</summary>
    public List<NodeStats> MainHeadings { get; } = [];

    private readonly MetadataSources _src;
    private readonly List<RemovedBlock> _removed;
    private readonly List<NodeStats> _path = new(64);
    private int _runChars, _runLinkChars, _runCommas;

    private readonly NodeStatsPool _pool;

    private DomAnalysis(MetadataSources src, List<RemovedBlock> removed, int capacity, NodeStatsPool pool) { _src = src; _removed = removed; All = new(capacity); _pool = pool; }

    /// <summary>Record hidden elements in the removed list (costs a text walk per hidden element).</summary>
    public bool RecordRemoved { get; private init; } = true;

    public static DomAnalysis Build(IElement documentElement, MetadataSources src, List<RemovedBlock> removed, int sourceLength = 0, bool recordRemoved = true, NodeStatsPool? pool = null)
    {
        var a = new DomAnalysis(src, removed, Math.Clamp(sourceLength / 60, 256, 200_000), pool ?? new NodeStatsPool(0)) { RecordRemoved = recordRemoved };
        if (documentElement.GetAttribute("lang") is { Length: > 0 } lang) src.HtmlLang = lang;
        a.Root = a.Walk(documentElement, null, false, 0, documentElement.Attributes.Length > 0 ? ReadAttributes(documentElement) : default);
        a.ComputeScores();
        return a;
    }

    private NodeStats Walk(IElement e, NodeStats? parent, bool inLink, int depth, in ElementAttributes attrs)
    {
        var tag = e.LocalName;
        var s = _pool.Rent();
        s.Init(e, tag, parent);
        All.Add(s);
        if (tag == "body" && Body is null) Body = s;
        bool block = DomText.IsBlock(tag) || tag is "td" or "th";
        if (block && _path.Count > 0) FlushRun();
        if (tag is "article" or "main") s.HasArticleMarker = true;
        if (DomText.IsHeading(tag))
        {
            s.Headings = 1;
            if (tag == "h1" && _src.H1s.Count < 5) { _src.H1s.Add(DomText.ShortText(e, 300)); _src.H1Elements.Add(e); }
            if (tag is "h1" or "h2" && MainHeadings.Count < 40) MainHeadings.Add(s);
        }
        else if (tag == "time") _src.Times.Add(e);
        // an <a> without href is a named anchor or a stray "<a/>" (which opens an anchor that the rest of the section
        // then sits in): not a link, and its text is not link text
        bool anchorLink = tag == "a" && DomText.IsLink(e);
        bool link = inLink || anchorLink;
        if (anchorLink) s.LinkCount = 1;
        if (attrs.Any) Attributes(e, s, tag, attrs);
        if (attrs.CutMenu is { } menu && NavigationCut.IsCutElement(tag) && NavigationCut.TryParse(menu, out var cut, out _))
        {
            // a menu the prepass cut: its figures stand for its content
            s.TextChars = cut.TextChars; s.LinkChars = link ? cut.TextChars : cut.LinkChars; s.LinkCount = cut.LinkCount; s.Punctuation = cut.Commas; s.Headings = cut.Headings;
        }

        _path.Add(s);
        // By index: AngleSharp's NextSibling searches the parent's child list, so a walk by it is quadratic in the
        // number of children (a list of 200 items costs 150 ns a step instead of 5).
        var children = e.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            var c = children[i];
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
                var ctag = ce.LocalName;
                if (DomText.IsNonContent(ctag)) { if (ctag == "input") s.HasInput = true; else Head(ce, ctag, depth); continue; }
                var childAttrs = ce.Attributes.Length > 0 ? ReadAttributes(ce) : default;
                if (depth > 300 || (childAttrs.Hidden && !IsCollapsedText(ce, childAttrs))) { Hidden(ce); continue; }
                if (ctag == "noscript" && ce.TextContent.Length < 2000) continue; // "please enable JavaScript", pixels
                var cs = Walk(ce, s, link, depth + 1, childAttrs);
                if (s.LastChild is null) s.FirstChild = cs; else s.LastChild.NextSibling = cs;
                s.LastChild = cs;
                s.TextChars += cs.TextChars;
                s.LinkChars += cs.LinkChars;
                s.LinkCount += cs.LinkCount;
                s.Punctuation += cs.Punctuation;
                s.GoodParagraphs += cs.GoodParagraphs;
                s.HasArticleMarker |= cs.HasArticleMarker;
                s.HasInput |= cs.HasInput;
                s.Headings += cs.Headings;
            }
        }
        if (block) FlushRun();
        _path.RemoveAt(_path.Count - 1);
        return s;
    }

    private static readonly System.Text.RegularExpressions.Regex ArticleName = new(@"article|story|body",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // What the button that opens the rest of an article says.
    private static readonly System.Text.RegularExpressions.Regex ReadOn = new(
        @"\b(?:read (?:the )?(?:full|whole|entire|rest|more)|continue reading|keep reading|show (?:the )?(?:full|whole|rest|more)|expand (?:the )?(?:article|story)|weiterlesen|mehr lesen|(?:ganzen )?artikel (?:lesen|anzeigen)|lire la suite|leer más|seguir leyendo|continua(?:re)? a leggere|leggi tutto|leia mais|continuar lendo|lees (?:meer|verder)|verder lezen)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private HashSet<string>? _readOnTargets;

    /// <summary>
    /// The rest of the article, collapsed until the reader presses "Read full article": hidden, named as the article or
    /// its body, and the target of a collapsed expander (aria-controls, aria-expanded="false") that says "read on". An FAQ
    /// answer, a transcript or a menu is collapsed too, but its button asks the question or names the menu; a copy hidden
    /// for another screen size has no button.
    /// </summary>
    private bool IsCollapsedText(IElement e, in ElementAttributes attrs)
    {
        if (attrs.Id is not { Length: > 0 } id || !ArticleName.IsMatch(attrs.Class + " " + id)) return false;
        if (_readOnTargets is null)
        {
            // (once per page: the buttons may follow what they open)
            _readOnTargets = new HashSet<string>(StringComparer.Ordinal);
            foreach (var toggle in e.Owner!.QuerySelectorAll("[aria-controls][aria-expanded=false]"))
                if (ReadOn.IsMatch(toggle.TextContent))
                    foreach (var target in toggle.GetAttribute("aria-controls")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)) _readOnTargets.Add(target);
        }
        return _readOnTargets.Contains(id);
    }

    // A data attribute names a component's type more often than a class does ("social-post", "richtext-widget", "date-item",
    // "sidebar-story", "footer-correction"): a name with such a word in it is not read.
    private static readonly System.Text.RegularExpressions.Regex ComponentTypes = new(
        @"widget|tools?(?:$|[\s_.-])|date|time|social|sidebar|footer|header|(?:^|[\s_.-])(?:meta|item|post)(?:$|[\s_.-])",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>The attributes the analysis reads, gathered in one pass over the element's attributes.</summary>
    internal readonly record struct ElementAttributes(bool Any, bool Hidden, string? Class, string? Id, string? ItemProp, bool RelAuthor, bool DateAttribute = false, string? Role = null, string? DataName = null, string? CutMenu = null);


    private static ElementAttributes ReadAttributes(IElement e)
    {
        bool hidden = false, relAuthor = false, dateAttribute = false, title = false;
        string? cls = null, id = null, itemprop = null, role = null, dataName = null, cutMenu = null;
        var attributes = e.Attributes;
        for (int i = 0; i < attributes.Length; i++) // indexed: foreach over the interface allocates an enumerator per element
        {
            if (attributes[i] is not { } a) continue;
            switch (a.LocalName)
            {
                case "class": cls = a.Value; break;
                case "id": id = a.Value; break;
                case "itemprop": itemprop = a.Value; break;
                case "role": role = a.Value; break;
                // Templates whose classes are generated hashes ("css-1e7rrkv", "dcr-x2b8") name their parts in a data
                // attribute: data-testid="author-bio", data-gu-name="standfirst", data-component-name="video-resource"
                case "data-testid" or "data-test" or "data-type" or "data-component" or "data-component-name" or "data-gu-name" or "data-qa" or "data-area": dataName = a.Value; break;
                case "rel": relAuthor |= a.Value == "author"; break;
                // RDFa (property="schema:dateCreated" content="…") and hAtom (<abbr class="published" title="…">)
                case "property": dateAttribute |= PublishedProperty(a.Value); break;
                case "title": title = e.LocalName == "abbr"; break;
                case "hidden": hidden = true; break;
                case "aria-hidden": hidden |= a.Value == "true"; break;
                case "style": hidden |= HiddenByStyle(a.Value); break;
                case NavigationCut.PlaceholderAttribute: cutMenu = a.Value; break;
            }
        }
        // an <abbr title> counts only as hAtom's published date: acronyms and tooltips would fill the list
        if (title && cls is not null && (cls.Contains("published", StringComparison.Ordinal) || cls.Contains("dtstart", StringComparison.Ordinal))) dateAttribute = true;
        return new ElementAttributes(true, hidden, cls, id, itemprop, relAuthor, dateAttribute, role, dataName, cutMenu);
    }

    /// <summary>An RDFa property that holds the publication date (schema:datePublished, dc:date, dcterms:created, …),
    /// not a birth, event or modification date.</summary>
    private static bool PublishedProperty(string value)
    {
        var p = value.AsSpan().Trim();
        int colon = p.LastIndexOf(':');
        if (colon >= 0) p = p[(colon + 1)..];
        return p.Equals("datePublished", StringComparison.OrdinalIgnoreCase) || p.Equals("dateCreated", StringComparison.OrdinalIgnoreCase) ||
               p.Equals("date", StringComparison.OrdinalIgnoreCase) || p.Equals("created", StringComparison.OrdinalIgnoreCase) ||
               p.Equals("issued", StringComparison.OrdinalIgnoreCase) || p.Equals("published_time", StringComparison.OrdinalIgnoreCase);
    }

    private void Attributes(IElement e, NodeStats s, string tag, in ElementAttributes a)
    {
        if (a.ItemProp is { } itemprop)
        {
            if (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) s.HasArticleMarker = true;
            if (_src.ItemProps.Count < 50) _src.ItemProps.Add(e);
        }
        var cls = a.Class;
        var id = a.Id;
        // "byline" or "author" in a class: the element may carry the author's name. (Two searches: a SearchValues of the
        // two words is 3-4 times slower on strings as short as class names.)
        bool author = a.RelAuthor || (cls is not null && (cls.Contains("author", StringComparison.OrdinalIgnoreCase) || cls.Contains("byline", StringComparison.OrdinalIgnoreCase)));
        if (!string.IsNullOrEmpty(cls)) s.ClassAndId = string.IsNullOrEmpty(id) ? cls : cls + " " + id;
        else if (!string.IsNullOrEmpty(id)) s.ClassAndId = id;
        if (!string.IsNullOrEmpty(a.DataName) && !ComponentTypes.IsMatch(a.DataName)) s.ClassAndId = s.ClassAndId is null ? a.DataName : s.ClassAndId + " " + a.DataName;
        s.Role = a.Role;
        if (author && _src.AuthorElements.Count < 10 && tag is not ("html" or "body")) _src.AuthorElements.Add(e);
        if (a.DateAttribute && _src.DateElements.Count < 10) _src.DateElements.Add(e);
    }

    /// <summary>Metadata in non-content elements (head, meta, link, title); everything else non-content is skipped.</summary>
    private void Head(IElement e, string tag, int depth)
    {
        switch (tag)
        {
            case "head":
                var children = e.ChildNodes; // by index, as in Walk
                for (int i = 0; i < children.Length; i++)
                    if (children[i] is IElement c) Head(c, c.LocalName, depth + 1);
                break;
            case "meta":
                Meta(e);
                break;
            case "link":
                if (_src.Canonical is null && e.GetAttribute("rel") is { } rel && rel.Contains("canonical", StringComparison.OrdinalIgnoreCase))
                    _src.Canonical = e.GetAttribute("href");
                break;
            case "title":
                _src.TitleElement ??= e.TextContent;
                break;
        }
    }

    private void Meta(IElement e)
    {
        var key = e.GetAttribute("property") ?? e.GetAttribute("name") ?? e.GetAttribute("itemprop") ?? e.GetAttribute("http-equiv");
        var content = e.GetAttribute("content");
        if (key is not null && content is not null) _src.Metas.Add((key.Trim().ToLowerInvariant(), content));
    }

    private void Hidden(IElement e)
    {
        if (!RecordRemoved) return;
        var text = DomText.ShortText(e, 200);
        if (text.Length > 0) _removed.Add(new RemovedBlock(BoilerplateKind.Hidden, "hidden element", text.Length, DomText.Preview(text)));
    }

    internal static bool HiddenByStyle(string style)
    {
        if (style.Length <= 8 || !(style.Contains("none", StringComparison.OrdinalIgnoreCase) || style.Contains("hidden", StringComparison.OrdinalIgnoreCase))) return false;
        var st = style.Replace(" ", "", StringComparison.Ordinal);
        return st.Contains("display:none", StringComparison.OrdinalIgnoreCase) || st.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Ends the current text run: scores it as a paragraph owned by the innermost open element.</summary>
    private void FlushRun()
    {
        int chars = _runChars, linkChars = _runLinkChars, commas = _runCommas;
        _runChars = _runLinkChars = _runCommas = 0;
        if (chars < 25 || _path.Count == 0) return;
        var owner = _path[^1];
        double ld = (double)linkChars / chars;
        if (chars >= 80 && ld < 0.3) owner.GoodParagraphs++;
        double score = (1 + commas + Math.Min(chars / 100, 3)) * (1 - ld);
        if (score <= 0) return;
        // Paragraph-like owners pass their score to their parent; a div with its own text keeps it.
        var target = DomText.IsParagraphLike(owner.Tag) && owner.Parent is not null ? owner.Parent : owner;
        target.OwnScore += score;
    }

    /// <summary>Content scores from own scores: full to the target, then /2, /6, /9, /12 up the ancestors.</summary>
    public void ComputeScores()
    {
        foreach (var s in All) s.ContentScore = 0;
        foreach (var s in All)
        {
            if (s.OwnScore <= 0 || s.Dead) continue;
            var p = s;
            for (int level = 0; p is not null && level < 5; level++, p = p.Parent)
            {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                p.ContentScore += s.OwnScore / divider;
            }
        }
    }

    /// <summary>Marks a subtree dead and takes its text out of its ancestors' statistics.</summary>
    public void Kill(NodeStats s)
    {
        if (s.Dead) return;
        MarkDead(s);
        for (var p = s.Parent; p is not null; p = p.Parent)
        {
            p.TextChars -= s.TextChars;
            p.LinkChars -= s.LinkChars;
            p.LinkCount -= s.LinkCount;
            p.Punctuation -= s.Punctuation;
            p.GoodParagraphs -= s.GoodParagraphs;
            p.Headings -= s.Headings;
        }

        static void MarkDead(NodeStats n)
        {
            n.Dead = true;
            for (var k = n.FirstChild; k is not null; k = k.NextSibling) MarkDead(k);
        }
    }

    /// <summary>
    /// Brings a dead subtree back without its ancestors (the standfirst of an article header dropped as page chrome).
    /// Its own statistics are intact: killing only takes a subtree's text out of its ancestors'.
    /// </summary>
    public static void Revive(NodeStats s)
    {
        s.Dead = false;
        for (var k = s.FirstChild; k is not null; k = k.NextSibling) Revive(k);
    }

    /// <summary>Visible characters (not whitespace, soft hyphen or zero-width space) and commas of a text node.</summary>
    private static void CountText(string data, out int chars, out int punct)
    {
        chars = 0; punct = 0;
        var units = MemoryMarshal.Cast<char, ushort>(data.AsSpan());
        int i = 0;
        // Eight characters at a time (counting one by one was a quarter of the analysis walk): an ASCII character is
        // visible above ' ', and its only comma is ','; the others (a few in most text) are looked at one by one.
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + 8 <= units.Length; i += 8)
            {
                var v = Vector128.Create(units.Slice(i, 8));
                var ascii = Vector128.LessThan(v, Vector128.Create((ushort)0x80));
                chars += BitOperations.PopCount((Vector128.GreaterThan(v, Vector128.Create((ushort)' ')) & ascii).ExtractMostSignificantBits());
                punct += BitOperations.PopCount(Vector128.Equals(v, Vector128.Create((ushort)',')).ExtractMostSignificantBits());
                for (uint other = ~ascii.ExtractMostSignificantBits() & 0xFF; other != 0; other &= other - 1)
                    CountChars(data.AsSpan(i + BitOperations.TrailingZeroCount(other), 1), ref chars, ref punct);
            }
        }
        CountChars(data.AsSpan(i), ref chars, ref punct);
    }

    private static void CountChars(ReadOnlySpan<char> text, ref int chars, ref int punct)
    {
        foreach (var ch in text)
        {
            if (ch <= ' ') continue;
            if (ch >= '\u0080' && (char.IsWhiteSpace(ch) || ch is '\u00AD' or '\u200B')) continue;
            chars++;
            if (ch is ',' or '，' or '、' or '،') punct++;
        }
    }
}

/// <summary>
/// Matches an element's child elements with its stats children, in document order (the stats tree holds
/// the same elements minus the skipped ones).
/// </summary>
internal struct StatsCursor(NodeStats? parent)
{
    private NodeStats? _next = parent?.FirstChild;

    /// <summary>The stats of <paramref name="child"/> (the next child element), or null when the walk skipped it.</summary>
    public NodeStats? Match(IElement child)
    {
        if (_next is not null && ReferenceEquals(_next.Element, child))
        {
            var s = _next;
            _next = s.NextSibling;
            return s;
        }
        return null;
    }
}

/// <summary>
/// Reuses <see cref="NodeStats"/> instances from one page to the next on the same thread: a page has thousands
/// of elements, and allocating their stats anew each time is a good share of the extraction's garbage. The pool
/// keeps at most <c>capacity</c> instances; a bigger page allocates the rest. <see cref="Release"/> drops the
/// references to the page's DOM so that a finished page is not kept alive.
/// </summary>
internal sealed class NodeStatsPool(int capacity)
{
    private readonly List<NodeStats> _items = [];
    private int _used;

    public NodeStats Rent()
    {
        if (_used < _items.Count) return _items[_used++];
        var s = new NodeStats();
        if (_items.Count < capacity) { _items.Add(s); _used++; }
        return s;
    }

    /// <summary>Ends a page: every instance can be rented again.</summary>
    public void Release()
    {
        for (int i = 0; i < _used; i++)
        {
            // links to instances outside the pool (a page bigger than it) would keep that page's DOM alive
            var s = _items[i];
            s.Element = null!;
            s.Parent = s.FirstChild = s.LastChild = s.NextSibling = null;
            s.ClassAndId = null;
        }
        _used = 0;
    }
}
