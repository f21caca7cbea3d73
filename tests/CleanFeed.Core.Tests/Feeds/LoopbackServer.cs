using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CleanFeed.Core.Tests.Feeds;

/// <summary>A request as the loopback server received it.</summary>
public sealed record LoopbackRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 and a free port, written on a raw TcpListener so that it
/// can misbehave on purpose: redirect loops, slow or endless bodies, lying Content-Length,
/// decompression bombs. One request per connection. Unmapped paths give 404.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    /// <summary>Writes the whole response (status line, headers, body) to the connection.</summary>
    public delegate Task Handler(LoopbackRequest request, Stream connection, CancellationToken ct);

    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly CancellationTokenSource _stop = new();
    readonly ConcurrentDictionary<string, Handler> _routes = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<LoopbackRequest> _requests = new();
    readonly Task _loop;

    public LoopbackServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = AcceptLoopAsync();
    }

    public int Port { get; }

    /// <summary>http://127.0.0.1:{port}/path</summary>
    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{(path.StartsWith('/') ? path : "/" + path)}");

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<LoopbackRequest> Requests => _requests.ToArray();

    public int Hits(string path) => _requests.Count(r => r.Path == path);

    public void Map(string path, Handler handler) => _routes[path] = handler;

    /// <summary>Serves a fixed response.</summary>
    public void Serve(string path, byte[] body, string? contentType = "text/plain", int status = 200, params (string Name, string Value)[] headers)
    {
        var all = headers.ToList();
        if (contentType is not null)
            all.Add(("Content-Type", contentType));
        Map(path, (_, s, ct) => WriteResponseAsync(s, status, all, body, ct));
    }

    public void Serve(string path, string body, string? contentType = "text/plain; charset=utf-8", int status = 200, params (string Name, string Value)[] headers) =>
        Serve(path, Encoding.UTF8.GetBytes(body), contentType, status, headers);

    /// <summary>A redirect to <paramref name="location"/> (absolute or relative).</summary>
    public void Redirect(string path, string location, int status = 302) =>
        Map(path, (_, s, ct) => WriteResponseAsync(s, status, [("Location", location)], [], ct));

    /// <summary>Headers, then the body trickled one byte at a time, forever (until the client gives up).</summary>
    public void ServeEndless(string path, TimeSpan interval) => Map(path, async (_, s, ct) =>
    {
        await WriteHeadAsync(s, 200, [("Content-Type", "application/rss+xml"), ("Transfer-Encoding", "chunked")], ct);
        await WriteAsciiAsync(s, "1\r\n<\r\n", ct);
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(interval, ct);
            await WriteAsciiAsync(s, "1\r\n \r\n", ct);
        }
    });

    /// <summary>Accepts the connection and never answers.</summary>
    public void ServeNothing(string path) => Map(path, (_, _, ct) => Task.Delay(Timeout.Infinite, ct));

    /// <summary>A gzip body that decompresses to <paramref name="decompressedBytes"/> zero bytes.</summary>
    public void ServeGzipBomb(string path, long decompressedBytes)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[64 * 1024];
            for (long written = 0; written < decompressedBytes; written += zeros.Length)
                gzip.Write(zeros, 0, (int)Math.Min(zeros.Length, decompressedBytes - written));
        }
        Serve(path, packed.ToArray(), "application/rss+xml", 200, ("Content-Encoding", "gzip"));
    }

    public static async Task WriteResponseAsync(Stream s, int status, IEnumerable<(string Name, string Value)> headers, byte[] body, CancellationToken ct)
    {
        var all = headers.ToList();
        if (!all.Any(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) && status != 304)
            all.Add(("Content-Length", body.Length.ToString()));
        await WriteHeadAsync(s, status, all, ct);
        await s.WriteAsync(body, ct);
        await s.FlushAsync(ct);
    }

    public static Task WriteHeadAsync(Stream s, int status, IEnumerable<(string Name, string Value)> headers, CancellationToken ct)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} {Reason(status)}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("\r\n");
        return WriteAsciiAsync(s, head.ToString(), ct);
    }

    static async Task WriteAsciiAsync(Stream s, string text, CancellationToken ct)
    {
        await s.WriteAsync(Encoding.ASCII.GetBytes(text), ct);
        await s.FlushAsync(ct);
    }

    static string Reason(int status) => status switch
    {
        200 => "OK", 301 => "Moved Permanently", 302 => "Found", 303 => "See Other", 304 => "Not Modified",
        307 => "Temporary Redirect", 308 => "Permanent Redirect", 404 => "Not Found", 500 => "Internal Server Error",
        503 => "Service Unavailable", _ => "Status",
    };

    async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(client));
        }
    }

    async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream, _stop.Token);
                if (request is null)
                    return;
                _requests.Enqueue(request);
                var path = request.Path.Split('?')[0];
                if (_routes.TryGetValue(path, out var handler))
                    await handler(request, stream, _stop.Token);
                else
                    await WriteResponseAsync(stream, 404, [("Content-Type", "text/plain")], Encoding.ASCII.GetBytes("not found"), _stop.Token);
                client.Client.Shutdown(SocketShutdown.Send);
            }
            catch
            {
                // The client went away (timeouts, caps): that is what many tests are about.
            }
        }
    }

    static async Task<LoopbackRequest?> ReadRequestAsync(Stream stream, CancellationToken ct)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (bytes.Count < 64 * 1024)
        {
            if (await stream.ReadAsync(one, ct) == 0)
                return null;
            bytes.Add(one[0]);
            var n = bytes.Count;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n')
                break;
        }
        var lines = Encoding.ASCII.GetString(bytes.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var first = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return new LoopbackRequest(first[0], first.Length > 1 ? first[1] : "/", headers);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _loop; } catch { }
        _stop.Dispose();
    }
}
