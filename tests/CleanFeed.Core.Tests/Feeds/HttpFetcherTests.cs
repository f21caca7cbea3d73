using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CleanFeed.Core.Configuration;
using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Tests.Feeds;

public sealed class HttpFetcherTests : IAsyncLifetime
{
    readonly LoopbackServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _server.DisposeAsync();

    static HttpFetcher Fetcher(bool allowPrivate = true, double timeoutSeconds = 10, int maxRedirects = 5,
        Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        var options = new HttpFetcherOptions
        {
            AllowPrivateNetworks = allowPrivate,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
            MaxRedirects = maxRedirects,
            RetryDelay = TimeSpan.FromMilliseconds(20),
            UserAgent = "CleanFeedTests/1.0",
        };
        if (resolve is not null)
            options.Resolve = resolve;
        return new HttpFetcher(options);
    }

    static byte[] Bytes(int count, byte value = (byte)'x') => Enumerable.Repeat(value, count).ToArray();

    [Fact]
    public async Task Ok_response_gives_body_media_type_charset_and_validators()
    {
        var body = Encoding.Latin1.GetBytes("<rss>caf\u00e9</rss>");
        _server.Serve("/feed", body, "application/RSS+xml; charset=\"ISO-8859-1\"", 200,
            ("ETag", "\"v1\""), ("Last-Modified", "Tue, 01 Oct 2024 10:00:00 GMT"));
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/feed"), new FetchRequest { Accept = FetchRequest.FeedAccept });

        Assert.Null(r.Error);
        Assert.True(r.IsSuccess);
        Assert.Equal(200, r.Status);
        Assert.False(r.NotModified);
        Assert.Equal(body, r.Bytes);
        Assert.Equal("application/rss+xml", r.ContentType);
        Assert.Equal("ISO-8859-1", r.Charset);
        Assert.Equal("\"v1\"", r.ETag);
        Assert.Equal("Tue, 01 Oct 2024 10:00:00 GMT", r.LastModified);
        Assert.Equal(_server.Url("/feed"), r.FinalUrl);

        var sent = Assert.Single(_server.Requests);
        Assert.Equal("CleanFeedTests/1.0", sent.Header("User-Agent"));
        Assert.Equal(FetchRequest.FeedAccept, sent.Header("Accept"));
        Assert.Contains("gzip", sent.Header("Accept-Encoding"));
    }

    [Fact]
    public async Task User_agent_comes_from_the_pipeline_settings()
    {
        _server.Serve("/ua", "ok");
        using var fetcher = new HttpFetcher(new CleanFeedOptions { AllowPrivateNetworks = true, UserAgent = "MyReader/2.0" });
        var r = await fetcher.GetAsync(_server.Url("/ua"));
        Assert.Null(r.Error);
        Assert.Equal("MyReader/2.0", _server.Requests.Single().Header("User-Agent"));
    }

    [Fact]
    public async Task Conditional_get_sends_validators_and_reports_not_modified()
    {
        _server.Map("/feed", (req, s, ct) =>
            req.Header("If-None-Match") == "\"v1\""
                ? LoopbackServer.WriteResponseAsync(s, 304, [("ETag", "\"v1\"")], [], ct)
                : LoopbackServer.WriteResponseAsync(s, 200, [("ETag", "\"v1\""), ("Last-Modified", "Tue, 01 Oct 2024 10:00:00 GMT")], "<rss/>"u8.ToArray(), ct));
        using var fetcher = Fetcher();

        var first = await fetcher.GetAsync(_server.Url("/feed"));
        Assert.Equal(200, first.Status);
        Assert.Equal("<rss/>"u8.ToArray(), first.Bytes);

        var second = await fetcher.GetAsync(_server.Url("/feed"), new FetchRequest { ETag = first.ETag, LastModified = first.LastModified });
        Assert.Null(second.Error);
        Assert.True(second.NotModified);
        Assert.Equal(304, second.Status);
        Assert.Empty(second.Bytes);
        Assert.Equal("\"v1\"", second.ETag);
        Assert.Equal("Tue, 01 Oct 2024 10:00:00 GMT", second.LastModified); // kept from the request: 304 repeated none
        Assert.Equal("Tue, 01 Oct 2024 10:00:00 GMT", _server.Requests[1].Header("If-Modified-Since"));
        Assert.Null(_server.Requests[0].Header("If-None-Match"));
    }

