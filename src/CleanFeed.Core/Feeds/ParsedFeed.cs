namespace CleanFeed.Core.Feeds;

/// <summary>A parsed feed: its own fields and its items, in document order.</summary>
public sealed record ParsedFeed
{
    public string? Title { get; init; }
    /// <summary>The feed's home page, absolute.</summary>
    public string? Link { get; init; }
    public string? Language { get; init; }
    /// <summary>"rss 0.91", "rss 0.92", "rss 1.0", "rss 2.0", "atom 1.0", "json 1.0", "json 1.1".</summary>
    public required string Format { get; init; }
    /// <summary>The charset the feed was decoded from.</summary>
    public string? Charset { get; init; }
    public IReadOnlyList<RawFeedItem> Items { get; init; } = [];
}

/// <summary>The feed could not be parsed: malformed XML or JSON, or not a feed at all.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException(string message, Exception? inner = null) : base(message, inner) { }
}
