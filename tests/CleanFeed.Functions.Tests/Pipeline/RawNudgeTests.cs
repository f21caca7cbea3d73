using CleanFeed.Core.Articles;
using CleanFeed.Core.Feeds;
using CleanFeed.Core.Storage;
using CleanFeed.Functions.Tests.Infrastructure;

namespace CleanFeed.Functions.Tests.Pipeline;

/// <summary>Raw items the blob scan skipped are found by their article id and touched, a bounded number of times.</summary>
public class RawNudgeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Uncleaned_raw_items_are_listed_and_nudged_at_most_three_times()
    {
        var clients = azurite.Clients();
        await clients.EnsureCreatedAsync();
        var raw = new RawItemStore(clients);
        RawItem Item(string id) => new()
        {
            Feed = new RawFeedInfo { Url = "https://n.example/feed", Key = "n" },
            Item = new RawFeedItem { Id = id, Key = id },
        };
        await raw.TryAddAsync("n/cleaned.json", Item("cleaned"));
        await raw.TryAddAsync("n/waiting.json", Item("waiting"));
        var stored = new HashSet<string> { ArticleIdentity.ArticleId("https://n.example/feed", "cleaned") };

        var uncleaned = await raw.ListUncleanedAsync(stored, TimeSpan.Zero);
        Assert.Equal(["n/waiting.json"], uncleaned);

        var blob = clients.Container("raw").GetBlobClient("n/waiting.json");
        var etag = (await blob.GetPropertiesAsync()).Value.ETag;
        Assert.True(await raw.NudgeAsync("n/waiting.json"));
        Assert.NotEqual(etag, (await blob.GetPropertiesAsync()).Value.ETag);
        Assert.True(await raw.NudgeAsync("n/waiting.json"));
        Assert.True(await raw.NudgeAsync("n/waiting.json"));
        Assert.False(await raw.NudgeAsync("n/waiting.json"));
        Assert.False(await raw.NudgeAsync("n/missing.json"));
        // The item itself is untouched.
        Assert.Equal("waiting", (await raw.ReadAsync("n/waiting.json")).Item.Id);
    }
}
