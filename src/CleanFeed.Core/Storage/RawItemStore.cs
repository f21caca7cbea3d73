using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Storage;

/// <summary>The raw/ container: every fetched item is kept as it arrived.</summary>
public sealed class RawItemStore(StorageClients storage)
{
    public string ContainerName => storage.Names.RawContainer;

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
