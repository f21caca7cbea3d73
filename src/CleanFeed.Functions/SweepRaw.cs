using CleanFeed.Core.Configuration;
using CleanFeed.Core.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace CleanFeed.Functions;

/// <summary>Safety net for the polling blob trigger: nudges raw items it skipped (see RawSweepHandler).</summary>
public sealed class SweepRaw(RawSweepHandler handler)
{
    [Function(TriggerNames.SweepRaw)]
    public Task Run([TimerTrigger(TriggerNames.SweepSchedule)] TimerInfo timer, CancellationToken cancellationToken)
        => handler.SweepAsync(cancellationToken);
}
