using System.CommandLine;
using CleanFeed.Cli.Hosting;
using CleanFeed.Cli.Settings;
using CleanFeed.Core.Feeds;
using CleanFeed.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanFeed.Cli.Commands;

/// <summary>`cleanfeed run`: the pipeline on the WebJobs SDK, on the schedule or for one round.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var feeds = new Option<FileInfo?>("--feeds") { Description = "Feeds list: OPML or feeds.json (default: the Feeds setting)" };
        var once = new Option<bool>("--once") { Description = "One fetch round; wait until everything is cleaned and stored; print a summary and exit" };
        var storage = StorageCommandHelper.StorageOption();
        var timeout = new Option<int>("--timeout") { Description = "With --once: seconds to wait for cleaning and storing at most", DefaultValueFactory = _ => 600 };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log every stage's work" };
        var command = new Command("run", "Run the pipeline: fetch feeds, clean items, store articles") { feeds, once, storage, timeout, verbose };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(feeds), parse.GetValue(once), parse.GetValue(storage),
            TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(verbose), Console.Out, ct));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo? feedsFile, bool once, string? storageOption, TimeSpan timeout, bool verbose, TextWriter output, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (feedsFile is not null) overrides["Feeds"] = feedsFile.FullName;
        Microsoft.Extensions.Configuration.IConfiguration settings;
        Core.Configuration.CleanFeedOptions options;
        try
        {
            settings = CliSettings.Build(overrides);
            options = CliSettings.Options(settings);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        // An unreadable feeds list is the pipeline not being able to run: fail before starting anything.
        try
        {
            if (string.IsNullOrWhiteSpace(options.Feeds))
                throw new FeedListException("No feeds list: pass --feeds FILE or set the Feeds setting.");
            var list = await new FeedListReader().ReadAsync(options.Feeds, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"Feeds list {options.Feeds}: {list.Count} feed(s)");
        }
        catch (FeedListException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        Azurite.StorageResolver resolver;
        try
        {
            (resolver, _) = await StorageCommandHelper.ConnectAsync(storageOption, settings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StorageUnreachableException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 3;
        }

        await using (resolver)
        {
            await using var host = WebJobsPipelineHost.Create(settings, resolver.ConnectionString, withTimer: !once,
                verbose ? LogLevel.Information : LogLevel.Warning);
            try
            {
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
                if (once)
                {
                    var summary = await OnceRun.RunAsync(host, timeout, cancellationToken).ConfigureAwait(false);
                    summary.Print(output);
                    return 0;
                }

                output.WriteLine($"Running on schedule '{options.FetchSchedule}'. Press Ctrl+C to stop.");
                // A first round now rather than at the first tick of the schedule, which may be minutes away.
                var first = await host.Services.GetRequiredService<FetchFeedsHandler>().RunAsync(force: false, cancellationToken).ConfigureAwait(false);
                output.WriteLine(first.ToString());
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                output.WriteLine("Stopping ...");
            }
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await host.StopAsync(grace.Token).ConfigureAwait(false);
            output.WriteLine("Stopped.");
            return once ? 130 : 0;
        }
    }
}
