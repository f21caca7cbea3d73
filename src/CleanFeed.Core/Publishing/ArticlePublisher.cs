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
    public async Task PublishAsync(Article article, StoreOutcome outcome, CancellationToken cancellationToken = default)
    {
        var message = JsonSerializer.Serialize(new ArticlePublishedMessage
        {
            Id = article.Id,
            Change = outcome.Result == StoreResult.Created ? "created" : "updated",
            Url = article.Url,
            Title = article.Title,
            FeedUrl = article.Feed.Url,
            Published = article.Published,
            Blob = $"{storage.Names.ArticlesContainer}/{outcome.BlobPath}",
            ContentHash = article.ContentHash,
        }, JsonDefaults.Options);

        await storage.Queue(storage.Names.PublishedQueue).SendMessageAsync(message, cancellationToken).ConfigureAwait(false);

        await foreach (var sub in storage.Table(storage.Names.SubscribersTable)
                           .QueryAsync<TableEntity>(e => e.PartitionKey == "queue", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var queue = storage.Queue(sub.RowKey);
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await queue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
        }
        logger.LogDebug("Published {ArticleId} ({Change})", article.Id, outcome.Result);
    }
}
