namespace CleanFeed.Core.Feeds;

/// <summary>One entry of the feeds list.</summary>
public sealed record FeedDefinition
{
    public required string Url { get; init; }
    public string? Name { get; init; }
    /// <summary>Fetch each item's page; null means the FetchFullText setting.</summary>
    public bool? FullText { get; init; }
    public int? IntervalMinutes { get; init; }
    public SiteRules? Rules { get; init; }
}

/// <summary>Per-site CSS selectors, applied before the generic extraction rules.</summary>
public sealed record SiteRules
{
    /// <summary>Selectors of the article body; when one matches, only what it matches is kept.</summary>
    public IReadOnlyList<string> Keep { get; init; } = [];
    /// <summary>Selectors of blocks to drop.</summary>
    public IReadOnlyList<string> Remove { get; init; } = [];
}
