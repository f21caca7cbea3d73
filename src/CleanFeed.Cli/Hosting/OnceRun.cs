using CleanFeed.Core.Configuration;
using CleanFeed.Core.Pipeline;
using CleanFeed.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CleanFeed.Cli.Hosting;

/// <summary>
/// `run --once`: one fetch round through the started host, then wait until every new raw item
/// has been cleaned and stored (or poisoned) and the store queue is drained.
/// </summary>
public static class OnceRun
{
    public static async Task<RunSummary> RunAsync(WebJobsPipelineHost host, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var services = host.Services;
        var storage = services.GetRequiredService<StorageClients>();
        var articles = services.GetRequiredService<ArticleStore>();
        var names = storage.Names;
        var blobPoison = storage.Queue(TriggerNames.BlobPoisonQueue);
        await blobPoison.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var storePoison = storage.Queue(names.ToStorePoisonQueue);
        var toStore = storage.Queue(names.ToStoreQueue);
        var poisonBefore = await CountAsync(blobPoison, cancellationToken) + await CountAsync(storePoison, cancellationToken);

        var fetch = await services.GetRequiredService<FetchFeedsHandler>().RunAsync(force: true, cancellationToken).ConfigureAwait(false);
        var pending = fetch.Feeds.SelectMany(f => f.NewArticleIds).ToHashSet();
        var expected = pending.Count;
        var stored = 0;
        var poison = 0;
        var timedOut = false;
        var deadline = DateTime.UtcNow + timeout;

        while (true)
        {
            foreach (var id in pending.ToList())
            {
                if (await articles.FindAsync(id, cancellationToken).ConfigureAwait(false) is not null)
                {
                    pending.Remove(id);
                    stored++;
                }
            }
            poison = await CountAsync(blobPoison, cancellationToken) + await CountAsync(storePoison, cancellationToken) - poisonBefore;
            var queued = await CountAsync(toStore, cancellationToken).ConfigureAwait(false);
            if (pending.Count <= poison && queued == 0) break;
            if (DateTime.UtcNow > deadline) { timedOut = true; break; }
            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }
        return new RunSummary(fetch, expected, stored, Math.Max(poison, 0), pending.Count, timedOut);
    }

    private static async Task<int> CountAsync(Azure.Storage.Queues.QueueClient queue, CancellationToken cancellationToken)
    {
        var props = await queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
        return props.Value.ApproximateMessagesCount;
    }
}

public sealed record RunSummary(FetchRoundSummary Fetch, int ItemsNew, int ArticlesStored, int Poison, int Pending, bool TimedOut)
{
    public void Print(TextWriter o)
    {
        o.WriteLine($"Feeds: {Fetch.Feeds.Count} ({Fetch.Fetched} fetched, {Fetch.NotModified} not modified, {Fetch.Failed} failed)");
        foreach (var f in Fetch.Feeds)
        {
            var status = f.Status switch
            {
                FeedFetchStatus.Fetched => $"fetched, {f.NewItems} new",
                FeedFetchStatus.NotModified => "not modified",
                FeedFetchStatus.NotDue => "not due",
                _ => "FAILED: " + f.Error,
            };
            o.WriteLine($"  {f.FeedUrl}: {status}");
        }
        o.WriteLine($"Items new: {ItemsNew}");
        o.WriteLine($"Articles stored: {ArticlesStored}");
        o.WriteLine($"Poison: {Poison}");
        if (TimedOut) o.WriteLine($"Timed out waiting for {Pending} item(s) to be cleaned and stored; they stay in raw/ and will be processed by the next run.");
    }
}
