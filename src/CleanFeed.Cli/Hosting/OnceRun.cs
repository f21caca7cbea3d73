using System.Text.Json;
using Azure.Storage.Queues;
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
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(8);

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
        var fetch = await services.GetRequiredService<FetchFeedsHandler>().RunAsync(force: true, cancellationToken).ConfigureAwait(false);
        var items = fetch.Feeds.SelectMany(f => f.NewItemsWritten).ToList();
        var pending = items.Select(i => i.ArticleId).ToHashSet();
        var idByBlob = new Dictionary<string, string>();
        foreach (var i in items) idByBlob.TryAdd(i.RawBlob[(i.RawBlob.IndexOf('/') + 1)..], i.ArticleId);
        var poisoned = new HashSet<string>();
        var rawItems = services.GetRequiredService<RawItemStore>();
        var lastRemaining = -1;
        var lastProgress = DateTime.UtcNow;
        var stored = 0;
        var timedOut = false;
        var deadline = DateTime.UtcNow + timeout;

        while (true)
        {
            // One scan of the index's keys rather than a read per pending item: the emulator is
            // single-threaded, and polling it hard slows the very pipeline we are waiting for.
            if (pending.Count > 0)
            {
                foreach (var id in await articles.ListIdsAsync(cancellationToken).ConfigureAwait(false))
                    if (pending.Remove(id)) stored++;
            }
            // Only this round's items count as poisoned: older poison in the queues is not ours to wait for.
            foreach (var id in await PoisonedIdsAsync(blobPoison, storePoison, idByBlob, cancellationToken).ConfigureAwait(false))
                if (pending.Remove(id)) poisoned.Add(id);
            var queued = await CountAsync(toStore, cancellationToken).ConfigureAwait(false);
            if (pending.Count == 0 && queued == 0) break;
            if (pending.Count + queued != lastRemaining) { lastRemaining = pending.Count + queued; lastProgress = DateTime.UtcNow; }
            else if (DateTime.UtcNow - lastProgress > Quiet)
            {
                // Nothing moved for a while: the blob scan skipped some (see RawItemStore.NudgeAsync).
                foreach (var (blob, id) in idByBlob)
                    if (pending.Contains(id)) await rawItems.NudgeAsync(blob, cancellationToken: cancellationToken).ConfigureAwait(false);
                lastProgress = DateTime.UtcNow;
            }
            if (DateTime.UtcNow > deadline) { timedOut = true; break; }
            await Task.Delay(1000, cancellationToken).ConfigureAwait(false);
        }
        return new RunSummary(fetch, items.Count, stored, poisoned.Count, pending.Count, timedOut);
    }

    /// <summary>Article ids of this round named by the poison queues: the blob trigger's (by blob name) and the store stage's.</summary>
    private static async Task<IEnumerable<string>> PoisonedIdsAsync(QueueClient blobPoison, QueueClient storePoison, Dictionary<string, string> idByBlob, CancellationToken ct)
    {
        var ids = new List<string>();
        // Peek sees the first 32 messages of each queue; enough for one round's failures in practice.
        foreach (var m in (await blobPoison.PeekMessagesAsync(32, ct).ConfigureAwait(false)).Value)
            if (Property(m.Body.ToString(), "BlobName") is { } blob && idByBlob.TryGetValue(blob, out var id)) ids.Add(id);
        foreach (var m in (await storePoison.PeekMessagesAsync(32, ct).ConfigureAwait(false)).Value)
            if (Property(m.Body.ToString(), "articleId") is { } id) ids.Add(id);
        return ids;
    }

    private static string? Property(string json, string name)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<int> CountAsync(QueueClient queue, CancellationToken cancellationToken)
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
