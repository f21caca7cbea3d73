using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace CleanFeed.Core.Extraction.Sanitizing;

/// <summary>
/// Sanitises the article HTML with an HtmlSanitizer allowlist: structural and text-level tags, links, images and
/// tables only; no script, style, iframe, form or event-handler attributes; http(s)/mailto links only; URLs made
/// absolute against the base URL. Works on the extractor's DOM in place (no second parse).
/// </summary>
internal sealed class OutputSanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public OutputSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "q", "cite", "pre", "code",
                "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "abbr", "time", "span", "div", "section", "article",
                "a", "img", "figure", "figcaption", "picture", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "hr",
                "kbd", "samp", "var", "details", "summary", "address",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "colspan", "rowspan", "datetime", "cite", "width", "height", "lang", "dir", "start", "reversed", "scope",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(),
        };
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        _sanitizer.RemovingTag += (_, e) =>
        {
            // drop the content of elements that never hold article text, keep the text of unknown inline wrappers
            var tag = e.Tag.LocalName;
            if (tag is "script" or "style" or "iframe" or "object" or "embed" or "noscript" or "template" or "svg" or "math" or "form" or "button" or "select" or "textarea" or "input")
                e.Tag.InnerHtml = "";
        };
    }

    /// <summary>Sanitises the children of <paramref name="container"/> in place and returns its inner HTML.</summary>
    public string Sanitize(IHtmlDocument document, IHtmlElement container, Uri? baseUrl)
    {
        _sanitizer.SanitizeDom(document, container, baseUrl?.ToString() ?? "");
        RemoveEmpty(container);
        return container.InnerHtml.Trim();
    }

    private static void RemoveEmpty(IElement e)
    {
        // backwards by index: removing a child leaves the earlier indexes as they were, and NextElementSibling
        // would search the parent's child list on every step
        var children = e.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is not IElement c) continue;
            RemoveEmpty(c);
            if (c.LocalName is "div" or "span" or "section" or "article" or "p" or "li" or "ul" or "ol" && c.ChildElementCount == 0 && string.IsNullOrWhiteSpace(c.TextContent))
                c.Remove();
        }
    }
}
