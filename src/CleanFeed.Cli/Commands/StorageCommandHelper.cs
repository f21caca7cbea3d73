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
            await clients.EnsureCreatedAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await resolver.DisposeAsync().ConfigureAwait(false);
            throw new StorageUnreachableException($"Storage is unreachable ({Describe(resolver.ConnectionString)}): {FirstLine(e.Message)}", e);
        }
        return (resolver, clients);
    }

    private static string Describe(string connection)
    {
        // Name the endpoint, never the key.
        foreach (var part in connection.Split(';'))
            if (part.StartsWith("BlobEndpoint=", StringComparison.OrdinalIgnoreCase) || part.StartsWith("AccountName=", StringComparison.OrdinalIgnoreCase))
                return part;
        return connection.StartsWith("UseDevelopmentStorage", StringComparison.OrdinalIgnoreCase) ? "development storage" : "configured account";
    }

    private static string FirstLine(string s) => s.Split('\n', 2)[0].Trim();
}

public sealed class StorageUnreachableException(string message, Exception inner) : Exception(message, inner);