    [Fact]
    public async Task Http_error_status_is_reported_with_its_reason()
    {
        using var fetcher = Fetcher();
        var r = await fetcher.GetAsync(_server.Url("/missing"));
        Assert.Equal(404, r.Status);
        Assert.Equal("HTTP 404 Not Found", r.Error);
        Assert.Empty(r.Bytes);
    }

    [Fact]
    public async Task Server_errors_are_retried_once_then_reported()
    {
        var calls = 0;
        _server.Map("/flaky", (_, s, ct) => Interlocked.Increment(ref calls) == 1
            ? LoopbackServer.WriteResponseAsync(s, 503, [], [], ct)
            : LoopbackServer.WriteResponseAsync(s, 200, [], "fine"u8.ToArray(), ct));
        _server.Serve("/broken", "boom", status: 500);
        using var fetcher = Fetcher();

        var flaky = await fetcher.GetAsync(_server.Url("/flaky"));
        Assert.Null(flaky.Error);
        Assert.Equal("fine"u8.ToArray(), flaky.Bytes);

        var broken = await fetcher.GetAsync(_server.Url("/broken"));
        Assert.Equal("HTTP 500 Internal Server Error", broken.Error);
        Assert.Equal(2, _server.Hits("/broken")); // one retry, no more
    }

    [Fact]
    public async Task Redirects_are_followed_relative_and_absolute()
    {
        _server.Redirect("/old", "/middle", 301);
        _server.Redirect("/middle", _server.Url("/feed?x=1").AbsoluteUri, 307);
        _server.Serve("/feed", "<rss/>", "text/xml");
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/old"));

        Assert.Null(r.Error);
        Assert.Equal(200, r.Status);
        Assert.Equal(_server.Url("/feed?x=1"), r.FinalUrl);
        Assert.Equal(2, r.Redirects);
        Assert.Equal("<rss/>"u8.ToArray(), r.Bytes);
    }

    [Fact]
    public async Task Too_many_redirects_is_an_error()
    {
        for (var i = 0; i < 10; i++)
            _server.Redirect($"/r{i}", $"/r{i + 1}");
        using var fetcher = Fetcher(maxRedirects: 5);

        var r = await fetcher.GetAsync(_server.Url("/r0"));

        Assert.Equal("too many redirects (6)", r.Error);
        Assert.Equal(6, _server.Requests.Count);
        Assert.Equal(0, _server.Hits("/r6"));
    }

    [Fact]
    public async Task Redirect_chain_within_the_limit_succeeds()
    {
        for (var i = 0; i < 5; i++)
            _server.Redirect($"/r{i}", $"/r{i + 1}");
        _server.Serve("/r5", "end");
        using var fetcher = Fetcher(maxRedirects: 5);

        var r = await fetcher.GetAsync(_server.Url("/r0"));

        Assert.Null(r.Error);
        Assert.Equal(5, r.Redirects);
        Assert.Equal("end"u8.ToArray(), r.Bytes);
    }

