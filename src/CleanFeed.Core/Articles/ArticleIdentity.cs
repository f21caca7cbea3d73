using System.Security.Cryptography;
using System.Text;

namespace CleanFeed.Core.Articles;

/// <summary>Stable keys: the same feed and item always give the same names, so every stage is idempotent.</summary>
public static class ArticleIdentity
{
    /// <summary>A blob- and table-safe key for a feed: its host and a hash of its URL.</summary>
    public static string FeedKey(string feedUrl)
    {
        var host = Uri.TryCreate(feedUrl, UriKind.Absolute, out var u) ? u.Host : "feed";
        var safe = new StringBuilder();
        foreach (var c in host.ToLowerInvariant())
            safe.Append(char.IsAsciiLetterOrDigit(c) || c == '.' || c == '-' ? c : '-');
        return $"{safe}-{Hash(NormalizeFeedUrl(feedUrl), 10)}";
    }

    /// <summary>A key for an item within its feed, from the item's identity.</summary>
    public static string ItemKey(string itemId) => Hash(itemId.Trim(), 20);

    /// <summary>The article id: URL-safe, derived from the feed and the item's identity.</summary>
    public static string ArticleId(string feedUrl, string itemId) => Hash(NormalizeFeedUrl(feedUrl) + "\n" + itemId.Trim(), 24);

    /// <summary>
    /// The feed URL as identity: http and https, host case, a default port, a trailing slash and a
    /// fragment do not make another feed, so listing a feed a little differently creates no duplicates.
    /// </summary>
    public static string NormalizeFeedUrl(string feedUrl)
    {
        var trimmed = feedUrl.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
            return trimmed;
        var path = u.AbsolutePath.Length > 1 ? u.AbsolutePath.TrimEnd('/') : "";
        var port = u.IsDefaultPort ? "" : ":" + u.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"//{u.IdnHost.ToLowerInvariant()}{port}{path}{u.Query}";
    }

    public static string RawBlobName(string feedKey, string itemKey) => $"{feedKey}/{itemKey}.json";

    /// <summary>Lower-case hex of SHA-256, cut to <paramref name="chars"/> characters.</summary>
    public static string Hash(string value, int chars = 64)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), hash);
        return Convert.ToHexStringLower(hash)[..chars];
    }
}
