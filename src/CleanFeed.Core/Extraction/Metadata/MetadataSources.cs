using AngleSharp.Dom;

namespace CleanFeed.Core.Extraction.Metadata;

/// <summary>The elements metadata is read from, collected during the cleaning walk (so the DOM is walked once).</summary>
internal sealed class MetadataSources
{
    public List<string> JsonLd { get; } = [];
    /// <summary>(name-or-property lowered, content)</summary>
    public List<(string Key, string Content)> Metas { get; } = [];
    public string? Canonical { get; set; }
    public string? TitleElement { get; set; }
    public string? HtmlLang { get; set; }
    public List<IElement> Times { get; } = [];
    public List<IElement> ItemProps { get; } = [];
    public List<IElement> AuthorElements { get; } = [];
    /// <summary>Elements with a date in an attribute: RDFa <c>property="…date…"</c>, hAtom <c>&lt;abbr title&gt;</c>.</summary>
    public List<IElement> DateElements { get; } = [];
    public List<string> H1s { get; } = [];
    /// <summary>The first few &lt;h1&gt; elements (the page's dates and bylines usually stand beside the headline).</summary>
    public List<IElement> H1Elements { get; } = [];
    /// <summary>Names found in bylines removed from the body ("By Jane Doe").</summary>
    public List<string> Bylines { get; } = [];
    /// <summary>Dates found in datelines removed from the body.</summary>
    public List<string> Datelines { get; } = [];
}
