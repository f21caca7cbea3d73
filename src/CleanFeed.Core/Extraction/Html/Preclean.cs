using AngleSharp.Dom;
using CleanFeed.Core.Extraction.Metadata;
using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Extraction.Html;

/// <summary>
/// First walk over the whole document: collects metadata sources (JSON-LD, meta, link, time, itemprop, h1),
/// and removes what is never article text: scripts, styles, embeds, form controls, and hidden elements.
/// </summary>
internal static class Preclean
{
    public static void Run(IElement root, MetadataSources sources, List<RemovedBlock> removed)
    {
        if (root.GetAttribute("lang") is { Length: > 0 } lang) sources.HtmlLang = lang;
        Visit(root, sources, removed, 0);
    }

    private static void Visit(IElement e, MetadataSources src, List<RemovedBlock> removed, int depth)
    {
        if (depth > 400) { e.Remove(); return; } // pathological nesting
        IElement? next;
        for (var child = e.FirstElementChild; child is not null; child = next)
        {
            next = child.NextElementSibling;
            var tag = child.LocalName;
            switch (tag)
            {
                case "script":
                    if (child.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                        src.JsonLd.Add(child.TextContent);
                    child.Remove();
                    continue;
                case "meta":
                    var key = child.GetAttribute("property") ?? child.GetAttribute("name") ?? child.GetAttribute("itemprop") ?? child.GetAttribute("http-equiv");
                    var content = child.GetAttribute("content");
                    if (key is not null && content is not null) src.Metas.Add((key.Trim().ToLowerInvariant(), content));
                    child.Remove();
                    continue;
                case "link":
                    if (child.GetAttribute("rel") is { } rel && rel.Contains("canonical", StringComparison.OrdinalIgnoreCase) && src.Canonical is null)
                        src.Canonical = child.GetAttribute("href");
                    child.Remove();
                    continue;
                case "title":
                    src.TitleElement ??= child.TextContent;
                    child.Remove();
                    continue;
            }
            if (tag == "head")
            {
                Visit(child, src, removed, depth + 1);
                child.Remove();
                continue;
            }
            if (DomText.IsNonContent(tag))
            {
                child.Remove();
                continue;
            }
            if (IsHidden(child))
            {
                var text = DomText.ShortText(child, 200);
                if (text.Length > 0) removed.Add(new RemovedBlock(BoilerplateKind.Hidden, "hidden element", text.Length, Preview(text)));
                child.Remove();
                continue;
            }
            if (tag == "time") src.Times.Add(child);
            else if (tag == "h1") { if (src.H1s.Count < 5) src.H1s.Add(DomText.ShortText(child, 300)); }
            if (child.HasAttribute("itemprop") && src.ItemProps.Count < 50) src.ItemProps.Add(child);
            if (src.AuthorElements.Count < 10 && (child.GetAttribute("rel") == "author" || (tag != "html" && tag != "body" && child.GetAttribute("class") is { } cls && (cls.Contains("byline", StringComparison.OrdinalIgnoreCase) || cls.Contains("author", StringComparison.OrdinalIgnoreCase)))))
                src.AuthorElements.Add(child);
            Visit(child, src, removed, depth + 1);
        }
    }

    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden")) return true;
        if (e.GetAttribute("aria-hidden") == "true") return true;
        var style = e.GetAttribute("style");
        if (style is not null && style.Length > 8)
        {
            var s = style.Replace(" ", "", StringComparison.Ordinal);
            if (s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    internal static string Preview(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
