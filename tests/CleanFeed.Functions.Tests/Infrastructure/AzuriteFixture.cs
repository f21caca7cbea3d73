using CleanFeed.Cli.Azurite;
using CleanFeed.Core.Configuration;
using CleanFeed.Core.Storage;

namespace CleanFeed.Functions.Tests.Infrastructure;

/// <summary>
/// A real Azurite for one test class: the repository's pinned one (npm ci on first use), in memory,
/// on free ports, stopped when the class is done. Each class gets its own, so no state leaks between them.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public string ConnectionString => _server?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started");

    public StorageClients Clients() => new(ConnectionString, new StorageNames());

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
