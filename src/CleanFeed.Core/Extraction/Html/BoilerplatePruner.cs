using AngleSharp.Dom;
using CleanFeed.Core.Extraction.Text;
using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Extraction.Html;

/// <summary>
/// Removes boilerplate blocks from a subtree. Every rule combines a signal (structure, link density,
/// class/id hint, vocabulary) with a guard on the block's own text statistics, so a block that carries much
/// of the article's text is never removed for its name alone.
/// </summary>
internal sealed class BoilerplatePruner
{
    private readonly DomStats _stats;
    private readonly List<RemovedBlock> _removed;
    private readonly Metadata.MetadataSources _sources;
    private readonly Dictionary<string, (string? Kind, bool Strong)> _hintCache = new(StringComparer.Ordinal);

    public BoilerplatePruner(DomStats stats, List<RemovedBlock> removed, Metadata.MetadataSources sources)
    {
        _stats = stats;
        _removed = removed;
        _sources = sources;
    }

    public (string? Kind, bool Strong) Hint(IElement e)
    {
        var key = DomText.ClassAndId(e);
        if (key.Length == 0)
        {
            var role = e.GetAttribute("role");
            return role switch
            {
                "navigation" or "menubar" or "menu" or "search" => (BoilerplateKind.Navigation, true),
                "banner" or "contentinfo" => (BoilerplateKind.Footer, true),
                "complementary" => (BoilerplateKind.Sidebar, true),
                "dialog" or "alertdialog" => (BoilerplateKind.Cookie, true),
                _ => (null, false),
            };
        }
        if (!_hintCache.TryGetValue(key, out var h)) _hintCache[key] = h = ClassHints.Classify(key);
        return h;
    }

    /// <summary>
    /// Coarse pass over the whole page before the main content is chosen: removes landmark boilerplate
    /// (nav, aside, footer, page header, comment sections, cookie banners, forms) that could mislead scoring.
    /// </summary>
    public void Coarse(IElement root, int pageChars)
    {
        IElement? next;
        for (var c = root.FirstElementChild; c is not null; c = next)
        {
            next = c.NextElementSibling;
            var s = _stats.Get(c);
            var kind = CoarseKind(c, s, pageChars, out var reason);
            if (kind is not null) { Drop(c, s, kind, reason!); continue; }
            if (s.TextChars > 0) Coarse(c, pageChars);
        }
    }

    private string? CoarseKind(IElement c, NodeStats s, int pageChars, out string? reason)
    {
        reason = null;
        var tag = c.LocalName;
        bool contentHeavy = s.HasArticleMarker || (s.GoodParagraphs >= 3 && s.TextChars > pageChars * 0.4);
        switch (tag)
        {
            case "nav":
                if (!contentHeavy || s.LinkDensity > 0.5) { reason = "<nav>"; return BoilerplateKind.Navigation; }
                break;
            case "aside":
                if (!contentHeavy) { reason = "<aside>"; return BoilerplateKind.Sidebar; }
                break;
            case "footer":
                if (!contentHeavy) { reason = "<footer>"; return BoilerplateKind.Footer; }
                break;
            case "header":
                if (s.GoodParagraphs <= 1 && !s.HasArticleMarker) { reason = "<header>"; return BoilerplateKind.Footer; }
                break;
            case "form":
                if (s.GoodParagraphs <= 1 && s.TextChars < 1500) { reason = "<form>"; return BoilerplateKind.Form; }
                break;
        }
        var (hint, strong) = Hint(c);
        if (hint is not null && strong && !contentHeavy)
        {
            // Names alone do not remove big text blocks: the block must also be short or link-heavy, or a comment section.
            bool small = s.TextChars < Math.Max(400, pageChars * 0.15);
            if (hint == BoilerplateKind.Comments || hint == BoilerplateKind.Cookie || hint == BoilerplateKind.Hidden || small || s.LinkDensity > 0.35 || s.GoodParagraphs == 0)
            {
                reason = "class/id \"" + Shorten(DomText.ClassAndId(c)) + "\"";
                return hint;
            }
        }
        return null;
    }

    /// <summary>Fine pass inside the chosen content.</summary>
    public void Fine(IElement root, int contentChars)
    {
        IElement? next;
        for (var c = root.FirstElementChild; c is not null; c = next)
        {
            next = c.NextElementSibling;
            var s = _stats.Get(c);
            var tag = c.LocalName;
            if (s.TextChars == 0)
            {
                // images, figures, line breaks: keep; empty containers are harmless
                continue;
            }
            var kind = FineKind(c, tag, s, contentChars, out var reason, out bool section);
            if (kind is not null)
            {
                if (section) DropSection(c, kind, reason!);
                else Drop(c, s, kind, reason!);
                continue;
            }
            if (!DomText.IsParagraphLike(tag) || tag is "li" or "dd" or "td" or "blockquote") Fine(c, contentChars);
        }
    }

