using CleanFeed.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace CleanFeed.Cli.Azurite;

/// <summary>
/// Where the storage is: --storage, else AzureWebJobsStorage from the environment or the settings
/// file, else an Azurite already answering on its default ports, else an Azurite we start (with its
/// data in .azurite/ of the checkout, so a later command sees the same data) and stop when done.
/// </summary>
public sealed class StorageResolver : IAsyncDisposable
{
    private AzuriteServer? _started;

    public string ConnectionString { get; private set; } = "";

    public static async Task<StorageResolver> ResolveAsync(string? storageOption, IConfiguration configuration, TextWriter log, CancellationToken cancellationToken)
    {
        var r = new StorageResolver();
        var configured = storageOption ?? configuration[TriggerNames.StorageConnection];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            r.ConnectionString = configured;
            return r;
        }
        var ports = AzuriteServer.DefaultPorts;
        var listening = 0;
        foreach (var port in ports)
            if (await AzuriteServer.IsListeningAsync(port).ConfigureAwait(false)) listening++;
        if (listening is > 0 and < 3)
            throw new InvalidOperationException(
                $"Only some of the Azurite ports {string.Join(", ", ports)} answer; start Azurite with blob, queue and table, or set AzureWebJobsStorage.");
        if (listening == 3)
        {
            r.ConnectionString = AzuriteServer.ConnectionStringFor(AzuriteServer.DefaultPorts[0], AzuriteServer.DefaultPorts[1], AzuriteServer.DefaultPorts[2]);
            return r;
        }
        var root = RepositoryRoot.Find();
        var data = root is null ? null : Path.Combine(root, ".azurite");
        r._started = await AzuriteServer.StartAsync(data, AzuriteServer.DefaultPorts, log, cancellationToken).ConfigureAwait(false);
        r.ConnectionString = r._started.ConnectionString;
        return r;
    }

    public ValueTask DisposeAsync() => _started?.DisposeAsync() ?? ValueTask.CompletedTask;
}
