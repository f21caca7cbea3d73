using System.Net;
using System.Text;

namespace CleanFeed.Cli.Demo;

/// <summary>
/// Serves a samples folder on loopback: /feeds/X and /pages/X from the folder, with {{base}}
/// replaced by the server's own address, so the bundled feeds link to the bundled pages.
/// </summary>
public sealed class SampleServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;
    private readonly CancellationTokenSource _stop = new();

    private SampleServer(string root, int port)
    {
        _root = Path.GetFullPath(root);
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    public static SampleServer Start(string root)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new SampleServer(root, Azurite.AzuriteServer.FreePort());
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // The free port was taken in between; take another.
            }
        }
    }

    /// <summary>A file of the folder with {{base}} replaced, bytes kept (Latin-1 maps bytes one to one).</summary>
    public byte[]? Read(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(_root, relativePath.TrimStart('/')));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path)) return null;
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path)).Replace("{{base}}", BaseUrl, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text);
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
            _ = Task.Run(() => Serve(ctx));
        }
    }

    private void Serve(HttpListenerContext ctx)
    {
        try
        {
            var path = Uri.UnescapeDataString(ctx.Request.Url?.AbsolutePath ?? "/");
            var body = Read(path);
            if (body is null)
            {
                ctx.Response.StatusCode = 404;
                body = "<html><body><h1>404 Not Found</h1></body></html>"u8.ToArray();
                ctx.Response.ContentType = "text/html; charset=utf-8";
            }
            else
            {
                ctx.Response.ContentType = Path.GetExtension(path).ToLowerInvariant() switch
                {
                    ".rss" => "application/rss+xml",
                    ".atom" => "application/atom+xml",
                    ".json" => "application/feed+json",
                    ".opml" => "text/x-opml",
                    ".html" or ".htm" => "text/html",
                    ".txt" => "text/plain; charset=utf-8",
                    _ => "application/octet-stream",
                };
            }
            ctx.Response.ContentLength64 = body.Length;
            ctx.Response.OutputStream.Write(body);
            ctx.Response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
            // The client went away.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try { await _loop.ConfigureAwait(false); } catch (ObjectDisposedException) { }
    }
}
