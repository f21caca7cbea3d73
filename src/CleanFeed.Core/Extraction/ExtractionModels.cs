using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Extraction;

/// <summary>What the extractor is given: an HTML page, or plain text, and the feed's hints.</summary>
public sealed record ExtractionInput
{
    /// <summary>The HTML of a page or of a feed item's content. Exactly one of Html and Text is set.</summary>
    public string? Html { get; init; }
    /// <summary>Plain text (a text item, or a text file).</summary>
    public string? Text { get; init; }
    /// <summary>The document's URL, to make links and images absolute.</summary>
    public Uri? BaseUrl { get; init; }
    /// <summary>Metadata the feed gave, to cross-check with the page's.</summary>
    public ExtractionHints Hints { get; init; } = new();
    public SiteRules? Rules { get; init; }
}

public sealed record ExtractionHints
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Language { get; init; }
}

public sealed record ExtractionResult
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    /// <summary>BCP 47 language tag (e.g. "en", "de"), or null.</summary>
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Description { get; init; }
    public string? LeadImage { get; init; }
    /// <summary>Plain text, paragraphs separated by one blank line.</summary>
    public string Text { get; init; } = "";
    /// <summary>Sanitised HTML with absolute links and images.</summary>
    public string Html { get; init; } = "";
    public IReadOnlyList<string> Images { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>What cleaning dropped, with the reason.</summary>
    public IReadOnlyList<RemovedBlock> Removed { get; init; } = [];
    /// <summary>Set when extraction failed (the exception's type and message): the text is then the page's visible text.</summary>
    public string? Error { get; init; }
}

/// <summary>A block that cleaning removed.</summary>
/// <param name="Kind">comments, related, share, newsletter, navigation, byline, tagline, ...</param>
/// <param name="Reason">The rule or score that removed it.</param>
/// <param name="Chars">Its size in characters of text.</param>
/// <param name="Preview">The start of its text.</param>
public sealed record RemovedBlock(string Kind, string Reason, int Chars, string? Preview = null);

public interface IContentExtractor
{
    /// <summary>Extracts the article from a page or a text. Never throws on bad markup.</summary>
    ExtractionResult Extract(ExtractionInput input, CancellationToken cancellationToken = default);
}
