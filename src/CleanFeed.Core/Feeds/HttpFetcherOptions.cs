using System.Net;
using CleanFeed.Core.Configuration;

namespace CleanFeed.Core.Feeds;

/// <summary>Settings of <see cref="HttpFetcher"/>; <see cref="From"/> takes them from the pipeline's settings.</summary>
public sealed class HttpFetcherOptions
{
    /// <summary>Total time for one fetch: connecting, redirects, retries and reading the whole body.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed at most; one more is an error.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Body cap when the request sets none.</summary>
    public long DefaultMaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Allow private, loopback, link-local and other non-public addresses.</summary>
    public bool AllowPrivateNetworks { get; set; }

    public string UserAgent { get; set; } = new CleanFeedOptions().UserAgent;

    /// <summary>Retries after a 5xx response or a connection failure (not after timeouts or 4xx).</summary>
    public int Retries { get; set; } = 1;

    /// <summary>Wait before the first retry; doubled for each further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Resolves host names; replaceable so tests can simulate DNS answers (e.g. rebinding).</summary>
    internal Func<string, CancellationToken, Task<IPAddress[]>> Resolve { get; set; } =
        (host, ct) => Dns.GetHostAddressesAsync(host, ct);

    /// <summary>Which addresses are refused when private networks are not allowed; replaceable for tests.</summary>
    internal Func<IPAddress, bool> IsBlocked { get; set; } = NetworkGuard.IsNonPublic;

    /// <summary>The fetcher settings from the pipeline's settings (the body cap is MaxFeedBytes).</summary>
    public static HttpFetcherOptions From(CleanFeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HttpFetcherOptions
        {
            Timeout = TimeSpan.FromSeconds(options.HttpTimeoutSeconds > 0 ? options.HttpTimeoutSeconds : 30),
            MaxRedirects = Math.Max(0, options.MaxRedirects),
            DefaultMaxBytes = options.MaxFeedBytes > 0 ? options.MaxFeedBytes : 10 * 1024 * 1024,
            AllowPrivateNetworks = options.AllowPrivateNetworks,
            UserAgent = string.IsNullOrWhiteSpace(options.UserAgent) ? new CleanFeedOptions().UserAgent : options.UserAgent,
        };
    }
}
