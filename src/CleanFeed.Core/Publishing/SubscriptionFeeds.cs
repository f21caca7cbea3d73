using CleanFeed.Core.Articles;
using CleanFeed.Core.Storage;

namespace CleanFeed.Core.Publishing;

/// <summary>
/// Pull side of subscribing: the stored articles as Atom or JSON Feed documents — all of them or
/// one source feed's — a page at a time, with an ETag so readers can poll with If-None-Match.
/// Both the HTTP functions and `cleanfeed serve` answer through this.
/// </summary>
public sealed class SubscriptionFeeds(ArticleStore articles)
{
    public const int DefaultPageSize = 50;

    public async Task<FeedDocument> GetAsync(FeedDocumentRequest request, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, 500);
        var page = Math.Max(request.Page, 1);
        var entries = await articles.ListAsync(new ArticleQuery(request.FeedUrl), cancellationToken).ConfigureAwait(false);
        var slice = entries.Skip((page - 1) * pageSize).Take(pageSize).ToList();

        // The ETag comes from the index alone, so a 304 costs no article reads.
        var etag = "\"" + ArticleIdentity.Hash(string.Join('|', slice.Select(e => e.RowKey + ":" + e.ContentHash)) + $"|{request.Format}|{page}|{pageSize}|{entries.Count}", 32) + "\"";
        if (request.IfNoneMatch is not null && request.IfNoneMatch.Split(',').Select(t => t.Trim()).Contains(etag))
            return new FeedDocument(etag, null, null, NotModified: true);

        var list = new List<Article>(slice.Count);
        foreach (var e in slice)
            if (await articles.ReadAsync(e.BlobPath, cancellationToken).ConfigureAwait(false) is { } a) list.Add(a);

        var title = request.FeedUrl is null ? "CleanFeed: all articles" : $"CleanFeed: {slice.FirstOrDefault()?.FeedTitle ?? request.FeedUrl}";
        var next = page * pageSize < entries.Count ? request.PageUrl?.Invoke(page + 1) : null;
        var self = request.PageUrl?.Invoke(page);
        return request.Format == FeedFormat.JsonFeed
            ? new FeedDocument(etag, FeedWriter.JsonFeed(list, title, self, next), "application/feed+json; charset=utf-8")
            : new FeedDocument(etag, FeedWriter.Atom(list, title, self, next), "application/atom+xml; charset=utf-8");
    }
}

public enum FeedFormat { Atom, JsonFeed }

public sealed record FeedDocumentRequest
{
    public FeedFormat Format { get; init; } = FeedFormat.Atom;
    /// <summary>Only this source feed's articles; null for all.</summary>
    public string? FeedUrl { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = SubscriptionFeeds.DefaultPageSize;
    public string? IfNoneMatch { get; init; }
    /// <summary>Builds the absolute URL of a page, for self and next links.</summary>
    public Func<int, string>? PageUrl { get; init; }
}

public sealed record FeedDocument(string ETag, string? Body, string? ContentType, bool NotModified = false);
