using CleanFeed.Core.Articles;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Pipeline;

/// <summary>
/// Decides what to clean for a raw item — the fetched page or the feed's own content — and makes
/// the Article. The page wins unless it yields much less text than the feed carried (a paywall,
/// a script-rendered page, an error page served with 200).
/// </summary>
public sealed class ItemCleaner(IContentExtractor extractor, TimeProvider time)
{
    public Article Clean(RawItem raw, string rawBlob, CancellationToken cancellationToken = default)
    {
        var item = raw.Item;
        var hints = new ExtractionHints
        {
            Title = item.Title,
            Author = item.Author,
            Published = item.Published,
            Updated = item.Updated,
            Language = raw.Feed.Language,
        };

        ExtractionResult? fromPage = null;
        if (raw.Page is { Body: { Length: > 0 } body } page && IsHtml(page.ContentType))
        {
            fromPage = extractor.Extract(new ExtractionInput
            {
                Html = body,
                BaseUrl = AbsoluteOrNull(page.FinalUrl ?? item.Link),
                Hints = hints,
                Rules = raw.Feed.Rules,
            }, cancellationToken);
        }
        else if (raw.Page is { Body: { Length: > 0 } textBody } textPage && IsPlainText(textPage.ContentType))
        {
            fromPage = extractor.Extract(new ExtractionInput { Text = textBody, Hints = hints }, cancellationToken);
        }

        ExtractionResult? fromFeed = null;
        var feedContent = !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Summary;
        if (!string.IsNullOrWhiteSpace(feedContent))
        {
            var isText = item.ContentType == "text" || !feedContent.Contains('<');
            fromFeed = extractor.Extract(isText
                ? new ExtractionInput { Text = feedContent, Hints = hints }
                : new ExtractionInput { Html = feedContent, BaseUrl = AbsoluteOrNull(item.Link ?? raw.Feed.Link), Hints = hints, Rules = raw.Feed.Rules },
                cancellationToken);
        }

        var chosen = Choose(fromPage, fromFeed) ?? new ExtractionResult();
        // Metadata the chosen source lacks may still come from the other one.
        var other = ReferenceEquals(chosen, fromPage) ? fromFeed : fromPage;
        if (other is not null)
        {
            chosen = chosen with
            {
                Title = chosen.Title ?? other.Title,
                Author = chosen.Author ?? other.Author,
                Published = chosen.Published ?? other.Published,
                Updated = chosen.Updated ?? other.Updated,
                Language = chosen.Language ?? other.Language,
                CanonicalUrl = chosen.CanonicalUrl ?? other.CanonicalUrl,
                Description = chosen.Description ?? other.Description,
                LeadImage = chosen.LeadImage ?? other.LeadImage,
            };
        }
        return ArticleNormalizer.Create(raw, rawBlob, chosen, time.GetUtcNow());
    }

    private static ExtractionResult? Choose(ExtractionResult? page, ExtractionResult? feed)
    {
        if (page is null) return feed;
        if (feed is null) return page;
        var pageWords = ArticleNormalizer.CountWords(page.Text);
        var feedWords = ArticleNormalizer.CountWords(feed.Text);
        return pageWords >= feedWords / 2 ? page : feed;
    }

    private static bool IsHtml(string? contentType)
        => contentType is null || contentType.Contains("html", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlainText(string? contentType)
        => contentType is not null && contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    private static Uri? AbsoluteOrNull(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : null;
}
