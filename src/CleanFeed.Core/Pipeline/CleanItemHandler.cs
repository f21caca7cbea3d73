using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using CleanFeed.Core.Storage;
using Microsoft.Extensions.Logging;

namespace CleanFeed.Core.Pipeline;

/// <summary>
/// Stage 2: a raw item blob in, a CleanedArticleMessage out on articles-to-store. Running it twice
/// on the same blob sends the same article twice, which the store stage upserts by id.
/// </summary>
public sealed class CleanItemHandler(StorageClients storage, ItemCleaner cleaner, ILogger<CleanItemHandler> logger)
{
    /// <param name="blobName">The name below the raw container: {feedKey}/{itemKey}.json.</param>
    public async Task<CleanedArticleMessage> HandleAsync(string blobName, BinaryData content, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var raw = RawItemStore.Parse(content, blobName);
        var rawBlob = $"{storage.Names.RawContainer}/{blobName}";
        var article = cleaner.Clean(raw, rawBlob, cancellationToken);

        var json = JsonSerializer.Serialize(article, JsonDefaults.Options);
        CleanedArticleMessage message;
        if (Encoding.UTF8.GetByteCount(json) <= CleanedArticleMessage.InlineLimit)
        {
            message = new CleanedArticleMessage { ArticleId = article.Id, RawBlob = rawBlob, Article = article };
        }
        else
        {
            var name = $"{article.Id}.json";
            await storage.Container(storage.Names.CleanedContainer).GetBlobClient(name).UploadAsync(
                BinaryData.FromString(json),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
                cancellationToken).ConfigureAwait(false);
            message = new CleanedArticleMessage { ArticleId = article.Id, RawBlob = rawBlob, CleanedBlob = $"{storage.Names.CleanedContainer}/{name}" };
        }

        await storage.Queue(storage.Names.ToStoreQueue)
            .SendMessageAsync(JsonSerializer.Serialize(message, JsonDefaults.Options), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Cleaned {RawBlob} → {ArticleId} ({Words} words, removed {Removed} blocks)",
            rawBlob, article.Id, article.WordCount, article.Removed.Sum(r => r.Count));
        return message;
    }
}
