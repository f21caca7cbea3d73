using CleanFeed.Core.Configuration;
using CleanFeed.Core.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace CleanFeed.Functions;

/// <summary>Stage 3: store the cleaned article, upserted by id, and publish it.</summary>
public sealed class StoreArticle(StoreArticleHandler handler)
{
    [Function(TriggerNames.StoreArticle)]
    public Task Run([QueueTrigger(TriggerNames.ToStoreQueue)] string message, CancellationToken cancellationToken)
        => handler.HandleAsync(message, cancellationToken);
}
