using System.Text.Json;
using CleanFeed.Cli.Demo;
using CleanFeed.Functions.Tests.Infrastructure;

namespace CleanFeed.Functions.Tests.Cli;

/// <summary>`cleanfeed run --once` and `cleanfeed articles` as a user runs them: a separate process, exit codes, printed summary.</summary>
public class RunCommandTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Run_once_on_loopback_feeds_prints_a_summary_and_articles_lists_what_was_stored_once_even_after_a_second_run()
    {
        // No settings at all: the command line allows your own network by default.
        await using var server = SampleServer.Start(SampleExpectation.SamplesFolder);
        var feeds = Path.Combine(Directory.CreateTempSubdirectory("cleanfeed-run-").FullName, "feeds.opml");
        await File.WriteAllBytesAsync(feeds, server.Read("feeds.opml")!);

        var first = await CleanFeedProcess.RunAsync(["run", "--feeds", feeds, "--once", "--storage", azurite.ConnectionString]);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Contains("Feeds: 4 (3 fetched, 0 not modified, 1 failed)", first.Output);
        Assert.Contains("broken.rss: FAILED: ", first.Output);
        Assert.Contains("Items new: 5", first.Output);
        Assert.Contains("Articles stored: 5", first.Output);
        Assert.Contains("Poison: 0", first.Output);

        var second = await CleanFeedProcess.RunAsync(["run", "--feeds", feeds, "--once", "--storage", azurite.ConnectionString]);
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.Contains("Items new: 0", second.Output);

        var listed = await CleanFeedProcess.RunAsync(["articles", "--format", "jsonl", "--storage", azurite.ConnectionString]);
        Assert.Equal(0, listed.ExitCode);
        var lines = listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(5, ids.Count);
    }

    [Fact]
    public async Task Private_addresses_are_refused_when_AllowPrivateNetworks_is_false_and_the_error_is_reported_per_feed()
    {
        await using var server = SampleServer.Start(SampleExpectation.SamplesFolder);
        var feeds = Path.Combine(Directory.CreateTempSubdirectory("cleanfeed-run-").FullName, "feeds.json");
        await File.WriteAllTextAsync(feeds, JsonSerializer.Serialize(new { feeds = new[] { new { url = server.BaseUrl + "/feeds/world.rss" } } }));

        var run = await CleanFeedProcess.RunAsync(["run", "--feeds", feeds, "--once", "--storage", azurite.ConnectionString],
            new Dictionary<string, string> { ["AllowPrivateNetworks"] = "false" });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("world.rss: FAILED: ", run.Output);
        Assert.Contains("AllowPrivateNetworks", run.Output);
        Assert.Contains("Items new: 0", run.Output);
    }

    [Fact]
    public async Task An_unreadable_feeds_list_exits_non_zero_with_a_clear_error()
    {
        var missing = await CleanFeedProcess.RunAsync(["run", "--feeds", "/nonexistent/feeds.opml", "--once", "--storage", azurite.ConnectionString]);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("/nonexistent/feeds.opml", missing.Error);

        var garbage = Path.Combine(Directory.CreateTempSubdirectory("cleanfeed-run-").FullName, "feeds.json");
        await File.WriteAllTextAsync(garbage, "{ this is not json");
        var bad = await CleanFeedProcess.RunAsync(["run", "--feeds", garbage, "--once", "--storage", azurite.ConnectionString]);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("error:", bad.Error);
    }

    [Fact]
    public async Task Unreachable_storage_exits_non_zero_and_says_so()
    {
        var feeds = Path.Combine(Directory.CreateTempSubdirectory("cleanfeed-run-").FullName, "feeds.json");
        await File.WriteAllTextAsync(feeds, """{ "feeds": [ { "url": "http://127.0.0.1:9/feed.xml" } ] }""");
        var closedPort = CleanFeed.Cli.Azurite.AzuriteServer.FreePort();
        var conn = CleanFeed.Cli.Azurite.AzuriteServer.ConnectionStringFor(closedPort, closedPort, closedPort);

        var run = await CleanFeedProcess.RunAsync(["run", "--feeds", feeds, "--once", "--storage", conn]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Storage is unreachable", run.Error);
    }
}
