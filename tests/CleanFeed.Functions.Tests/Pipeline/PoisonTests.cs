using CleanFeed.Cli.Commands;
using CleanFeed.Cli.Hosting;
using CleanFeed.Cli.Settings;
using CleanFeed.Core.Configuration;
using CleanFeed.Functions.Tests.Infrastructure;

namespace CleanFeed.Functions.Tests.Pipeline;

/// <summary>Nothing is lost: what keeps failing ends in a poison queue, and `replay` re-drives it.</summary>
public class PoisonTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    // Fast retries so the test does not wait out host.json's production visibility timeout.
    private static readonly HostJsonOptions FastRetries = new()
    {
        QueueMaxDequeueCount = 2,
        QueueVisibilityTimeout = TimeSpan.Zero,
        QueueMaxPollingInterval = TimeSpan.FromMilliseconds(500),
        BlobPoisonThreshold = 2,
    };

    [Fact]
    public async Task A_bad_store_message_and_a_bad_raw_blob_end_in_poison_queues_and_replay_re_drives_them()
    {
        var clients = azurite.Clients();
        await clients.EnsureCreatedAsync();
        var settings = CliSettings.Build(directory: Path.GetTempPath());
        await using (var host = WebJobsPipelineHost.Create(settings, azurite.ConnectionString, withTimer: false, hostJson: FastRetries))
        {
            await host.StartAsync(CancellationToken.None);
            await clients.Queue("articles-to-store").SendMessageAsync("{ this is not a cleaned article");
            await clients.Container("raw").GetBlobClient("bad-feed/bad-item.json").UploadAsync(BinaryData.FromString("<not json>"));

            await WaitForAsync(async () => await CountAsync(clients.Queue("articles-to-store-poison")) == 1, "store poison");
            await WaitForAsync(async () => await CountAsync(clients.Queue(TriggerNames.BlobPoisonQueue)) == 1, "blob poison");
        }

        // The poisoned message keeps its text, so it can be re-driven after a fix.
        var poisoned = (await clients.Queue("articles-to-store-poison").PeekMessageAsync()).Value;
        Assert.Equal("{ this is not a cleaned article", poisoned.Body.ToString());

        var (messages, blobs) = await ReplayCommand.ReplayAsync(clients, CancellationToken.None);

        Assert.Equal(1, messages);
        Assert.Equal(1, blobs);
        Assert.Equal(0, await CountAsync(clients.Queue("articles-to-store-poison")));
        Assert.Equal(0, await CountAsync(clients.Queue(TriggerNames.BlobPoisonQueue)));
        var back = (await clients.Queue("articles-to-store").PeekMessageAsync()).Value;
        Assert.Equal("{ this is not a cleaned article", back.Body.ToString());
        Assert.True(await clients.Container("raw").GetBlobClient("bad-feed/bad-item.json").ExistsAsync());
    }

    private static async Task<int> CountAsync(Azure.Storage.Queues.QueueClient q)
    {
        await q.CreateIfNotExistsAsync();
        return (await q.GetPropertiesAsync()).Value.ApproximateMessagesCount;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what} did not happen within 90 s");
            await Task.Delay(250);
        }
    }
}
