namespace CleanFeed.Core.Feeds;

/// <summary>
/// The envelope written to raw/{feedKey}/{itemKey}.json: the feed item as the feed gave it and,
/// when fetched, the article page. It is kept as is, so an item can be cleaned again later.
/// </summary>
public sealed record RawItem
{
    public int SchemaVersion { get; init; } = 1;
    public required RawFeedInfo Feed { get; init; }
    public required RawFeedItem Item { get; init; }
    /// <summary>The article page, or null when none was fetched.</summary>
    public RawPage? Page { get; init; }
    public DateTimeOffset FetchedAt { get; init; }
}

public sealed record RawFeedInfo
{
    public required string Url { get; init; }
    public required string Key { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Language { get; init; }
    /// <summary>rss, atom or json, with the version where known.</summary>
    public string? Format { get; init; }
    public SiteRules? Rules { get; init; }
}

public sealed record RawFeedItem
{
    /// <summary>The item's identity: guid / id, else link, else title and date.</summary>
    public required string Id { get; init; }
    public required string Key { get; init; }
    public string? Link { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Summary { get; init; }
    /// <summary>The item's full content (content:encoded, atom content, content_html/text).</summary>
    public string? Content { get; init; }
    /// <summary>"html" or "text".</summary>
    public string? ContentType { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? ImageUrl { get; init; }
}

public sealed record RawPage
{
    public int Status { get; init; }
    public string? FinalUrl { get; init; }
    public string? ContentType { get; init; }
    /// <summary>The charset the body was decoded from.</summary>
    public string? Charset { get; init; }
    /// <summary>The decoded body; null when the page could not be used.</summary>
    public string? Body { get; init; }
    /// <summary>Why the page could not be used (HTTP error, timeout, not HTML, too large).</summary>
    public string? Error { get; init; }
}
