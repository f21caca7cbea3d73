using System.Text.Json.Serialization;

namespace CleanFeed.Core.Articles;

/// <summary>
/// The public output: one JSON document per article (camelCase). Its schema is
/// article.schema.json beside this file; a change here is a versioned change (<see cref="PipelineInfo.Version"/>).
/// </summary>
public sealed record Article
{
    /// <summary>Stable, URL-safe, derived from the feed URL and the item's identity.</summary>
    public required string Id { get; init; }
    /// <summary>The canonical URL (the page's canonical link, else its final URL, else the item link).</summary>
    public string? Url { get; init; }
    /// <summary>The item's link as the feed gave it.</summary>
    public string? SourceUrl { get; init; }
    public required ArticleFeed Feed { get; init; }
    public string Title { get; init; } = "";
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Language { get; init; }
    public string Summary { get; init; } = "";
    public string Text { get; init; } = "";
    public string Html { get; init; } = "";
    public int WordCount { get; init; }
    public string ContentHash { get; init; } = "";
    public IReadOnlyList<string> Images { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<RemovedSummary> Removed { get; init; } = [];
    public string RawBlob { get; init; } = "";
    public DateTimeOffset CleanedAt { get; init; }
    public string PipelineVersion { get; init; } = PipelineInfo.Version;
}

public sealed record ArticleFeed(string Url, string? Title);

/// <summary>What cleaning dropped: its kind, how many blocks and characters.</summary>
public sealed record RemovedSummary(string Kind, int Count, int Chars);

public static class PipelineInfo
{
    /// <summary>Bumped when the Article document or the cleaning changes what it produces.</summary>
    public const string Version = "1.0.0";
}
