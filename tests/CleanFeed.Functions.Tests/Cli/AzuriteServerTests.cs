using CleanFeed.Cli.Azurite;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Configuration;
using CleanFeed.Core.Storage;

namespace CleanFeed.Functions.Tests.Cli;

/// <summary>The Azurite that `cleanfeed` starts by itself keeps its data between commands.</summary>
public class AzuriteServerTests
{
    [Fact]
    public void The_ports_picked_for_azurites_three_services_are_distinct_and_free()
    {
        // picked one by one, the system could hand out the same port twice, and Azurite then failed to start
        var ports = AzuriteServer.FreePorts(30);
        Assert.Equal(ports.Length, ports.Distinct().Count());
        foreach (var port in ports)
        {
            var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            l.Start();
            l.Stop();
        }
    }

    [Fact]
    public async Task Data_written_through_one_started_azurite_is_there_for_the_next_one_on_the_same_folder()
    {
        var folder = Directory.CreateTempSubdirectory("cleanfeed-azurite-").FullName;
        var article = new Article
        {
            Id = "persisted000000000000001",
            Feed = new ArticleFeed("https://s.example/feed", "S"),
            Title = "Kept",
            Text = "Kept across restarts.",
            ContentHash = "sha256:" + ArticleIdentity.Hash("Kept across restarts."),
            CleanedAt = DateTimeOffset.UtcNow,
        };

        await using (var first = await AzuriteServer.StartAsync(folder))
        {
            var clients = new StorageClients(first.ConnectionString, new StorageNames());
            await clients.EnsureCreatedAsync();
            await new ArticleStore(clients).UpsertAsync(article);
        }

        await using var second = await AzuriteServer.StartAsync(folder);
        var store = new ArticleStore(new StorageClients(second.ConnectionString, new StorageNames()));
        var entry = await store.FindAsync(article.Id);
        Assert.NotNull(entry);
        Assert.Equal("Kept across restarts.", (await store.ReadAsync(entry!.BlobPath))!.Text);
    }
}
