using System.CommandLine;
using System.Text.Json;
using CleanFeed.Cli.Settings;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Publishing;
using CleanFeed.Core.Storage;

namespace CleanFeed.Cli.Commands;

/// <summary>`cleanfeed articles`: read the stored articles.</summary>
public static class ArticlesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "jsonl (one Article per line), atom or jsonfeed", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "atom", "jsonfeed");
        var feed = new Option<string?>("--feed") { Description = "Only the articles of this feed URL" };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only articles published since this time (ISO 8601)" };
        var limit = new Option<int?>("--limit") { Description = "At most N articles, newest first" };
        var storage = StorageCommandHelper.StorageOption();
        var command = new Command("articles", "Print the stored articles") { format, feed, since, limit, storage };
        command.SetAction((parse, ct) =>
            StorageCommandHelper.WithStorageAsync(parse.GetValue(storage), async clients =>
            {
                var store = new ArticleStore(clients);
                var entries = await store.ListAsync(new ArticleQuery(parse.GetValue(feed), parse.GetValue(since), parse.GetValue(limit)), ct);
                var list = new List<Article>();
                foreach (var e in entries)
                    if (await store.ReadAsync(e.BlobPath, ct) is { } a) list.Add(a);
                await WriteAsync(list, parse.GetValue(format)!, Console.Out, ct);
                return 0;
            }, ct));
        return command;
    }

    public static async Task WriteAsync(IReadOnlyList<Article> articles, string format, TextWriter output, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case "atom":
                await output.WriteAsync(FeedWriter.Atom(articles, "CleanFeed articles", null));
                break;
            case "jsonfeed":
                await output.WriteAsync(FeedWriter.JsonFeed(articles, "CleanFeed articles", null));
                break;
            default:
                foreach (var a in articles)
                    await output.WriteLineAsync(JsonSerializer.Serialize(a, JsonDefaults.Options).AsMemory(), cancellationToken);
                break;
        }
    }
}
