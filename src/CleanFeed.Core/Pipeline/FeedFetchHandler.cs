using CleanFeed.Core.Articles;
using CleanFeed.Core.Configuration;
using CleanFeed.Core.Feeds;
using CleanFeed.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanFeed.Core.Pipeline;

/// <summary>
/// Fetches one feed: conditional GET, parse, new items only, the article page of each, and one
/// raw/ blob per new item. The unit of fetching, so a queue-triggered fetcher can scale it out.
/// </summary>
public sealed class FeedFetchHandler(
    StorageClients storage,
    HttpFetcher fetcher,
    FeedParser parser,
    RawItemStore rawItems,
    SeenItemsStore seen,
    FeedStateStore states,
    IOptions<CleanFeedOptions> options,
    TimeProvider time,
    ILogger<FeedFetchHandler> logger)
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    private const string PageAccept = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(6);

    public async Task<FeedFetchResult> FetchAsync(FeedDefinition feed, CancellationToken cancellationToken = default)
    {
        try
        {
            return await FetchCoreAsync(feed, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Recorded with backoff like any other failure, so `feeds status` tells it and the feed is retried.
            logger.LogError(e, "Feed {Feed} failed unexpectedly", feed.Url);
            var feedKey = ArticleIdentity.FeedKey(feed.Url);
            var state = await states.GetAsync(feedKey, cancellationToken).ConfigureAwait(false) ?? new FeedState { RowKey = feedKey, Url = feed.Url };
            return await FailAsync(state, feed, e.Message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<FeedFetchResult> FetchCoreAsync(FeedDefinition feed, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var o = options.Value;
        var feedKey = ArticleIdentity.FeedKey(feed.Url);
        var state = await states.GetAsync(feedKey, cancellationToken).ConfigureAwait(false)
                    ?? new FeedState { RowKey = feedKey, Url = feed.Url };
        var now = time.GetUtcNow();
        state.Url = feed.Url;
        state.LastAttempt = now;

        if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var feedUri))
            return await FailAsync(state, feed, $"'{feed.Url}' is not an absolute URL", cancellationToken).ConfigureAwait(false);

        var response = await fetcher.GetAsync(feedUri, new FetchRequest
        {
            MaxBytes = o.MaxFeedBytes,
            Accept = FeedAccept,
            ETag = state.HttpETag,
            LastModified = state.HttpLastModified,
        }, cancellationToken).ConfigureAwait(false);

        if (response.Error is not null)
            return await FailAsync(state, feed, response.Error, cancellationToken).ConfigureAwait(false);

        if (response.NotModified)
        {
            state.LastStatus = "notModified";
            state.LastError = null;
            state.ConsecutiveFailures = 0;
            state.LastSuccess = now;
            state.NextAttempt = now + Interval(feed);
            await states.SaveAsync(state, cancellationToken).ConfigureAwait(false);
            return new FeedFetchResult(feed.Url, FeedFetchStatus.NotModified, 0, null);
        }

        ParsedFeed parsed;
        try
        {
            parsed = parser.Parse(response.Bytes, response.Charset, response.FinalUrl ?? feedUri);
        }
        catch (FeedParseException e)
        {
            return await FailAsync(state, feed, e.Message, cancellationToken).ConfigureAwait(false);
        }

        var feedInfo = new RawFeedInfo
        {
            Url = feed.Url,
            Key = feedKey,
            Title = feed.Name ?? parsed.Title,
            Link = parsed.Link,
            Language = parsed.Language,
            Format = parsed.Format,
            Rules = feed.Rules,
        };
        var fullText = feed.FullText ?? o.FetchFullText;

        var newIds = new System.Collections.Concurrent.ConcurrentBag<NewItem>();
        var items = parsed.Items.Take(o.MaxItemsPerFeed).ToList();
        // Pages are fetched a few at a time: enough to hide latency, few enough to be polite to one site.
        var itemErrors = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            try
            {
                await FetchItemAsync(item, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One item's fault (a storage blip, an odd page) must not cost the feed's other items.
                logger.LogWarning(e, "Item {Item} of {Feed} failed", item.Link ?? item.Id, feed.Url);
                itemErrors.Add(e.Message);
            }
        }).ConfigureAwait(false);

        async Task FetchItemAsync(RawFeedItem item, CancellationToken ct)
        {
            if (await seen.IsSeenAsync(feedKey, item.Key, ct).ConfigureAwait(false)) return;
            var page = fullText ? await FetchPageAsync(item.Link, ct).ConfigureAwait(false) : null;
            var blobName = ArticleIdentity.RawBlobName(feedKey, item.Key);
            var added = await rawItems.TryAddAsync(blobName, new RawItem
            {
                Feed = feedInfo,
                Item = item,
                Page = page,
                FetchedAt = time.GetUtcNow(),
            }, ct).ConfigureAwait(false);
            // Marked seen only once the raw blob exists, so a crash in between re-fetches rather than loses the item.
            await seen.MarkSeenAsync(feedKey, item.Key, blobName, ct).ConfigureAwait(false);
            if (added) newIds.Add(new NewItem($"{rawItems.ContainerName}/{blobName}", ArticleIdentity.ArticleId(feed.Url, item.Id)));
        }

        state.Title = feedInfo.Title;
        if (itemErrors.IsEmpty)
        {
            state.HttpETag = response.ETag;
            state.HttpLastModified = response.LastModified;
        }
        else
        {
            // Drop the validators so the next round fetches the feed in full and retries the failed items (not marked seen).
            state.HttpETag = null;
            state.HttpLastModified = null;
        }
        state.LastStatus = "fetched";
        state.LastError = itemErrors.IsEmpty ? null : $"{itemErrors.Count} item(s) failed: {itemErrors.First()}";
        state.ConsecutiveFailures = 0;
        state.LastSuccess = now;
        state.NextAttempt = now + Interval(feed);
        state.ItemsStored += newIds.Count;
        await states.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Fetched {Feed}: {Items} items, {New} new", feed.Url, items.Count, newIds.Count);
        return new FeedFetchResult(feed.Url, FeedFetchStatus.Fetched, newIds.Count, null) { NewItemsWritten = [.. newIds] };
    }

    /// <summary>Whether the feed is due: never fetched, or past its interval or its backoff.</summary>
    public async Task<bool> IsDueAsync(FeedDefinition feed, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var state = await states.GetAsync(ArticleIdentity.FeedKey(feed.Url), cancellationToken).ConfigureAwait(false);
        return state?.NextAttempt is null || state.NextAttempt <= time.GetUtcNow();
    }

    private async Task<RawPage?> FetchPageAsync(string? link, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        var r = await fetcher.GetAsync(uri, new FetchRequest { MaxBytes = options.Value.MaxPageBytes, Accept = PageAccept }, cancellationToken).ConfigureAwait(false);
        if (r.Error is not null)
            return new RawPage { Status = r.Status, FinalUrl = r.FinalUrl?.AbsoluteUri, ContentType = r.ContentType, Error = r.Error };
        var type = r.ContentType ?? "";
        var isHtml = type.Length == 0 || type.Contains("html", StringComparison.OrdinalIgnoreCase);
        if (!isHtml && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            return new RawPage { Status = r.Status, FinalUrl = r.FinalUrl?.AbsoluteUri, ContentType = r.ContentType, Error = $"not HTML ({type})" };
        // Pages decode exactly as `cleanfeed clean` and `eval` decode them, so the measured extraction is the pipeline's.
        string text, charset;
        if (isHtml)
        {
            text = Extraction.HtmlDecoding.Decode(r.Bytes, r.Charset, out var encoding);
            charset = encoding.WebName;
        }
        else
        {
            (text, charset) = TextDecoding.Decode(r.Bytes, r.Charset);
        }
        return new RawPage { Status = r.Status, FinalUrl = r.FinalUrl?.AbsoluteUri, ContentType = r.ContentType, Charset = charset, Body = text };
    }

    private async Task<FeedFetchResult> FailAsync(FeedState state, FeedDefinition feed, string error, CancellationToken cancellationToken)
    {
        state.LastStatus = "failed";
        state.LastError = error;
        state.ConsecutiveFailures++;
        // Exponential backoff from one minute, capped, so a dead feed costs little and a flaky one recovers fast.
        var backoff = TimeSpan.FromMinutes(Math.Min(Math.Pow(2, state.ConsecutiveFailures - 1), MaxBackoff.TotalMinutes));
        state.NextAttempt = time.GetUtcNow() + backoff;
        await states.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        logger.LogWarning("Feed {Feed} failed: {Error} (attempt {N}, next after {Next:u})", feed.Url, error, state.ConsecutiveFailures, state.NextAttempt);
        return new FeedFetchResult(feed.Url, FeedFetchStatus.Failed, 0, error);
    }

    private static TimeSpan Interval(FeedDefinition feed) => TimeSpan.FromMinutes(feed.IntervalMinutes ?? 0);
}

/// <param name="RawBlob">raw/{feedKey}/{itemKey}.json</param>
public sealed record NewItem(string RawBlob, string ArticleId);

public enum FeedFetchStatus { Fetched, NotModified, Failed, NotDue }

public sealed record FeedFetchResult(string FeedUrl, FeedFetchStatus Status, int NewItems, string? Error)
{
    /// <summary>The raw blobs written and the ids their articles will have, so a caller can wait for them.</summary>
    public IReadOnlyList<NewItem> NewItemsWritten { get; init; } = [];
}
