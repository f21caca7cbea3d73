using CleanFeed.Cli.Hosting;
using CleanFeed.Core.Configuration;
using CleanFeed.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CleanFeed.Functions.Tests.Hosting;

/// <summary>Every function class of both hosts can be built from the services AddCleanFeed registers.</summary>
public class CompositionTests
{
    [Theory]
    [InlineData(typeof(FetchFeeds))]
    [InlineData(typeof(CleanItem))]
    [InlineData(typeof(StoreArticle))]
    [InlineData(typeof(ArticlesFeed))]
    [InlineData(typeof(FetchFeedsJob))]
    [InlineData(typeof(CleanItemJob))]
    [InlineData(typeof(StoreArticleJob))]
    [InlineData(typeof(SweepRaw))]
    [InlineData(typeof(SweepRawJob))]
    public void The_function_class_resolves(Type function)
    {
        var services = new ServiceCollection().AddLogging();
        services.Configure<CleanFeedOptions>(o => o.Feeds = "feeds.opml");
        services.AddCleanFeed(_ => "UseDevelopmentStorage=true");
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(ActivatorUtilities.CreateInstance(provider, function));
    }
}
