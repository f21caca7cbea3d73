using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Storage;

/// <summary>The raw/ container: every fetched item is kept as it arrived.</summary>
public sealed class RawItemStore(StorageClients storage)
{
    public const string ArticleIdMetadata = "articleid";
    private const string NudgesMetadata = "nudges";

    public string ContainerName => storage.Names.RawContainer;

    /// <summary>
    /// Touches a raw blob (a metadata write moves its Last-Modified) so that the polling blob
    /// trigger sees it again. The container scan of the WebJobs Blobs extension 5.3.8+ can skip
    /// blobs written while it scans when storage analytics logs are missing — always, on Azurite.
    /// Returns false once the blob was nudged <paramref name="maxNudges"/> times (a blob that keeps
    /// failing ends in the poison queue instead).
    /// </summary>
    public async Task<bool> NudgeAsync(string blobName, int maxNudges = 3, CancellationToken cancellationToken = default)
    {
        var blob = storage.Container(storage.Names.RawContainer).GetBlobClient(blobName);
        try
        {
            var props = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var metadata = new Dictionary<string, string>(props.Value.Metadata, StringComparer.OrdinalIgnoreCase);
            var nudges = metadata.TryGetValue(NudgesMetadata, out var n) && int.TryParse(n, out var k) ? k : 0;
            if (nudges >= maxNudges) return false;
            metadata[NudgesMetadata] = (nudges + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await blob.SetMetadataAsync(metadata, new BlobRequestConditions { IfMatch = props.Value.ETag }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Raw blobs older than <paramref name="minAge"/> whose article is not among <paramref name="storedIds"/>.</summary>
    public async Task<IReadOnlyList<string>> ListUncleanedAsync(IReadOnlySet<string> storedIds, TimeSpan minAge, CancellationToken cancellationToken = default)
    {
        var result = new List<string>();
        var before = DateTimeOffset.UtcNow - minAge;
        await foreach (var b in storage.Container(storage.Names.RawContainer)
                           .GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, null, cancellationToken).ConfigureAwait(false))
        {
            if (b.Properties.LastModified > before) continue;
            if (b.Metadata.TryGetValue(ArticleIdMetadata, out var id) && !storedIds.Contains(id)) result.Add(b.Name);
        }
        return result;
    }

    /// <summary>Writes the item unless it is already there. Returns false when it existed (a re-fetch).</summary>
    public async Task<bool> TryAddAsync(string blobName, RawItem item, CancellationToken cancellationToken = default)
    {
        var blob = storage.Container(storage.Names.RawContainer).GetBlobClient(blobName);
        try
        {
            await blob.UploadAsync(BinaryData.FromObjectAsJson(item, JsonDefaults.Options), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
                // The article id rides along, so a sweep can tell uncleaned items without reading them.
                Metadata = new Dictionary<string, string> { [ArticleIdMetadata] = Articles.ArticleIdentity.ArticleId(item.Feed.Url, item.Item.Id) },
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<RawItem> ReadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var blob = storage.Container(storage.Names.RawContainer).GetBlobClient(blobName);
        var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return Parse(content.Value.Content, blobName);
    }

    /// <summary>Reads an envelope; a malformed one gets a clear error naming the blob.</summary>
    public static RawItem Parse(BinaryData content, string blobName)
    {
        try
        {
            return content.ToObjectFromJson<RawItem>(JsonDefaults.Options)
                   ?? throw new InvalidDataException($"raw item {blobName} is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"raw item {blobName} is not a valid RawItem envelope: {e.Message}", e);
        }
    }
}
