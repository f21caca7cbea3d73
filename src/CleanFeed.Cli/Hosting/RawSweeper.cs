using CleanFeed.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CleanFeed.Cli.Hosting;

/// <summary>
/// While `cleanfeed run` runs: every minute, raw items that have waited over a minute without an
/// article are nudged so the blob trigger sees them (its container scan can skip blobs when, as on
/// Azurite, there are no storage analytics logs). Bounded: a blob is nudged three times at most.
/// </summary>
public sealed class RawSweeper(RawItemStore rawItems, ArticleStore articles, ILogger<RawSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, stoppingToken).ConfigureAwait(false);
                var stored = (await articles.ListIdsAsync(stoppingToken).ConfigureAwait(false)).ToHashSet();
                var nudged = 0;
                foreach (var blob in await rawItems.ListUncleanedAsync(stored, Interval, stoppingToken).ConfigureAwait(false))
                    if (await rawItems.NudgeAsync(blob, cancellationToken: stoppingToken).ConfigureAwait(false)) nudged++;
                if (nudged > 0) logger.LogInformation("Nudged {Count} raw item(s) the blob scan had not picked up", nudged);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Sweeping raw items failed; trying again in a minute");
            }
        }
    }
}
