using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CleanFeed.Core.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the feeds layer as singletons: <see cref="HttpFetcher"/> (settings from
    /// IOptions&lt;CleanFeedOptions&gt;), <see cref="FeedParser"/>, <see cref="FeedListReader"/> and
    /// <see cref="FeedFetcher"/>. Configure CleanFeedOptions separately.
    /// </summary>
    public static IServiceCollection AddCleanFeedFeeds(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton<HttpFetcher>();
        services.TryAddSingleton<FeedParser>();
        services.TryAddSingleton<FeedListReader>();
        services.TryAddSingleton<FeedFetcher>();
        return services;
    }
}
