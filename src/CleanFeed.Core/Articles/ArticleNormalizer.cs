using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Articles;

/// <summary>Turns a raw item and what extraction made of it into the public Article document.</summary>
public static partial class ArticleNormalizer
{
    private const int SummaryLength = 300;

    public static Article Create(RawItem raw, string rawBlob, ExtractionResult result, DateTimeOffset cleanedAt)
    {
        var item = raw.Item;
        var title = FirstNonEmpty(CleanLine(item.Title), CleanLine(result.Title)) ?? FirstLine(result.Text) ?? "(untitled)";
        var text = result.Text.Trim();
        var published = Plausible(item.Published, cleanedAt) ?? Plausible(result.Published, cleanedAt);
        var updated = Plausible(item.Updated, cleanedAt) ?? Plausible(result.Updated, cleanedAt);
        if (updated < published) updated = published;

        return new Article
        {
            Id = ArticleIdentity.ArticleId(raw.Feed.Url, item.Id),
            Url = FirstAbsolute(result.CanonicalUrl, raw.Page?.Body is not null ? raw.Page.FinalUrl : null, item.Link),
            SourceUrl = item.Link,
            Feed = new ArticleFeed(raw.Feed.Url, CleanLine(raw.Feed.Title)),
            Title = title,
            Author = FirstNonEmpty(CleanLine(result.Author), CleanLine(item.Author)),
            Published = published,
            Updated = updated,
            Language = NormalizeLanguage(result.Language ?? raw.Feed.Language),
            Summary = Summarize(result.Description, item.Summary, text),
            Text = text,
            Html = result.Html,
            WordCount = CountWords(text),
            ContentHash = "sha256:" + ArticleIdentity.Hash(title + "\n" + text),
            Images = Distinct([result.LeadImage, item.ImageUrl, .. result.Images]),
            Tags = Distinct([.. item.Categories, .. result.Tags]),
            Removed = result.Removed.GroupBy(r => r.Kind)
                .Select(g => new RemovedSummary(g.Key, g.Count(), g.Sum(r => r.Chars)))
                .OrderByDescending(r => r.Chars).ToList(),
            RawBlob = rawBlob,
            CleanedAt = cleanedAt.ToUniversalTime(),
        };
    }

    /// <summary>
    /// A date a reader can trust, in UTC; null for placeholders such as 0001-01-01 (undated pages
    /// of some generators), which storage tables also reject, and for dates well in the future.
    /// </summary>
    public static DateTimeOffset? Plausible(DateTimeOffset? date, DateTimeOffset now)
        => date is { } d && d.Year >= 1970 && d <= now.AddDays(2) ? d.ToUniversalTime() : null;

    /// <summary>BCP 47 casing: language lower, region upper ("en-us" → "en-US"); junk gives null.</summary>
    public static string? NormalizeLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter)) return null;
        var sb = new StringBuilder(parts[0].ToLowerInvariant());
        foreach (var p in parts.Skip(1))
        {
            if (!p.All(char.IsAsciiLetterOrDigit)) break;
            sb.Append('-').Append(p.Length == 2 ? p.ToUpperInvariant() : p.Length == 4 ? char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant() : p.ToLowerInvariant());
        }
        return sb.ToString();
    }

    public static int CountWords(string text)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var w = char.IsLetterOrDigit(c);
            if (w && !inWord) n++;
            inWord = w || (inWord && (c == '\'' || c == '’' || c == '-'));
        }
        return n;
    }

    /// <summary>The page's description, else the feed's summary, else the text's lead, cut at a word.</summary>
    private static string Summarize(string? description, string? feedSummary, string text)
    {
        var candidate = FirstNonEmpty(CleanLine(description), CleanLine(StripTags(feedSummary)));
        if (candidate is null || candidate.Length < 40)
        {
            var firstPara = text.Split("\n\n", 2)[0];
            candidate = CleanLine(firstPara) ?? candidate ?? "";
        }
        if (candidate.Length <= SummaryLength) return candidate;
        var cut = candidate.LastIndexOf(' ', SummaryLength);
        return candidate[..(cut > SummaryLength / 2 ? cut : SummaryLength)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string? StripTags(string? html)
        => html is null ? null : WebUtility.HtmlDecode(Tags().Replace(html, " "));

    private static string? CleanLine(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var t = Spaces().Replace(WebUtility.HtmlDecode(s), " ").Trim();
        return t.Length == 0 ? null : t;
    }

    private static string? FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length == 0 ? null : line.Length > 120 ? line[..120] + "…" : line;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? FirstAbsolute(params string?[] urls)
        => urls.FirstOrDefault(u => Uri.TryCreate(u, UriKind.Absolute, out var x) && (x.Scheme == Uri.UriSchemeHttp || x.Scheme == Uri.UriSchemeHttps));

    private static List<string> Distinct(IEnumerable<string?> values)
        => values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
