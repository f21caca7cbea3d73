using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CleanFeed.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanFeed.Core.Feeds;

/// <summary>
/// Fetches feeds and pages safely: redirects followed by hand (with loop detection), one total
/// timeout that also covers slow and endless bodies, bodies read in a streaming way up to a byte
/// cap that applies to the decompressed size, and, unless AllowPrivateNetworks is set, no
/// connection to private, loopback or link-local addresses (checked on the resolved address at
/// connect time, so DNS rebinding cannot get around it).
/// <see cref="GetAsync"/> never throws, except <see cref="OperationCanceledException"/> when the
/// caller's token is cancelled: failures are reported in <see cref="FetchResponse.Error"/>.
/// </summary>
public sealed partial class HttpFetcher : IDisposable
{
    readonly HttpClient _client;
    readonly HttpFetcherOptions _options;
    readonly ILogger _logger;

    /// <summary>A fetcher with the pipeline's settings (body cap MaxFeedBytes unless a request sets one).</summary>
    public HttpFetcher(CleanFeedOptions options) : this(HttpFetcherOptions.From(options)) { }

    /// <summary>For dependency injection.</summary>
    public HttpFetcher(IOptions<CleanFeedOptions> options, ILogger<HttpFetcher>? logger = null)
        : this(HttpFetcherOptions.From(options.Value), logger) { }

    public HttpFetcher(HttpFetcherOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _client = new HttpClient(CreateHandler(options), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    public HttpFetcherOptions Options => _options;

    /// <summary>
    /// The handler the fetcher uses: no automatic redirects or decompression (the fetcher does
    /// both itself), no proxy, and a connect step that refuses non-public addresses unless
    /// <see cref="HttpFetcherOptions.AllowPrivateNetworks"/> is set.
    /// </summary>
    public static SocketsHttpHandler CreateHandler(HttpFetcherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, ct) => ConnectAsync(options, context, ct),
        };
    }

    /// <summary>Fetches <paramref name="url"/>. Never throws except for the caller's cancellation.</summary>
    public async Task<FetchResponse> GetAsync(Uri url, FetchRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        request ??= new FetchRequest();
        var maxBytes = request.MaxBytes is > 0 ? request.MaxBytes.Value : _options.DefaultMaxBytes;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var token = timeout.Token;

        var current = url;
        var redirects = 0;
        var status = 0;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        FetchResponse Fail(string error) => new() { Status = status, FinalUrl = current, Redirects = redirects, Error = error };

        try
        {
            while (true)
            {
                if (!current.IsAbsoluteUri || (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps))
                    return Fail($"unsupported URL {current}: only http and https are fetched");
                visited.Add(current.AbsoluteUri);

                if (!_options.AllowPrivateNetworks && current.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
                    && IPAddress.TryParse(current.IdnHost.Trim('[', ']'), out var literal) && _options.IsBlocked(literal))
                    return Fail(NetworkGuard.BlockedMessage(literal));

                using var response = await SendWithRetryAsync(current, request, token).ConfigureAwait(false);
                status = (int)response.StatusCode;

                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    var rawLocation = HeaderValue(response, "Location");
                    if (rawLocation is null)
                        return Fail($"HTTP {status} redirect without a Location header");
                    var location = response.Headers.Location;
                    if (location is null && !Uri.TryCreate(rawLocation, UriKind.RelativeOrAbsolute, out location))
                        return Fail($"HTTP {status} redirect to an invalid URL \"{rawLocation}\"");
                    if (!location.IsAbsoluteUri && !Uri.TryCreate(current, location, out location))
                        return Fail($"HTTP {status} redirect to an invalid URL \"{rawLocation}\"");
                    var next = location;
                    redirects++;
                    if (visited.Contains(next.AbsoluteUri))
                        return Fail($"redirect loop: {current} redirects back to {next}");
                    if (redirects > _options.MaxRedirects)
                        return Fail($"too many redirects ({redirects})");
                    _logger.LogDebug("{Url} redirects ({Status}) to {Next}", current, status, next);
                    current = next;
                    continue;
                }

                var etag = HeaderValue(response, "ETag");
                var lastModified = HeaderValue(response, "Last-Modified");

                if (status == 304)
                    return new FetchResponse
                    {
                        Status = status, NotModified = true, FinalUrl = current, Redirects = redirects,
                        ETag = etag ?? request.ETag, LastModified = lastModified ?? request.LastModified,
                    };

                if (status is < 200 or > 299)
                    return Fail($"HTTP {status} {Reason(response)}".TrimEnd());

                var (mediaType, charset) = ParseContentType(response);
                var encodings = response.Content.Headers.ContentEncoding
                    .Select(e => e.Trim().ToLowerInvariant()).Where(e => e is not ("" or "identity")).ToList();
                var length = response.Content.Headers.ContentLength;
                if (encodings.Count == 0 && length > maxBytes)
                    return Fail($"response larger than {FormatSize(maxBytes)} (Content-Length {length})");

                var (bytes, error) = await ReadBodyAsync(response, encodings, maxBytes, token).ConfigureAwait(false);
                if (error is not null)
                    return Fail(error);

                return new FetchResponse
                {
                    Status = status, FinalUrl = current, Redirects = redirects, ContentType = mediaType, Charset = charset,
                    Bytes = bytes!, ETag = etag, LastModified = lastModified,
                };
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return Fail($"timed out after {FormatSeconds(_options.Timeout)}");
        }
        catch (Exception e) when (FindBlocked(e) is { } blocked)
        {
            return Fail(blocked.Message);
        }
        catch (HttpRequestException e)
        {
            return Fail(Describe(e, current));
        }
        catch (InvalidDataException e)
        {
            return Fail($"corrupt compressed body: {e.Message}");
        }
        catch (IOException e)
        {
            return Fail($"connection broken while reading the response: {e.Message}");
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Unexpected failure fetching {Url}", current);
            return Fail($"fetch failed: {e.Message}");
        }
    }

