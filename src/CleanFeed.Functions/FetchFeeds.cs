using CleanFeed.Core.Configuration;
using CleanFeed.Core.Pipeline;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace CleanFeed.Functions;

/// <summary>Stage 1 on a timer: fetch the due feeds and write their new items to raw/.</summary>
public sealed class FetchFeeds(FetchFeedsHandler handler, ILogger<FetchFeeds> logger)
{
    [Function(TriggerNames.FetchFeeds)]
    public async Task Run([TimerTrigger(TriggerNames.FetchSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var summary = await handler.RunAsync(force: false, cancellationToken);
        logger.LogInformation("{Summary}", summary);
    }
}
