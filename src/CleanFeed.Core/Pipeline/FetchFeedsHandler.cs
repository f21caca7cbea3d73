using CleanFeed.Core.Configuration;
using CleanFeed.Core.Feeds;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanFeed.Core.Pipeline;

/// <summary>
/// Stage 1: reads the feeds list, decides which feeds are due, and fetches each through the
/// per-feed handler. A failing feed is recorded and the others go on.
/// </summary>
public sealed class FetchFeedsHandler(FeedListReader feedLists, FeedFetchHandler perFeed, IOptions<CleanFeedOptions> options, ILogger<FetchFeedsHandler> logger)
{
    /// <param name="force">Fetch every feed, due or not (one `run --once` round).</param>
    public async Task<FetchRoundSummary> RunAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        var path = options.Value.Feeds;
        if (string.IsNullOrWhiteSpace(path))
            throw new FeedListException("No feeds list: set the Feeds setting or pass --feeds FILE.");
        var feeds = await feedLists.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        return await RunAsync(feeds, force, cancellationToken).ConfigureAwait(false);
    }

    public async Task<FetchRoundSummary> RunAsync(IReadOnlyList<FeedDefinition> feeds, bool force, CancellationToken cancellationToken = default)
    {
        var results = new FeedFetchResult[feeds.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, feeds.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var feed = feeds[i];
            try
            {
                results[i] = force || await perFeed.IsDueAsync(feed, ct).ConfigureAwait(false)
                    ? await perFeed.FetchAsync(feed, ct).ConfigureAwait(false)
                    : new FeedFetchResult(feed.Url, FeedFetchStatus.NotDue, 0, null);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One feed's storage or parser fault must not stop the round.
                logger.LogError(e, "Feed {Feed} failed unexpectedly", feed.Url);
                results[i] = new FeedFetchResult(feed.Url, FeedFetchStatus.Failed, 0, e.Message);
            }
        }).ConfigureAwait(false);
        return new FetchRoundSummary(results);
    }
}

public sealed record FetchRoundSummary(IReadOnlyList<FeedFetchResult> Feeds)
{
    public int Fetched => Feeds.Count(f => f.Status == FeedFetchStatus.Fetched);
    public int NotModified => Feeds.Count(f => f.Status == FeedFetchStatus.NotModified);
    public int Failed => Feeds.Count(f => f.Status == FeedFetchStatus.Failed);
    public int NewItems => Feeds.Sum(f => f.NewItems);

    public override string ToString() => $"Fetch round: {Fetched} fetched, {NotModified} not modified, {Failed} failed, {NewItems} new items";
}
