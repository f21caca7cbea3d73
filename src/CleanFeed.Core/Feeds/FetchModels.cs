using CleanFeed.Core.Configuration;

namespace CleanFeed.Core.Feeds;

/// <summary>What to fetch and how much of it.</summary>
public sealed record FetchRequest
{
    /// <summary>The Accept header for feeds.</summary>
    public const string FeedAccept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, " +
        "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";

    /// <summary>The Accept header for article pages.</summary>
    public const string PageAccept = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.5";

    /// <summary>Most bytes of (decompressed) body to accept; null means the fetcher's default (MaxFeedBytes).</summary>
    public long? MaxBytes { get; init; }

    /// <summary>The Accept header; null means */*.</summary>
    public string? Accept { get; init; }

    /// <summary>ETag of the copy we have, sent as If-None-Match.</summary>
    public string? ETag { get; init; }

    /// <summary>Last-Modified of the copy we have (the header value as received), sent as If-Modified-Since.</summary>
    public string? LastModified { get; init; }

    /// <summary>A feed request: feed Accept header, MaxFeedBytes, conditional headers.</summary>
    public static FetchRequest ForFeed(CleanFeedOptions options, string? etag = null, string? lastModified = null) =>
        new() { MaxBytes = options.MaxFeedBytes, Accept = FeedAccept, ETag = etag, LastModified = lastModified };

    /// <summary>An article page request: HTML Accept header, MaxPageBytes.</summary>
    public static FetchRequest ForPage(CleanFeedOptions options) =>
        new() { MaxBytes = options.MaxPageBytes, Accept = PageAccept };
}

/// <summary>
/// The outcome of a fetch. <see cref="Error"/> is null on success (2xx with a body, or 304 Not
/// Modified); otherwise it says what went wrong in words a user understands.
/// </summary>
public sealed record FetchResponse
{
    /// <summary>The final HTTP status; 0 when no response was received (network failure, blocked address, timeout before headers).</summary>
    public int Status { get; init; }

    /// <summary>True on 304 Not Modified: the copy we have is current, <see cref="Bytes"/> is empty.</summary>
    public bool NotModified { get; init; }

    /// <summary>The URL after redirects (the requested URL when there were none).</summary>
    public required Uri FinalUrl { get; init; }

    /// <summary>The media type of Content-Type, lower case, without parameters ("application/rss+xml").</summary>
    public string? ContentType { get; init; }

    /// <summary>The charset parameter of Content-Type, if any.</summary>
    public string? Charset { get; init; }

    /// <summary>The (decompressed) body; empty on errors and on 304.</summary>
    public byte[] Bytes { get; init; } = [];

    /// <summary>The response's ETag (on 304, the one we sent when the server repeats none).</summary>
    public string? ETag { get; init; }

    /// <summary>The response's Last-Modified header value.</summary>
    public string? LastModified { get; init; }

    /// <summary>How many redirects were followed.</summary>
    public int Redirects { get; init; }

    /// <summary>Null on success; a clear message otherwise ("HTTP 404 Not Found", "timed out after 30 s").</summary>
    public string? Error { get; init; }

    /// <summary>True when <see cref="Error"/> is null.</summary>
    public bool IsSuccess => Error is null;
}
