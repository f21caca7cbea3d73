using System.CommandLine;
using CleanFeed.Cli.Azurite;
using CleanFeed.Cli.Settings;
using CleanFeed.Core.Configuration;
using CleanFeed.Core.Storage;
using Microsoft.Extensions.Configuration;

namespace CleanFeed.Cli.Commands;

/// <summary>What every command that touches storage shares: the --storage option and reaching the account.</summary>
internal static class StorageCommandHelper
{
    public static Option<string?> StorageOption() => new("--storage")
    {
        Description = "Storage connection string (default: AzureWebJobsStorage from the environment or local.settings.json, else Azurite)",
    };

    /// <summary>Resolves the storage and checks that it answers; a clear error when it does not.</summary>
    public static async Task<(StorageResolver Resolver, StorageClients Clients)> ConnectAsync(string? storageOption, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var resolver = await StorageResolver.ResolveAsync(storageOption, configuration, Console.Error, cancellationToken).ConfigureAwait(false);
        var clients = new StorageClients(resolver.ConnectionString, CliSettings.Options(configuration).Storage);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await ProbeAsync(resolver.ConnectionString, timeout.Token).ConfigureAwait(false);
            await clients.EnsureCreatedAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await resolver.DisposeAsync().ConfigureAwait(false);
            throw new StorageUnreachableException($"Storage is unreachable ({Describe(resolver.ConnectionString)}): {FirstLine(e.Message)}", e);
        }
        return (resolver, clients);
    }

    /// <summary>
    /// Runs a command's work against the resolved storage: exit code 3 with a clear message when it
    /// cannot be reached, and an Azurite we started is stopped afterwards.
    /// </summary>
    public static async Task<int> WithStorageAsync(string? storageOption, Func<StorageClients, Task<int>> work, CancellationToken cancellationToken)
    {
        StorageResolver resolver;
        StorageClients clients;
        try
        {
            (resolver, clients) = await ConnectAsync(storageOption, CliSettings.Build(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StorageUnreachableException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 3;
        }
        await using (resolver)
            return await work(clients).ConfigureAwait(false);
    }

    /// <summary>One request without retries, so an unreachable account is reported in seconds, not after the SDK's backoff.</summary>
    private static async Task ProbeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var options = new Azure.Storage.Blobs.BlobClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        try
        {
            await new Azure.Storage.Blobs.BlobServiceClient(connectionString, options).GetBlobContainerClient("raw").ExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException e) when (e.Status != 0)
        {
            // It answered: reachable. Whatever is wrong (keys, permissions) surfaces on the next call with its own message.
        }
    }

    private static string Describe(string connection)
    {
        // Name the endpoint, never the key.
        var parts = connection.Split(';');
        foreach (var prefix in new[] { "BlobEndpoint=", "AccountName=" })
            foreach (var part in parts)
                if (part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    return part;
        return connection.StartsWith("UseDevelopmentStorage", StringComparison.OrdinalIgnoreCase) ? "development storage" : "configured account";
    }

    private static string FirstLine(string s) => s.Split('\n', 2)[0].Trim();
}

public sealed class StorageUnreachableException(string message, Exception inner) : Exception(message, inner);
