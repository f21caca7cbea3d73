using CleanFeed.Core.Configuration;
using CleanFeed.Core.Pipeline;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;

namespace CleanFeed.Cli.Hosting;

// The three stages as WebJobs SDK functions: the same names, trigger paths and schedule as the
// Functions app (both bind to TriggerNames; a test compares them), over the same Core handlers.

public sealed class FetchFeedsJob(FetchFeedsHandler handler, ILogger<FetchFeedsJob> logger)
{
    [FunctionName(TriggerNames.FetchFeeds)]
    public async Task Run([TimerTrigger(TriggerNames.FetchSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var summary = await handler.RunAsync(force: false, cancellationToken);
        logger.LogInformation("{Summary}", summary);
    }
}

public sealed class CleanItemJob(CleanItemHandler handler)
{
    [FunctionName(TriggerNames.CleanItem)]
    public Task Run([BlobTrigger(TriggerNames.RawBlobPath)] byte[] content, string name, CancellationToken cancellationToken)
        => handler.HandleAsync(name, BinaryData.FromBytes(content), cancellationToken);
}

public sealed class StoreArticleJob(StoreArticleHandler handler)
{
    [FunctionName(TriggerNames.StoreArticle)]
    public Task Run([QueueTrigger(TriggerNames.ToStoreQueue)] string message, CancellationToken cancellationToken)
        => handler.HandleAsync(message, cancellationToken);
}

public sealed class SweepRawJob(RawSweepHandler handler)
{
    [FunctionName(TriggerNames.SweepRaw)]
    public Task Run([TimerTrigger(TriggerNames.SweepSchedule)] TimerInfo timer, CancellationToken cancellationToken)
        => handler.SweepAsync(cancellationToken);
}
