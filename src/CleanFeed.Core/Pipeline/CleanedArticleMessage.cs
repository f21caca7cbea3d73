using CleanFeed.Core.Articles;

namespace CleanFeed.Core.Pipeline;

/// <summary>
/// The message on articles-to-store. A queue message is at most 64 KiB (48 KiB of text once
/// base64-encoded), so a large article travels as a claim check: it is written to the cleaned/
/// container and the message names the blob.
/// </summary>
public sealed record CleanedArticleMessage
{
    public required string ArticleId { get; init; }
    public required string RawBlob { get; init; }
    /// <summary>cleaned/{articleId}.json when the article did not fit in the message.</summary>
    public string? CleanedBlob { get; init; }
    /// <summary>The article itself when it fits.</summary>
    public Article? Article { get; init; }

    /// <summary>Largest article JSON carried inline (bytes); base64 makes it 4/3 larger, still under 48 KiB.</summary>
    public const int InlineLimit = 30 * 1024;
}

/// <summary>The message on articles-published and on each subscriber's queue.</summary>
public sealed record ArticlePublishedMessage
{
    public required string Id { get; init; }
    /// <summary>created or updated.</summary>
    public required string Change { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public required string FeedUrl { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>The stored document: articles/{yyyy}/{MM}/{dd}/{id}.json.</summary>
    public required string Blob { get; init; }
    public required string ContentHash { get; init; }
}
