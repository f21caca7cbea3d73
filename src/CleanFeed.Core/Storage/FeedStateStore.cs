using Azure;
using Azure.Data.Tables;

namespace CleanFeed.Core.Storage;

/// <summary>Per-feed fetch state in the FeedState table: validators, last result, backoff.</summary>
public sealed class FeedStateStore(StorageClients storage)
{
    private const string Partition = "feed";

    private TableClient Table => storage.Table(storage.Names.FeedStateTable);

    public async Task<FeedState?> GetAsync(string feedKey, CancellationToken cancellationToken = default)
    {
        var r = await Table.GetEntityIfExistsAsync<FeedState>(Partition, feedKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return r.HasValue ? r.Value : null;
    }

    public async Task SaveAsync(FeedState state, CancellationToken cancellationToken = default)
    {
        state.PartitionKey = Partition;
        await Table.UpsertEntityAsync(state, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<FeedState>();
        await foreach (var s in Table.QueryAsync<FeedState>(x => x.PartitionKey == Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
            list.Add(s);
        return list;
    }
}

public sealed class FeedState : ITableEntity
{
    public string PartitionKey { get; set; } = "feed";
    /// <summary>The feed key.</summary>
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Url { get; set; } = "";
    public string? Title { get; set; }
    public string? HttpETag { get; set; }
    public string? HttpLastModified { get; set; }
    public DateTimeOffset? LastAttempt { get; set; }
    public DateTimeOffset? LastSuccess { get; set; }
    public DateTimeOffset? NextAttempt { get; set; }
    /// <summary>fetched, notModified or failed.</summary>
    public string? LastStatus { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public int ItemsStored { get; set; }
}