    [Fact]
    public async Task Redirect_loop_is_detected()
    {
        _server.Redirect("/a", "/b");
        _server.Redirect("/b", "/a");
        using var fetcher = Fetcher(maxRedirects: 20);

        var r = await fetcher.GetAsync(_server.Url("/a"));

        Assert.NotNull(r.Error);
        Assert.StartsWith("redirect loop", r.Error);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Endless_body_times_out_with_a_clear_message()
    {
        _server.ServeEndless("/endless", TimeSpan.FromMilliseconds(100));
        using var fetcher = Fetcher(timeoutSeconds: 1);

        var r = await fetcher.GetAsync(_server.Url("/endless"));

        Assert.Equal("timed out after 1 s", r.Error);
        Assert.Empty(r.Bytes);
    }

    [Fact]
    public async Task Server_that_never_answers_times_out()
    {
        _server.ServeNothing("/silent");
        using var fetcher = Fetcher(timeoutSeconds: 1);

        var r = await fetcher.GetAsync(_server.Url("/silent"));

        Assert.Equal("timed out after 1 s", r.Error);
        Assert.Equal(0, r.Status);
    }

    [Fact]
    public async Task Caller_cancellation_throws_instead_of_reporting_a_timeout()
    {
        _server.ServeNothing("/silent");
        using var fetcher = Fetcher(timeoutSeconds: 30);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.GetAsync(_server.Url("/silent"), null, cts.Token));
    }

    [Fact]
    public async Task Body_over_the_cap_is_refused_by_content_length()
    {
        _server.Serve("/big", Bytes(2 * 1024 * 1024));
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/big"), new FetchRequest { MaxBytes = 1024 * 1024 });

        Assert.NotNull(r.Error);
        Assert.StartsWith("response larger than 1 MiB", r.Error);
        Assert.Empty(r.Bytes);
    }

    [Fact]
    public async Task Body_over_the_cap_without_content_length_stops_at_the_cap()
    {
        // Chunked, no Content-Length, and far more than the cap: reading must stop at the cap.
        _server.Map("/stream", async (_, s, ct) =>
        {
            await LoopbackServer.WriteHeadAsync(s, 200, [("Transfer-Encoding", "chunked")], ct);
            var chunk = Encoding.ASCII.GetBytes($"{64 * 1024:x}\r\n{new string('x', 64 * 1024)}\r\n");
            for (var i = 0; i < 1024 && !ct.IsCancellationRequested; i++) // 64 MiB if nobody stops
                await s.WriteAsync(chunk, ct);
            await s.WriteAsync("0\r\n\r\n"u8.ToArray(), ct);
        });
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/stream"), new FetchRequest { MaxBytes = 256 * 1024 });

        Assert.Equal("response larger than 256 KiB", r.Error);
    }

    [Fact]
    public async Task Body_exactly_at_the_cap_is_accepted()
    {
        _server.Serve("/exact", Bytes(4096));
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/exact"), new FetchRequest { MaxBytes = 4096 });

        Assert.Null(r.Error);
        Assert.Equal(4096, r.Bytes.Length);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("raw-deflate")]
    [InlineData("br")]
    public async Task Compressed_bodies_are_decompressed(string coding)
    {
        var text = string.Concat(Enumerable.Repeat("<item>caf\u00e9</item>", 500));
        var original = Encoding.UTF8.GetBytes(text);
        using var packed = new MemoryStream();
        using (Stream z = coding switch
               {
                   "gzip" => new GZipStream(packed, CompressionLevel.Optimal, true),
                   "deflate" => new ZLibStream(packed, CompressionLevel.Optimal, true),
                   "raw-deflate" => new DeflateStream(packed, CompressionLevel.Optimal, true),
                   _ => new BrotliStream(packed, CompressionLevel.Optimal, true),
               })
            z.Write(original);
        _server.Serve("/z", packed.ToArray(), "application/rss+xml", 200, ("Content-Encoding", coding == "raw-deflate" ? "deflate" : coding));
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/z"), new FetchRequest { MaxBytes = original.Length });

        Assert.Null(r.Error);
        Assert.Equal(original, r.Bytes);
    }

    [Theory]
    [InlineData("gzip", "corrupt compressed body")]
    [InlineData("compress", "unsupported Content-Encoding 'compress'")]
    public async Task Bad_content_encoding_is_reported(string coding, string expectedStart)
    {
        _server.Serve("/enc", "this is not compressed at all"u8.ToArray(), "text/xml", 200, ("Content-Encoding", coding));
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/enc"));

        Assert.NotNull(r.Error);
        Assert.StartsWith(expectedStart, r.Error);
        Assert.Empty(r.Bytes);
    }

