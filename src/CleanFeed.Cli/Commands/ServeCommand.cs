using System.CommandLine;
using System.Net;
using System.Text;
using CleanFeed.Core.Publishing;
using CleanFeed.Core.Storage;

namespace CleanFeed.Cli.Commands;

/// <summary>
/// `cleanfeed serve`: the subscription endpoints locally — /articles.atom and /articles.json
/// (?feed=URL, ?page=N) with ETag / If-None-Match — the same documents as the HTTP function.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 7071 };
        var storage = StorageCommandHelper.StorageOption();
        var command = new Command("serve", "Serve the stored articles as Atom and JSON Feed on loopback") { port, storage };
        command.SetAction((parse, ct) => StorageCommandHelper.WithStorageAsync(parse.GetValue(storage),
            clients => ServeAsync(clients, parse.GetValue(port), Console.Out, ct), ct));
        return command;
    }

    public static async Task<int> ServeAsync(StorageClients clients, int port, TextWriter output, CancellationToken cancellationToken)
    {
        var feeds = new SubscriptionFeeds(new ArticleStore(clients));
        using var listener = new HttpListener();
        var prefix = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(prefix);
        listener.Start();
        output.WriteLine($"Serving {prefix}articles.atom and {prefix}articles.json (?feed=URL, ?page=N). Press Ctrl+C to stop.");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var registration = stop.Token.Register(listener.Stop);
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try { ctx = await listener.GetContextAsync(); }
            catch (Exception) when (stop.IsCancellationRequested) { break; }
            _ = Task.Run(() => HandleAsync(feeds, ctx, stop.Token));
        }
        return 0;
    }

    private static async Task HandleAsync(SubscriptionFeeds feeds, HttpListenerContext ctx, CancellationToken ct)
    {
        var response = ctx.Response;
        try
        {
            var url = ctx.Request.Url!;
            var name = url.AbsolutePath.TrimStart('/');
            var request = name.StartsWith("articles.", StringComparison.Ordinal)
                ? SubscriptionRequest.Parse(name["articles.".Length..], url, ctx.Request.Headers["If-None-Match"])
                : null;
            if (request is null || ctx.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 404;
                return;
            }
            var doc = await feeds.GetAsync(request, ct);
            response.Headers["ETag"] = doc.ETag;
            if (doc.NotModified)
            {
                response.StatusCode = 304;
                return;
            }
            var body = Encoding.UTF8.GetBytes(doc.Body!);
            response.ContentType = doc.ContentType;
            response.ContentLength64 = body.Length;
            if (ctx.Request.HttpMethod == "GET") await response.OutputStream.WriteAsync(body, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            response.StatusCode = 500;
            Console.Error.WriteLine($"error serving {ctx.Request.Url}: {e.Message}");
        }
        finally
        {
            try { response.Close(); } catch (HttpListenerException) { }
        }
    }
}
