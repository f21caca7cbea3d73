using System.CommandLine;
using CleanFeed.Cli.Azurite;
using CleanFeed.Cli.Demo;
using CleanFeed.Cli.Hosting;
using CleanFeed.Cli.Settings;
using CleanFeed.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanFeed.Cli.Commands;

/// <summary>
/// `cleanfeed demo`: the whole pipeline, offline — the bundled sample feeds and pages served on
/// loopback, a fresh in-memory Azurite, one `run --once` round, and what it removed and stored.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var samples = new Option<DirectoryInfo?>("--samples") { Description = "Folder of sample feeds and pages (default: the bundled samples/)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log every stage's work" };
        var command = new Command("demo", "Run the whole pipeline on bundled sample feeds served on loopback (no network needed)") { samples, verbose };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await RunAsync(parse.GetValue(samples)?.FullName, parse.GetValue(verbose), Console.Out, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                Console.Error.WriteLine("Cancelled.");
                return 130;
            }
        });
        return command;
    }

    public static async Task<int> RunAsync(string? samplesFolder, bool verbose, TextWriter o, CancellationToken ct)
    {
        samplesFolder ??= FindSamples();
        if (samplesFolder is null || !File.Exists(Path.Combine(samplesFolder, "feeds.opml")))
        {
            Console.Error.WriteLine("error: the samples folder (with feeds.opml) was not found; pass --samples DIR");
            return 2;
        }

        await using var server = SampleServer.Start(samplesFolder);
        var feedsFile = Path.Combine(Path.GetTempPath(), $"cleanfeed-demo-{Guid.NewGuid():N}.opml");
        await File.WriteAllBytesAsync(feedsFile, server.Read("feeds.opml")!, ct);
        o.WriteLine($"Serving the sample feeds and pages on {server.BaseUrl}");

        await using var azurite = await AzuriteServer.StartAsync(dataFolder: null, ports: null, log: o, cancellationToken: ct);
        // The sample server is on loopback, which a real deployment refuses to fetch.
        var settings = CliSettings.Build(new Dictionary<string, string?>
        {
            ["Feeds"] = feedsFile,
            ["AllowPrivateNetworks"] = "true",
        });
        try
        {
            await using var host = WebJobsPipelineHost.Create(settings, azurite.ConnectionString, withTimer: false, verbose ? LogLevel.Information : LogLevel.Error);
            await host.StartAsync(ct);
            o.WriteLine();
            var summary = await OnceRun.RunAsync(host, TimeSpan.FromMinutes(5), ct);
            summary.Print(o);

            var store = host.Services.GetRequiredService<ArticleStore>();
            o.WriteLine();
            o.WriteLine("Stored articles:");
            foreach (var entry in await store.ListAsync(new ArticleQuery(), ct))
            {
                if (await store.ReadAsync(entry.BlobPath, ct) is not { } a) continue;
                o.WriteLine($"- {a.Title}");
                o.WriteLine($"  {a.Url ?? "(no page)"}  [{a.Language ?? "?"}] by {a.Author ?? "unknown"}, {a.WordCount} words → articles/{entry.BlobPath}");
                var removed = a.Removed.Count == 0 ? "nothing" : string.Join(", ", a.Removed.Select(r => $"{r.Kind} ×{r.Count} ({r.Chars} chars)"));
                o.WriteLine($"  removed: {removed}");
                var lead = a.Text.Split("\n\n", 2)[0];
                o.WriteLine($"  text: {(lead.Length > 110 ? lead[..110] + "…" : lead)}");
            }
            o.WriteLine();
            o.WriteLine("This demo's storage was in memory and is gone. On your own feeds:");
            o.WriteLine("  dotnet run --project src/CleanFeed.Cli -- run --feeds FEEDS.opml --once");
            o.WriteLine("  dotnet run --project src/CleanFeed.Cli -- articles --format jsonl");
            return 0;
        }
        finally
        {
            File.Delete(feedsFile);
        }
    }

    private static string? FindSamples()
    {
        var bundled = Path.Combine(AppContext.BaseDirectory, "samples");
        if (Directory.Exists(bundled)) return bundled;
        var root = RepositoryRoot.Find();
        return root is null ? null : Path.Combine(root, "samples");
    }
}
