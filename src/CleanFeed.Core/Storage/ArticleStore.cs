using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using CleanFeed.Core.Articles;

namespace CleanFeed.Core.Storage;

/// <summary>
/// The articles/ container (articles/{yyyy}/{MM}/{dd}/{id}.json) and its ArticleIndex table.
/// An article keeps the path it was first stored under, so a changed date never makes a second copy.
/// </summary>
public sealed class ArticleStore(StorageClients storage)
{
    private TableClient Index => storage.Table(storage.Names.ArticleIndexTable);

    public static string BlobPathFor(Article article)
    {
        var d = (article.Published ?? article.CleanedAt).UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{d:yyyy}/{d:MM}/{d:dd}/{article.Id}.json");
    }

    /// <summary>Index entries are partitioned by the id's first two characters, so a lookup by id is a point read.</summary>
    public static string PartitionFor(string articleId) => articleId.Length >= 2 ? articleId[..2] : articleId;

    public async Task<ArticleIndexEntry?> FindAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var r = await Index.GetEntityIfExistsAsync<ArticleIndexEntry>(PartitionFor(articleId), articleId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return r.HasValue ? r.Value : null;
    }

    /// <summary>
    /// Upserts the article by id. Returns what happened and whether subscribers still have to hear
    /// of this version, so a publish that failed is retried by the message's redelivery.
    /// Optimistic concurrency: two deliveries of the same article racing each other end with one
    /// index entry and one blob.
    /// </summary>
    public async Task<StoreOutcome> UpsertAsync(Article article, CancellationToken cancellationToken = default)
    {
        var documentHash = DocumentHash(article);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await FindAsync(article.Id, cancellationToken).ConfigureAwait(false);
            if (existing is not null && existing.DocumentHash == documentHash)
                return new StoreOutcome(StoreResult.Unchanged, existing.BlobPath, documentHash, existing.PublishedHash != documentHash, existing.PublishedHash is null);

            var path = existing?.BlobPath ?? BlobPathFor(article);
            var blob = storage.Container(storage.Names.ArticlesContainer).GetBlobClient(path);
            await blob.UploadAsync(BinaryData.FromObjectAsJson(article, JsonDefaults.Options), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
            }, cancellationToken).ConfigureAwait(false);

            // The index is written last: a crash before it makes a redelivery write the same blob again.
            var entry = new ArticleIndexEntry
            {
                PartitionKey = PartitionFor(article.Id),
                RowKey = article.Id,
                BlobPath = path,
                FeedUrl = article.Feed.Url,
                FeedTitle = article.Feed.Title,
                Title = article.Title,
                Url = article.Url,
                Published = article.Published,
                ContentHash = article.ContentHash,
                DocumentHash = documentHash,
                PublishedHash = existing?.PublishedHash,
                StoredAt = existing?.StoredAt ?? DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            try
            {
                if (existing is null)
                    await Index.AddEntityAsync(entry, cancellationToken).ConfigureAwait(false);
                else
                    await Index.UpdateEntityAsync(entry, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return new StoreOutcome(existing is null ? StoreResult.Created : StoreResult.Updated, path, documentHash, true, existing?.PublishedHash is null);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 3)
            {
                // Another delivery won the race; look again. A blob we wrote under another path goes.
                var winner = await FindAsync(article.Id, cancellationToken).ConfigureAwait(false);
                if (winner is not null && winner.BlobPath != path)
                    await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Records that subscribers were told of this version of the article.</summary>
    public Task MarkPublishedAsync(string articleId, string documentHash, CancellationToken cancellationToken = default)
        => Index.UpdateEntityAsync(new TableEntity(PartitionFor(articleId), articleId) { [nameof(ArticleIndexEntry.PublishedHash)] = documentHash },
            ETag.All, TableUpdateMode.Merge, cancellationToken);

    /// <summary>
    /// A fingerprint of everything a reader sees (html, images, dates, pipeline version ...), not only
    /// the text that <see cref="Article.ContentHash"/> covers: a sanitiser fix replayed must reach the store.
    /// </summary>
    public static string DocumentHash(Article article)
        => "sha256:" + ArticleIdentity.Hash(System.Text.Json.JsonSerializer.Serialize(article with { CleanedAt = default, RawBlob = "" }, JsonDefaults.Options));

    public async Task<Article?> ReadAsync(string blobPath, CancellationToken cancellationToken = default)
    {
        try
        {
            var r = await storage.Container(storage.Names.ArticlesContainer).GetBlobClient(blobPath)
                .DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return r.Value.Content.ToObjectFromJson<Article>(JsonDefaults.Options);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Index entries, newest first, optionally for one feed and since a time.</summary>
    public async Task<IReadOnlyList<ArticleIndexEntry>> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        var all = new List<ArticleIndexEntry>();
        await foreach (var e in Index.QueryAsync<ArticleIndexEntry>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (query.FeedUrl is not null && !string.Equals(e.FeedUrl, query.FeedUrl, StringComparison.OrdinalIgnoreCase)) continue;
            if (query.Since is not null && (e.Published ?? e.StoredAt) < query.Since) continue;
            all.Add(e);
        }
        IEnumerable<ArticleIndexEntry> sorted = all.OrderByDescending(e => e.Published ?? e.StoredAt).ThenBy(e => e.RowKey, StringComparer.Ordinal);
        if (query.Limit is > 0) sorted = sorted.Take(query.Limit.Value);
        return sorted.ToList();
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken = default)
    {
        var ids = new List<string>();
        await foreach (var e in Index.QueryAsync<TableEntity>(select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            ids.Add(e.RowKey);
        return ids;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
        => (await ListIdsAsync(cancellationToken).ConfigureAwait(false)).Count;
}

public sealed record ArticleQuery(string? FeedUrl = null, DateTimeOffset? Since = null, int? Limit = null);

public enum StoreResult { Created, Updated, Unchanged }

/// <param name="NeedsPublish">Subscribers have not yet been told of this version.</param>
/// <param name="IsNew">Subscribers have never been told of this article.</param>
public sealed record StoreOutcome(StoreResult Result, string BlobPath, string DocumentHash = "", bool NeedsPublish = false, bool IsNew = false);

public sealed class ArticleIndexEntry : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string BlobPath { get; set; } = "";
    public string FeedUrl { get; set; } = "";
    public string? FeedTitle { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset? Published { get; set; }
    public string ContentHash { get; set; } = "";
    public string? DocumentHash { get; set; }
    /// <summary>The DocumentHash subscribers were last told of.</summary>
    public string? PublishedHash { get; set; }
    public DateTimeOffset StoredAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