    [Fact]
    public async Task Redirect_without_location_is_reported()
    {
        _server.Map("/noloc", (_, s, ct) => LoopbackServer.WriteResponseAsync(s, 302, [], [], ct));
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/noloc"));

        Assert.Equal(302, r.Status);
        Assert.Equal("HTTP 302 redirect without a Location header", r.Error);
    }

    [Fact]
    public async Task Decompression_bomb_is_stopped_at_the_cap()
    {
        _server.ServeGzipBomb("/bomb", 64L * 1024 * 1024); // ~64 KiB on the wire, 64 MiB unpacked
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/bomb"), new FetchRequest { MaxBytes = 1024 * 1024 });

        Assert.Equal("decompressed body larger than 1 MiB", r.Error);
        Assert.Empty(r.Bytes);
    }

    [Fact]
    public async Task Loopback_literal_is_blocked_without_AllowPrivateNetworks()
    {
        _server.Serve("/feed", "secret");
        using var fetcher = Fetcher(allowPrivate: false);

        var r = await fetcher.GetAsync(_server.Url("/feed"));

        Assert.Equal("address 127.0.0.1 is private (loopback); set AllowPrivateNetworks=true to allow it", r.Error);
        Assert.Equal(0, r.Status);
        Assert.Empty(r.Bytes);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("2130706433")]  // 127.0.0.1 as one decimal number
    [InlineData("0x7f.0.0.1")]  // hexadecimal
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("[::1]")]
    public async Task Obfuscated_loopback_literals_are_blocked(string host)
    {
        _server.Serve("/feed", "secret");
        using var fetcher = Fetcher(allowPrivate: false);

        var r = await fetcher.GetAsync(new Uri($"http://{host}:{_server.Port}/feed"));

        Assert.NotNull(r.Error);
        Assert.EndsWith("is private (loopback); set AllowPrivateNetworks=true to allow it", r.Error);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Body_cut_short_is_reported()
    {
        _server.Map("/short", async (_, s, ct) =>
        {
            await LoopbackServer.WriteHeadAsync(s, 200, [("Content-Length", "1000")], ct);
            await s.WriteAsync("only ten b"u8.ToArray(), ct);
        });
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/short"));

        Assert.NotNull(r.Error);
        Assert.StartsWith("connection broken while reading the response", r.Error);
        Assert.Empty(r.Bytes);
    }

    [Fact]
    public async Task Garbage_instead_of_http_is_reported()
    {
        _server.Map("/garbage", async (_, s, ct) => await s.WriteAsync("SSH-2.0-OpenSSH_9.6\r\n\r\n"u8.ToArray(), ct));
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(_server.Url("/garbage"));

        Assert.Equal(0, r.Status);
        Assert.NotNull(r.Error);
        Assert.StartsWith($"invalid HTTP response from 127.0.0.1:{_server.Port}", r.Error);
    }

    [Fact]
    public async Task Host_name_resolving_to_loopback_is_blocked_at_connect_time()
    {
        _server.Serve("/feed", "secret");
        using var fetcher = Fetcher(allowPrivate: false);

        var r = await fetcher.GetAsync(new Uri($"http://localhost:{_server.Port}/feed"));

        Assert.NotNull(r.Error);
        Assert.Matches(@"^address (127\.0\.0\.1|::1) of localhost is private \(loopback\); set AllowPrivateNetworks=true to allow it$", r.Error);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Dns_answer_is_checked_where_the_connection_is_made()
    {
        // A name that "resolves" to loopback (as a rebinding attacker's DNS would answer) is refused...
        static Task<IPAddress[]> Rebind(string host, CancellationToken ct) => Task.FromResult(new[] { IPAddress.Loopback });
        _server.Serve("/feed", "secret");
        var url = new Uri($"http://feeds.example.com:{_server.Port}/feed");

        using (var blocked = Fetcher(allowPrivate: false, resolve: Rebind))
        {
            var r = await blocked.GetAsync(url);
            Assert.Equal("address 127.0.0.1 of feeds.example.com is private (loopback); set AllowPrivateNetworks=true to allow it", r.Error);
        }
        Assert.Empty(_server.Requests);

        // ...and the same resolution does reach the server when private networks are allowed.
        using var allowed = Fetcher(allowPrivate: true, resolve: Rebind);
        var ok = await allowed.GetAsync(url);
        Assert.Null(ok.Error);
        Assert.Equal("secret"u8.ToArray(), ok.Bytes);
    }

    [Fact]
    public async Task Redirect_to_a_private_address_is_blocked()
    {
        // Only 10/8 counts as private here, so the loopback test server stands in for a public site.
        _server.Redirect("/to-literal", "http://10.0.0.1/latest/meta-data/");
        _server.Redirect("/to-name", "http://intranet.corp.example/admin");
        static Task<IPAddress[]> Resolve(string host, CancellationToken ct) =>
            Task.FromResult(host == "intranet.corp.example" ? new[] { IPAddress.Parse("10.1.2.3") } : new[] { IPAddress.Loopback });
        var options = new HttpFetcherOptions { AllowPrivateNetworks = false, Resolve = Resolve, IsBlocked = a => NetworkGuard.Classify(a) == "private" };
        using var fetcher = new HttpFetcher(options);

        var literal = await fetcher.GetAsync(_server.Url("/to-literal"));
        Assert.Equal("address 10.0.0.1 is private; set AllowPrivateNetworks=true to allow it", literal.Error);
        Assert.Equal(new Uri("http://10.0.0.1/latest/meta-data/"), literal.FinalUrl);

        var named = await fetcher.GetAsync(_server.Url("/to-name"));
        Assert.Equal("address 10.1.2.3 of intranet.corp.example is private; set AllowPrivateNetworks=true to allow it", named.Error);
    }

    [Fact]
    public async Task Unknown_host_is_reported_without_retrying()
    {
        var lookups = 0;
        Task<IPAddress[]> Resolve(string host, CancellationToken ct)
        {
            Interlocked.Increment(ref lookups);
            throw new SocketException((int)SocketError.HostNotFound);
        }
        using var fetcher = Fetcher(resolve: Resolve);

        var r = await fetcher.GetAsync(new Uri("http://no-such-host.example/feed"));

        Assert.Equal("could not resolve host no-such-host.example", r.Error);
        Assert.Equal(0, r.Status);
        Assert.Equal(1, lookups);
    }

    [Fact]
    public async Task Loopback_is_allowed_with_AllowPrivateNetworks()
    {
        _server.Serve("/feed", "hello");
        using var fetcher = new HttpFetcher(new CleanFeedOptions { AllowPrivateNetworks = true });

        var r = await fetcher.GetAsync(_server.Url("/feed"));

        Assert.Null(r.Error);
        Assert.Equal("hello"u8.ToArray(), r.Bytes);
    }

    [Fact]
    public async Task Connection_refused_is_a_network_failure_with_status_zero()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var fetcher = Fetcher();

        var r = await fetcher.GetAsync(new Uri($"http://127.0.0.1:{port}/feed"));

        Assert.Equal(0, r.Status);
        Assert.NotNull(r.Error);
        Assert.StartsWith($"could not connect to 127.0.0.1:{port}", r.Error);
    }

    [Fact]
    public async Task Non_http_urls_are_refused()
    {
        using var fetcher = Fetcher();
        var r = await fetcher.GetAsync(new Uri("file:///etc/passwd"));
        Assert.Equal(0, r.Status);
        Assert.Contains("only http and https", r.Error);
    }

    [Fact]
    public async Task Redirect_to_a_non_http_scheme_is_refused()
    {
        _server.Redirect("/ftp", "ftp://example.com/feed.xml");
        using var fetcher = Fetcher();
        var r = await fetcher.GetAsync(_server.Url("/ftp"));
        Assert.Contains("only http and https", r.Error);
        Assert.Equal(new Uri("ftp://example.com/feed.xml"), r.FinalUrl);
    }
}