    private string? FineKind(IElement c, string tag, NodeStats s, int contentChars, out string? reason, out bool section)
    {
        reason = null; section = false;
        bool contentHeavy = s.GoodParagraphs >= 3 && s.TextChars > contentChars * 0.5;
        if (contentHeavy) return null;

        // landmarks
        switch (tag)
        {
            case "nav": reason = "<nav>"; return BoilerplateKind.Navigation;
            case "aside" when s.GoodParagraphs < 2: reason = "<aside>"; return BoilerplateKind.Sidebar;
            case "footer" when s.GoodParagraphs < 2: reason = "<footer>"; return BoilerplateKind.Footer;
            case "form" when s.GoodParagraphs < 2: reason = "<form>"; return BoilerplateKind.Form;
        }

        // class/id hints, checked against the block's statistics
        var (hint, strong) = Hint(c);
        if (hint is not null)
        {
            bool remove = strong
                ? s.GoodParagraphs < 3 || hint is BoilerplateKind.Comments or BoilerplateKind.Hidden
                : hint switch
                {
                    BoilerplateKind.AuthorBio => s.TextChars < 700,
                    BoilerplateKind.Meta => s.TextChars < 200,
                    _ => s.TextChars < 250 || s.LinkDensity > 0.4,
                };
            if (remove && !(DomText.IsHeading(tag) && hint == BoilerplateKind.Byline))
            {
                reason = "class/id \"" + Shorten(DomText.ClassAndId(c)) + "\"";
                if (hint == BoilerplateKind.Byline && s.TextChars < 120) RecordByline(c);
                return hint;
            }
        }

        // link-heavy blocks: menus, related lists, tag clouds
        if (tag is not ("a" or "span" or "em" or "strong" or "b" or "i" or "code") && s.LinkCount >= 2 && s.LinkDensity > 0.6 && (s.TextChars < 1000 || s.LinkDensity > 0.8) && s.GoodParagraphs == 0)
        {
            reason = $"link density {s.LinkDensity:0.00}";
            return BoilerplateKind.LinkList;
        }

        // short blocks: vocabulary
        if (s.TextChars <= BoilerplateVocabulary.MaxPhraseLength)
        {
            var text = DomText.ShortText(c, 300);
            if (text.Length == 0) return null;
            if (text.Length <= 90 && BoilerplateVocabulary.MatchSectionHeading(text) is { } sk && (DomText.IsHeading(tag) || tag is "p" or "div" or "span" or "strong" or "b" or "header" or "section" or "dt" or "legend" or "summary" || s.LinkDensity > 0.5))
            {
                reason = "section heading \"" + text + "\"";
                section = true;
                return sk;
            }
            if (BoilerplateVocabulary.IsCommentFormText(text)) { reason = "comment form notice"; return BoilerplateKind.Comments; }
            var block = new TextBlock { Text = text, Tag = tag, LinkChars = s.LinkChars };
            if (BlockCleaner.LineKind(block) is { } lk) { reason = "vocabulary"; return lk; }
            if (text.Length <= 120 && BoilerplateVocabulary.MatchByline(text) is { } name && !DomText.IsHeading(tag))
            {
                _sources.Bylines.Add(name);
                reason = "byline";
                return BoilerplateKind.Byline;
            }
            if (Datelines.IsDateOnly(text) && !DomText.IsHeading(tag)) { _sources.Datelines.Add(text); reason = "dateline"; return BoilerplateKind.Dateline; }
        }
        return null;
    }

    private void RecordByline(IElement c)
    {
        var text = DomText.ShortText(c, 200);
        if (BoilerplateVocabulary.MatchByline(text) is { } name) _sources.Bylines.Add(name);
    }

    /// <summary>
    /// A boilerplate heading ("Related posts", "Leave a Reply"): removes its container when the container holds
    /// little else, otherwise the heading and the link lists / short blocks that follow it.
    /// </summary>
    private void DropSection(IElement heading, string kind, string reason)
    {
        var target = heading;
        for (int up = 0; up < 3; up++)
        {
            var p = target.ParentElement;
            if (p is null || p.LocalName is "body" or "html" or "article" or "main") break;
            var ps = _stats.Get(p);
            var ts = _stats.Get(target);
            // the parent is mostly this section: heading plus links or short text
            if (ps.GoodParagraphs <= 1 && ps.TextChars < 2500 && (ps.TextChars - ts.TextChars < 1200 || ps.LinkDensity > 0.4) && !ps.HasArticleMarker && p.ParentElement is not null)
                target = p;
            else break;
        }
        if (target != heading)
        {
            Drop(target, _stats.Get(target), kind, reason);
            return;
        }
        var next = heading.NextElementSibling;
        Drop(heading, _stats.Get(heading), kind, reason);
        while (next is not null)
        {
            var after = next.NextElementSibling;
            var s = _stats.Get(next);
            var tag = next.LocalName;
            if (DomText.IsHeading(tag)) break;
            bool follower = s.TextChars == 0 || s.LinkDensity > 0.4 || tag is "ul" or "ol" or "form" ||
                            (kind is BoilerplateKind.Comments or BoilerplateKind.Share or BoilerplateKind.Newsletter && s.GoodParagraphs == 0 && s.TextChars < 300);
            if (!follower) break;
            Drop(next, s, kind, "after " + reason);
            next = after;
        }
    }

    private void Drop(IElement e, NodeStats s, string kind, string reason)
    {
        if (s.TextChars > 0)
            _removed.Add(new RemovedBlock(kind, reason, s.TextChars, Preclean.Preview(DomText.ShortText(e, 80))));
        e.Remove();
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
