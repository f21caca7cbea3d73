using CleanFeed.Core.Configuration;
using CleanFeed.Core.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace CleanFeed.Functions;

/// <summary>
/// Stage 2: clean each raw item. Two entry points over one handler — the polling blob source for
/// Azurite and non-Flex plans, the Event Grid source for Flex Consumption. Exactly one is enabled
/// per environment through AzureWebJobs.&lt;Name&gt;.Disabled.
/// </summary>
public sealed class CleanItem(CleanItemHandler handler)
{
    [Function(TriggerNames.CleanItem)]
    public Task Run(
        [BlobTrigger(TriggerNames.RawBlobPath, Source = BlobTriggerSource.LogsAndContainerScan)] byte[] content,
        string name,
        CancellationToken cancellationToken)
        => handler.HandleAsync(name, BinaryData.FromBytes(content), cancellationToken);

    [Function(TriggerNames.CleanItemEventGrid)]
    public Task RunFromEventGrid(
        [BlobTrigger(TriggerNames.RawBlobPath, Source = BlobTriggerSource.EventGrid)] byte[] content,
        string name,
        CancellationToken cancellationToken)
        => handler.HandleAsync(name, BinaryData.FromBytes(content), cancellationToken);
}
