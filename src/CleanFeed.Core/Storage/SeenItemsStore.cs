using Azure;
using Azure.Data.Tables;

namespace CleanFeed.Core.Storage;

/// <summary>The SeenItems table: which items of a feed were already written to raw/.</summary>
public sealed class SeenItemsStore(StorageClients storage)
{
    private TableClient Table => storage.Table(storage.Names.SeenItemsTable);

    public async Task<bool> IsSeenAsync(string feedKey, string itemKey, CancellationToken cancellationToken = default)
    {
        var r = await Table.GetEntityIfExistsAsync<TableEntity>(feedKey, itemKey, select: ["PartitionKey"], cancellationToken).ConfigureAwait(false);
        return r.HasValue;
    }

    public Task MarkSeenAsync(string feedKey, string itemKey, string rawBlob, CancellationToken cancellationToken = default)
        => Table.UpsertEntityAsync(new TableEntity(feedKey, itemKey) { ["RawBlob"] = rawBlob, ["SeenAt"] = DateTimeOffset.UtcNow },
            TableUpdateMode.Replace, cancellationToken);
}
