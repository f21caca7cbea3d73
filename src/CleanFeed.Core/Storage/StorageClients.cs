using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using CleanFeed.Core.Configuration;

namespace CleanFeed.Core.Storage;

/// <summary>
/// The storage account's clients, built from one connection string (Azurite or Azure).
/// Queue clients use base64 message encoding, as the queue trigger expects.
/// </summary>
public sealed class StorageClients
{
    private int _ensured;

    public StorageClients(string connectionString, StorageNames names)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new ArgumentException("A storage connection string is required (setting AzureWebJobsStorage).", nameof(connectionString));
        Names = names;
        Blobs = new BlobServiceClient(connectionString);
        Queues = new QueueServiceClient(connectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Tables = new TableServiceClient(connectionString);
    }

    public StorageNames Names { get; }
    public BlobServiceClient Blobs { get; }
    public QueueServiceClient Queues { get; }
    public TableServiceClient Tables { get; }

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);
    public TableClient Table(string name) => Tables.GetTableClient(name);

    /// <summary>Creates every container, queue and table the pipeline uses; safe to call repeatedly.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _ensured) == 1) return;
        var n = Names;
        var tasks = new List<Task>();
        foreach (var c in new[] { n.RawContainer, n.CleanedContainer, n.ArticlesContainer })
            tasks.Add(Container(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        foreach (var q in new[] { n.ToStoreQueue, n.ToStorePoisonQueue, n.PublishedQueue })
            tasks.Add(Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        foreach (var t in new[] { n.FeedStateTable, n.SeenItemsTable, n.ArticleIndexTable, n.SubscribersTable })
            tasks.Add(Table(t).CreateIfNotExistsAsync(cancellationToken));
        await Task.WhenAll(tasks).ConfigureAwait(false);
        Volatile.Write(ref _ensured, 1);
    }
}
