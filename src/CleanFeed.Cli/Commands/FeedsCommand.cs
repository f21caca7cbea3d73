using System.CommandLine;
using CleanFeed.Cli.Settings;
using CleanFeed.Core.Storage;

namespace CleanFeed.Cli.Commands;

/// <summary>`cleanfeed feeds status`: each feed's last fetch, error and backoff.</summary>
public static class FeedsCommand
{
    public static Command Create()
    {
        var storage = StorageCommandHelper.StorageOption();
        var status = new Command("status", "Each feed's last fetch, its error and when it is tried next") { storage };
        status.SetAction((parse, ct) =>
            StorageCommandHelper.WithStorageAsync(parse.GetValue(storage), async clients =>
            {
                var states = await new FeedStateStore(clients).ListAsync(ct);
                if (states.Count == 0) Console.WriteLine("No feed has been fetched yet.");
                foreach (var s in states.OrderBy(s => s.Url, StringComparer.OrdinalIgnoreCase))
                {
                    Console.WriteLine($"{s.Url}");
                    Console.WriteLine($"  title: {s.Title ?? "-"}  status: {s.LastStatus ?? "-"}  items: {s.ItemsStored}  last attempt: {s.LastAttempt:u}  next: {s.NextAttempt:u}");
                    if (s.LastError is not null) Console.WriteLine($"  error ({s.ConsecutiveFailures} in a row): {s.LastError}");
                }
                return 0;
            }, ct));
        return new Command("feeds", "Feeds and their fetch state") { status };
    }
}
