namespace CleanFeed.Core.Extraction;

/// <summary>Options of <see cref="ContentExtractor"/>.</summary>
public sealed class ContentExtractorOptions
{
    /// <summary>Produce <see cref="ExtractionResult.Html"/> (sanitised). Off saves time when only text is needed.</summary>
    public bool ProduceHtml { get; set; } = true;

    /// <summary>
    /// When the main-content extraction yields fewer characters than this, and the page has more text,
    /// the extractor falls back to the whole page with only boilerplate removed (and takes the longer result).
    /// </summary>
    public int MinContentChars { get; set; } = 250;

    /// <summary>Inputs below this many characters of visible text are treated as fragments (a feed item's
    /// own content): everything but boilerplate is kept, no main-content selection.</summary>
    public int FragmentMaxChars { get; set; } = 400;

    /// <summary>Largest HTML input in characters; longer input is truncated before parsing.</summary>
    public int MaxHtmlChars { get; set; } = 8 * 1024 * 1024;

    /// <summary>Record removed blocks in <see cref="ExtractionResult.Removed"/>.</summary>
    public bool RecordRemoved { get; set; } = true;
}
