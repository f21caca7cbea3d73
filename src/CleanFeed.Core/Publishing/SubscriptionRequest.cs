using System.Collections.Specialized;
using System.Web;

namespace CleanFeed.Core.Publishing;

/// <summary>
/// The subscription endpoints' URL contract, shared by both hosts: GET articles.atom or
/// articles.json, optionally ?feed=SOURCE_FEED_URL and ?page=N.
/// </summary>
public static class SubscriptionRequest
{
    /// <summary>Reads a request; null when the format is not atom or json.</summary>
    public static FeedDocumentRequest? Parse(string format, Uri url, string? ifNoneMatch)
    {
        FeedFormat f;
        if (format.Equals("atom", StringComparison.OrdinalIgnoreCase)) f = FeedFormat.Atom;
        else if (format.Equals("json", StringComparison.OrdinalIgnoreCase)) f = FeedFormat.JsonFeed;
        else return null;

        var query = HttpUtility.ParseQueryString(url.Query);
        var page = int.TryParse(query["page"], out var p) && p > 0 ? p : 1;
        var size = int.TryParse(query["pageSize"], out var s) && s > 0 ? s : SubscriptionFeeds.DefaultPageSize;
        var feed = string.IsNullOrWhiteSpace(query["feed"]) ? null : query["feed"];
        return new FeedDocumentRequest
        {
            Format = f,
            FeedUrl = feed,
            Page = page,
            PageSize = size,
            IfNoneMatch = ifNoneMatch,
            PageUrl = n => PageUrl(url, query, n),
        };
    }

    private static string PageUrl(Uri url, NameValueCollection query, int page)
    {
        var q = HttpUtility.ParseQueryString(query.ToString() ?? "");
        q["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new UriBuilder(url) { Query = q.ToString() }.Uri.AbsoluteUri;
    }
}
