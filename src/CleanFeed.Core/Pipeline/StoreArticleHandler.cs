using System.Text.Json;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Publishing;
using CleanFeed.Core.Storage;
using Microsoft.Extensions.Logging;

namespace CleanFeed.Core.Pipeline;

/// <summary>
/// Stage 3: a CleanedArticleMessage in; the article upserted by id into articles/ and ArticleIndex,
/// then published when it is new or changed. A redelivered message changes nothing.
/// </summary>
public sealed class StoreArticleHandler(StorageClients storage, ArticleStore articles, ArticlePublisher publisher, ILogger<StoreArticleHandler> logger)
{
    public async Task<StoreOutcome> HandleAsync(string messageText, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        CleanedArticleMessage message;
        try
        {
            message = JsonSerializer.Deserialize<CleanedArticleMessage>(messageText, JsonDefaults.Options)
                      ?? throw new InvalidDataException("the message is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"articles-to-store message is not a CleanedArticleMessage: {e.Message}", e);
        }

        var article = message.Article ?? await LoadClaimCheckAsync(message, cancellationToken).ConfigureAwait(false);
        if (article.Id != message.ArticleId)
            throw new InvalidDataException($"message names article {message.ArticleId} but carries {article.Id}");

        var outcome = await articles.UpsertAsync(article, cancellationToken).ConfigureAwait(false);
        if (outcome.NeedsPublish)
        {
            // Marked only after every subscriber queue took it; a failure throws, the message is
            // redelivered, and the article is published again (at least once).
            await publisher.PublishAsync(article, outcome, cancellationToken).ConfigureAwait(false);
            await articles.MarkPublishedAsync(article.Id, outcome.DocumentHash, cancellationToken).ConfigureAwait(false);
        }
        logger.LogInformation("Stored {ArticleId} ({Result}) at {BlobPath}: {Title}", article.Id, outcome.Result, outcome.BlobPath, article.Title);
        return outcome;
    }

    private async Task<Article> LoadClaimCheckAsync(CleanedArticleMessage message, CancellationToken cancellationToken)
    {
        if (message.CleanedBlob is null)
            throw new InvalidDataException($"message for {message.ArticleId} carries neither an article nor a claim check");
        var (container, name) = SplitBlobPath(message.CleanedBlob);
        var r = await storage.Container(container).GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return r.Value.Content.ToObjectFromJson<Article>(JsonDefaults.Options)
               ?? throw new InvalidDataException($"claim check {message.CleanedBlob} is empty");
    }

    private static (string Container, string Name) SplitBlobPath(string path)
    {
        var i = path.IndexOf('/');
        if (i <= 0) throw new InvalidDataException($"'{path}' is not a container/blob path");
        return (path[..i], path[(i + 1)..]);
    }
}
