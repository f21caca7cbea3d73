using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using CleanFeed.Core.Configuration;
using Microsoft.Extensions.Configuration;

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

    /// <summary>Identity-based access (managed identity in Azure): no keys in settings.</summary>
    public StorageClients(Uri blobServiceUri, Uri queueServiceUri, Uri tableServiceUri, TokenCredential credential, StorageNames names)
    {
        Names = names;
        Blobs = new BlobServiceClient(blobServiceUri, credential);
        Queues = new QueueServiceClient(queueServiceUri, credential, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Tables = new TableServiceClient(tableServiceUri, credential);
    }

    /// <summary>
    /// Reads the connection as the Functions host does: <c>AzureWebJobsStorage</c> as a connection
    /// string, or the identity-based form <c>AzureWebJobsStorage__accountName</c> (or
    /// <c>__blobServiceUri</c>, <c>__queueServiceUri</c>, <c>__tableServiceUri</c>) with
    /// <c>__credential=managedidentity</c> and <c>__clientId</c> for a user-assigned identity.
    /// </summary>
    public static StorageClients FromConfiguration(IConfiguration configuration, StorageNames names, string name = TriggerNames.StorageConnection)
    {
        var connectionString = configuration[name];
        if (!string.IsNullOrWhiteSpace(connectionString)) return new StorageClients(connectionString, names);

        var section = configuration.GetSection(name);
        var account = section["accountName"];
        Uri? Endpoint(string key, string service) =>
            Uri.TryCreate(section[key], UriKind.Absolute, out var u) ? u
            : account is null ? null : new Uri($"https://{account}.{service}.core.windows.net");
        var blob = Endpoint("blobServiceUri", "blob");
        var queue = Endpoint("queueServiceUri", "queue");
        var table = Endpoint("tableServiceUri", "table");
        if (blob is null || queue is null || table is null)
            throw new InvalidOperationException(
                $"The {name} setting is missing: set a connection string, or {name}__accountName (or __blobServiceUri, __queueServiceUri and __tableServiceUri) for identity-based access.");

        var clientId = section["clientId"];
        TokenCredential credential = string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
        return new StorageClients(blob, queue, table, credential, names);
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
