using System.Text.Json;
using Azure.Data.Tables;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Pipeline;
using CleanFeed.Core.Storage;
using Microsoft.Extensions.Logging;

namespace CleanFeed.Core.Publishing;

/// <summary>
/// Push side of subscribing: a small message per stored article on articles-published and on the
/// queue of each subscriber registered in the Subscribers table (PartitionKey "queue", RowKey the queue name).
/// </summary>
public sealed class ArticlePublisher(StorageClients storage, ILogger<ArticlePublisher> logger)
{
    /// <summary>Storage queue names: 3-63 characters, lower-case letters, digits and single hyphens.</summary>
    public static bool IsValidQueueName(string name)
        => name.Length is >= 3 and <= 63 && name[0] != '-' && name[^1] != '-' && !name.Contains("--")
           && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    public async Task PublishAsync(Article article, StoreOutcome outcome, CancellationToken cancellationToken = default)
    {
        var message = JsonSerializer.Serialize(new ArticlePublishedMessage
        {
            Id = article.Id,
            Change = outcome.IsNew ? "created" : "updated",
            Url = article.Url,
            Title = article.Title,
            FeedUrl = article.Feed.Url,
            Published = article.Published,
            Blob = $"{storage.Names.ArticlesContainer}/{outcome.BlobPath}",
            ContentHash = article.ContentHash,
        }, JsonDefaults.Options);

        await storage.Queue(storage.Names.PublishedQueue).SendMessageAsync(message, cancellationToken).ConfigureAwait(false);

        // Each subscriber on its own: one failing queue must not starve the ones after it. A
        // misconfigured name is skipped with a warning; other failures are raised after all were tried.
        var failures = new List<Exception>();
        await foreach (var sub in storage.Table(storage.Names.SubscribersTable)
                           .QueryAsync<TableEntity>(e => e.PartitionKey == "queue", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!IsValidQueueName(sub.RowKey))
            {
                logger.LogWarning("Subscriber queue name '{Queue}' is not a valid queue name; skipped", sub.RowKey);
                continue;
            }
            try
            {
                var queue = storage.Queue(sub.RowKey);
                await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                await queue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (Azure.RequestFailedException e)
            {
                logger.LogWarning(e, "Publishing {ArticleId} to subscriber queue {Queue} failed", article.Id, sub.RowKey);
                failures.Add(e);
            }
        }
        if (failures.Count > 0)
            throw new AggregateException($"publishing {article.Id} failed for {failures.Count} subscriber queue(s)", failures);
        logger.LogDebug("Published {ArticleId} ({Change})", article.Id, outcome.Result);
    }
}
