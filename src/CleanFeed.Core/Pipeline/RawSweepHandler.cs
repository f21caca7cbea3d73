using CleanFeed.Core.Storage;
using Microsoft.Extensions.Logging;

namespace CleanFeed.Core.Pipeline;

/// <summary>
/// A safety net for the polling blob trigger: raw items that have waited a while without an article
/// are nudged so the trigger sees them again (its container scan can skip blobs when, as on Azurite,
/// there are no storage analytics logs). Bounded: a blob is nudged three times at most.
/// </summary>
public sealed class RawSweepHandler(RawItemStore rawItems, ArticleStore articles, ILogger<RawSweepHandler> logger)
{
    public static readonly TimeSpan MinAge = TimeSpan.FromMinutes(1);

    /// <returns>How many raw items were nudged.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var stored = (await articles.ListIdsAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var nudged = 0;
        foreach (var blob in await rawItems.ListUncleanedAsync(stored, MinAge, cancellationToken).ConfigureAwait(false))
            if (await rawItems.NudgeAsync(blob, cancellationToken: cancellationToken).ConfigureAwait(false)) nudged++;
        if (nudged > 0) logger.LogInformation("Nudged {Count} raw item(s) the blob trigger had not picked up", nudged);
        return nudged;
    }
}
