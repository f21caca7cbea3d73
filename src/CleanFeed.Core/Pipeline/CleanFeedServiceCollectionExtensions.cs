using CleanFeed.Core.Configuration;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Feeds;
using CleanFeed.Core.Publishing;
using CleanFeed.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CleanFeed.Core.Pipeline;

public static class CleanFeedServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pipeline: fetching, extraction, storage and the three stage handlers. Both hosts
    /// call this, so they run the same code.
    /// </summary>
    /// <param name="storageConnection">Gives the storage connection string (setting AzureWebJobsStorage).</param>
    public static IServiceCollection AddCleanFeed(this IServiceCollection services, Func<IServiceProvider, string> storageConnection)
        => services.AddCleanFeedCore(sp => new StorageClients(storageConnection(sp), sp.GetRequiredService<IOptions<CleanFeedOptions>>().Value.Storage));

    /// <param name="storage">Builds the storage clients (connection string or identity-based).</param>
    public static IServiceCollection AddCleanFeedCore(this IServiceCollection services, Func<IServiceProvider, StorageClients> storage)
    {
        services.AddOptions<CleanFeedOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(storage);
        services.TryAddSingleton(sp => new HttpFetcher(sp.GetRequiredService<IOptions<CleanFeedOptions>>(), sp.GetService<Microsoft.Extensions.Logging.ILogger<HttpFetcher>>()));
        services.TryAddSingleton<FeedParser>();
        services.TryAddSingleton<FeedListReader>();
        services.TryAddSingleton<IContentExtractor>(_ => new ContentExtractor());
        services.TryAddSingleton<RawItemStore>();
        services.TryAddSingleton<SeenItemsStore>();
        services.TryAddSingleton<FeedStateStore>();
        services.TryAddSingleton<ArticleStore>();
        services.TryAddSingleton<ArticlePublisher>();
        services.TryAddSingleton<SubscriptionFeeds>();
        services.TryAddSingleton<ItemCleaner>();
        services.TryAddSingleton<FeedFetchHandler>();
        services.TryAddSingleton<FetchFeedsHandler>();
        services.TryAddSingleton<CleanItemHandler>();
        services.TryAddSingleton<StoreArticleHandler>();
        services.TryAddSingleton<RawSweepHandler>();
        return services;
    }
}
