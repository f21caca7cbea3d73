using CleanFeed.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanFeed.Core.Feeds;

public enum FeedFetchStatus
{
    /// <summary>The feed was fetched and parsed; <see cref="FeedFetchResult.Feed"/> is set.</summary>
    Fetched,
    /// <summary>304: nothing changed since the ETag / Last-Modified we sent.</summary>
    NotModified,
    /// <summary>Fetching or parsing failed; <see cref="FeedFetchResult.Error"/> says why.</summary>
    Failed,
}

/// <summary>The outcome of fetching one feed.</summary>
public sealed record FeedFetchResult
{
    public required FeedFetchStatus Status { get; init; }
    /// <summary>The parsed feed when <see cref="Status"/> is Fetched (items capped at MaxItemsPerFeed, newest kept).</summary>
    public ParsedFeed? Feed { get; init; }
    /// <summary>The HTTP status (0 when no response was received).</summary>
    public int HttpStatus { get; init; }
    public required Uri FinalUrl { get; init; }
    /// <summary>Validators to store and send next time (conditional GET).</summary>
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    /// <summary>Null unless <see cref="Status"/> is Failed.</summary>
    public string? Error { get; init; }
}

/// <summary>
/// One feed, start to finish: conditional GET through <see cref="HttpFetcher"/> within
/// MaxFeedBytes, then <see cref="FeedParser"/>; and an item's article page within MaxPageBytes,
/// decoded as HTML. Neither method throws, except <see cref="OperationCanceledException"/> for the
/// caller's token: failures are in the results.
/// </summary>
public sealed class FeedFetcher
{
    readonly HttpFetcher _http;
    readonly FeedParser _parser;
    readonly CleanFeedOptions _options;
    readonly ILogger _logger;

    public FeedFetcher(HttpFetcher http, FeedParser parser, CleanFeedOptions options, ILogger? logger = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _parser = parser ?? throw new ArgumentNullException(nameof(parser));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>For dependency injection.</summary>
    public FeedFetcher(HttpFetcher http, FeedParser parser, IOptions<CleanFeedOptions> options, ILogger<FeedFetcher>? logger = null)
        : this(http, parser, options.Value, logger) { }

    /// <summary>Fetches and parses a feed; sends <paramref name="etag"/> / <paramref name="lastModified"/> for a conditional GET.</summary>
    public async Task<FeedFetchResult> FetchFeedAsync(Uri feedUrl, string? etag = null, string? lastModified = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var response = await _http.GetAsync(feedUrl, FetchRequest.ForFeed(_options, etag, lastModified), cancellationToken).ConfigureAwait(false);
        var result = new FeedFetchResult
        {
            Status = FeedFetchStatus.Failed, HttpStatus = response.Status, FinalUrl = response.FinalUrl,
            ETag = response.ETag, LastModified = response.LastModified, Error = response.Error,
        };
        if (response.Error is not null)
        {
            _logger.LogInformation("Feed {Url} failed: {Error}", feedUrl, response.Error);
            // Keep the validators we had: a failure says nothing about our copy.
            return result with { ETag = etag, LastModified = lastModified };
        }
        if (response.NotModified)
            return result with { Status = FeedFetchStatus.NotModified };

        try
        {
            var feed = _parser.Parse(response.Bytes, response.Charset, response.FinalUrl);
            return result with { Status = FeedFetchStatus.Fetched, Feed = Cap(feed, _options.MaxItemsPerFeed) };
        }
        catch (FeedParseException e)
        {
            _logger.LogInformation("Feed {Url} could not be parsed: {Error}", feedUrl, e.Message);
            return result with { Error = e.Message, ETag = etag, LastModified = lastModified };
        }
    }

    /// <summary>
    /// Fetches an article page within MaxPageBytes. The body is decoded (BOM, HTTP charset,
    /// &lt;meta charset&gt;, UTF-8, windows-1252) when the page is HTML, XHTML or plain text;
    /// otherwise <see cref="RawPage.Error"/> says what it was ("not HTML (application/pdf)").
    /// </summary>
    public async Task<RawPage> FetchPageAsync(Uri pageUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        var response = await _http.GetAsync(pageUrl, FetchRequest.ForPage(_options), cancellationToken).ConfigureAwait(false);
        var page = new RawPage
        {
            Status = response.Status, FinalUrl = response.FinalUrl.AbsoluteUri, ContentType = response.ContentType,
            Charset = response.Charset, Error = response.Error,
        };
        if (response.Error is not null)
            return page;
        if (response.Bytes.Length == 0)
            return page with { Error = "empty page" };
        if (!IsTextPage(response.ContentType, response.Bytes))
            return page with { Error = $"not HTML ({response.ContentType ?? "no content type"})" };

        var decoded = TextDecoding.Decode(response.Bytes, response.Charset, sniffHtmlMeta: true);
        return page with { Body = decoded.Text, Charset = decoded.Charset, ContentType = response.ContentType ?? "text/html" };
    }

    static bool IsTextPage(string? mediaType, byte[] body)
    {
        if (mediaType is "text/html" or "application/xhtml+xml" or "text/plain")
            return true;
        if (mediaType is null or "application/octet-stream" or "")
        {
            // No useful type: look at the start of the body.
            var head = System.Text.Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 512)).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
            return head.StartsWith('<') && head.Contains("html", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>At most <paramref name="max"/> items: the newest (undated ones count as oldest), in document order.</summary>
    internal static ParsedFeed Cap(ParsedFeed feed, int max)
    {
        if (max <= 0 || feed.Items.Count <= max)
            return feed;
        var keep = feed.Items
            .Select((item, index) => (item, index))
            .OrderByDescending(x => x.item.Published ?? x.item.Updated ?? DateTimeOffset.MinValue)
            .ThenBy(x => x.index)
            .Take(max)
            .OrderBy(x => x.index)
            .Select(x => x.item)
            .ToList();
        return feed with { Items = keep };
    }
}