    async Task<HttpResponseMessage> SendWithRetryAsync(Uri url, FetchRequest request, CancellationToken token)
    {
        var delay = _options.RetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            var canRetry = attempt < _options.Retries;
            HttpResponseMessage response;
            try
            {
                using var message = BuildRequest(url, request);
                response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (canRetry && FindBlocked(e) is null && !IsDnsFailure(e))
            {
                _logger.LogDebug("Retrying {Url} after {Error}", url, e.Message);
                await Task.Delay(delay, token).ConfigureAwait(false);
                delay *= 2;
                continue;
            }

            if (canRetry && (int)response.StatusCode is 500 or 502 or 503 or 504)
            {
                _logger.LogDebug("Retrying {Url} after HTTP {Status}", url, (int)response.StatusCode);
                response.Dispose();
                await Task.Delay(delay, token).ConfigureAwait(false);
                delay *= 2;
                continue;
            }
            return response;
        }
    }

    HttpRequestMessage BuildRequest(Uri url, FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        var headers = message.Headers;
        headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        headers.TryAddWithoutValidation("Accept", string.IsNullOrWhiteSpace(request.Accept) ? "*/*" : request.Accept);
        headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        if (!string.IsNullOrWhiteSpace(request.ETag))
            headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        if (!string.IsNullOrWhiteSpace(request.LastModified))
            headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        return message;
    }

    static async Task<(byte[]? Bytes, string? Error)> ReadBodyAsync(
        HttpResponseMessage response, List<string> encodings, long maxBytes, CancellationToken token)
    {
        var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        var streams = new List<Stream> { stream };
        try
        {
            // Content-Encoding lists the codings in the order they were applied: undo them backwards.
            for (var i = encodings.Count - 1; i >= 0; i--)
            {
                stream = encodings[i] switch
                {
                    "gzip" or "x-gzip" => new GZipStream(stream, CompressionMode.Decompress),
                    "br" => new BrotliStream(stream, CompressionMode.Decompress),
                    "deflate" => await OpenDeflateAsync(stream, token).ConfigureAwait(false),
                    _ => null!,
                };
                if (stream is null)
                    return (null, $"unsupported Content-Encoding '{encodings[i]}'");
                streams.Add(stream);
            }

            var buffer = new byte[81920];
            using var body = new MemoryStream();
            while (true)
            {
                var read = await stream.ReadAsync(buffer, token).ConfigureAwait(false);
                if (read == 0)
                    break;
                if (body.Length + read > maxBytes)
                    return (null, encodings.Count > 0
                        ? $"decompressed body larger than {FormatSize(maxBytes)}"
                        : $"response larger than {FormatSize(maxBytes)}");
                body.Write(buffer, 0, read);
            }
            return (body.ToArray(), null);
        }
        finally
        {
            for (var i = streams.Count - 1; i >= 0; i--)
                await streams[i].DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>"deflate" is meant to be zlib-wrapped, but some servers send raw deflate: look at the header.</summary>
    static async Task<Stream> OpenDeflateAsync(Stream stream, CancellationToken token)
    {
        var head = new byte[2];
        var got = 0;
        while (got < 2)
        {
            var n = await stream.ReadAsync(head.AsMemory(got), token).ConfigureAwait(false);
            if (n == 0) break;
            got += n;
        }
        var prefixed = new PrefixedStream(head.AsMemory(0, got), stream);
        var zlib = got == 2 && (head[0] & 0x0F) == 8 && ((head[0] << 8) | head[1]) % 31 == 0;
        return zlib ? new ZLibStream(prefixed, CompressionMode.Decompress) : new DeflateStream(prefixed, CompressionMode.Decompress);
    }

    static async ValueTask<Stream> ConnectAsync(HttpFetcherOptions options, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await options.Resolve(host, ct).ConfigureAwait(false);
        if (addresses.Length == 0)
            throw new SocketException((int)SocketError.HostNotFound);

        // Only ever connect to an address that was checked: the check and the connection use the
        // same resolution, so a DNS answer that changes in between (rebinding) gains nothing.
        var allowed = options.AllowPrivateNetworks ? addresses : addresses.Where(a => !options.IsBlocked(a)).ToArray();
        if (allowed.Length == 0)
            throw new BlockedAddressException(NetworkGuard.BlockedMessage(addresses[0], host));

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    static BlockedAddressException? FindBlocked(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is BlockedAddressException blocked)
                return blocked;
        return null;
    }

    static string Describe(HttpRequestException e, Uri url)
    {
        var inner = e.InnerException?.Message;
        if (IsDnsFailure(e))
            return $"could not resolve host {url.Host}";
        return e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"could not resolve host {url.Host}",
            HttpRequestError.ConnectionError => $"could not connect to {url.Authority}: {inner ?? e.Message}",
            HttpRequestError.SecureConnectionError => $"TLS error with {url.Authority}: {inner ?? e.Message}",
            HttpRequestError.ResponseEnded => $"{url.Authority} closed the connection before a response",
            HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError => $"invalid HTTP response from {url.Authority}: {inner ?? e.Message}",
            _ => inner is null ? e.Message : $"{e.Message} {inner}",
        };
    }

    static bool IsDnsFailure(HttpRequestException e) =>
        e.HttpRequestError == HttpRequestError.NameResolutionError
        || e.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData };

    static string? HeaderValue(HttpResponseMessage response, string name)
    {
        if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
        {
            var value = string.Join(", ", values).Trim();
            return value.Length == 0 ? null : value;
        }
        return null;
    }

    static (string? MediaType, string? Charset) ParseContentType(HttpResponseMessage response)
    {
        var header = response.Content.Headers.ContentType;
        if (header is not null)
            return (header.MediaType?.ToLowerInvariant(), string.IsNullOrWhiteSpace(header.CharSet) ? null : header.CharSet.Trim('"', '\'', ' '));
        // An invalid header does not parse: take it apart by hand.
        var raw = HeaderValue(response, "Content-Type");
        if (raw is null)
            return (null, null);
        var media = raw.Split(';')[0].Trim().ToLowerInvariant();
        var charset = CharsetParam().Match(raw);
        return (media.Length == 0 ? null : media, charset.Success ? charset.Groups[1].Value : null);
    }

    static string Reason(HttpResponseMessage response)
    {
        if (!string.IsNullOrWhiteSpace(response.ReasonPhrase))
            return response.ReasonPhrase.Trim();
        var name = Enum.IsDefined(response.StatusCode) ? response.StatusCode.ToString() : "";
        return CamelSplit().Replace(name, " $1");
    }

    /// <summary>"5 MiB", "512 KiB", "1000 bytes".</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MiB",
        >= 1024 * 1024 => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MiB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KiB",
        _ => $"{bytes} bytes",
    };

    static string FormatSeconds(TimeSpan t) => $"{t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParam();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex CamelSplit();

    /// <summary>A stream that first returns some bytes already read, then the rest of the inner stream.</summary>
    sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
    {
        ReadOnlyMemory<byte> _prefix = prefix;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_prefix.Length > 0)
            {
                var n = Math.Min(buffer.Length, _prefix.Length);
                _prefix[..n].CopyTo(buffer);
                _prefix = _prefix[n..];
                return n;
            }
            return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_prefix.Length > 0)
            {
                var n = Math.Min(count, _prefix.Length);
                _prefix[..n].CopyTo(buffer.AsMemory(offset, n));
                _prefix = _prefix[n..];
                return n;
            }
            return inner.Read(buffer, offset, count);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
