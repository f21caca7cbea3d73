using System.Text.Json;
using CleanFeed.Core.Articles;
using CleanFeed.Core.Pipeline;
using CleanFeed.Core.Publishing;
using CleanFeed.Core.Storage;
using CleanFeed.Functions.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CleanFeed.Functions.Tests.Pipeline;

/// <summary>The store stage on a real Azurite: upsert by id, publish once, claim checks, bad messages.</summary>
public class StoreArticleTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static Article Sample(string id, string text = "First paragraph.\n\nSecond paragraph.") => new()
    {
        Id = id,
        Url = "https://news.example/a",
        SourceUrl = "https://news.example/a?utm=feed",
        Feed = new ArticleFeed("https://news.example/feed.xml", "Example News"),
        Title = "A title",
        Published = new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero),
        Text = text,
        Html = "<p>First paragraph.</p>",
        WordCount = ArticleNormalizer.CountWords(text),
        ContentHash = "sha256:" + ArticleIdentity.Hash(text),
        RawBlob = "raw/x/y.json",
        CleanedAt = DateTimeOffset.UtcNow,
    };

    private (StoreArticleHandler Handler, StorageClients Clients) Create()
    {
        var clients = azurite.Clients();
        var store = new ArticleStore(clients);
        return (new StoreArticleHandler(clients, store, new ArticlePublisher(clients, NullLogger<ArticlePublisher>.Instance), NullLogger<StoreArticleHandler>.Instance), clients);
    }

    private static string Message(Article a) => JsonSerializer.Serialize(new CleanedArticleMessage { ArticleId = a.Id, RawBlob = a.RawBlob, Article = a }, JsonDefaults.Options);

    [Fact]
    public async Task A_redelivered_message_stores_and_publishes_the_article_once()
    {
        var (handler, clients) = Create();
        var article = Sample("redelivered0001");

        var first = await handler.HandleAsync(Message(article));
        var second = await handler.HandleAsync(Message(article));

        Assert.Equal(StoreResult.Created, first.Result);
        Assert.Equal(StoreResult.Unchanged, second.Result);
        Assert.Equal("2024/03/05/redelivered0001.json", first.BlobPath);
        var blobs = new List<string>();
        await foreach (var b in clients.Container("articles").GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "2024/03/05/redelivered0001", default)) blobs.Add(b.Name);
        Assert.Single(blobs);
        var published = (await clients.Queue("articles-published").PeekMessagesAsync(32)).Value
            .Select(m => JsonSerializer.Deserialize<ArticlePublishedMessage>(m.Body.ToString(), JsonDefaults.Options)!)
            .Where(m => m.Id == article.Id).ToList();
        Assert.Single(published);
        Assert.Equal("created", published[0].Change);
        Assert.Equal("articles/2024/03/05/redelivered0001.json", published[0].Blob);
    }

    [Fact]
    public async Task A_changed_article_is_updated_in_place_even_when_its_date_moves()
    {
        var (handler, clients) = Create();
        var article = Sample("changed00000001");
        await handler.HandleAsync(Message(article));
        var changed = Sample("changed00000001", "New text.") with { Published = new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero) };

        var outcome = await handler.HandleAsync(Message(changed));

        Assert.Equal(StoreResult.Updated, outcome.Result);
        Assert.Equal("2024/03/05/changed00000001.json", outcome.BlobPath);
        var stored = await new ArticleStore(clients).ReadAsync(outcome.BlobPath);
        Assert.Equal("New text.", stored!.Text);
        Assert.False(await clients.Container("articles").GetBlobClient("2024/04/01/changed00000001.json").ExistsAsync());
    }

    [Fact]
    public async Task A_claim_check_message_loads_the_article_from_the_cleaned_container()
    {
        var (handler, clients) = Create();
        await clients.EnsureCreatedAsync();
        var big = Sample("claimcheck00001", string.Join("\n\n", Enumerable.Repeat("A long paragraph of words that goes on.", 2000)));
        await clients.Container("cleaned").GetBlobClient("claimcheck00001.json").UploadAsync(BinaryData.FromObjectAsJson(big, JsonDefaults.Options));
        var message = JsonSerializer.Serialize(new CleanedArticleMessage { ArticleId = big.Id, RawBlob = big.RawBlob, CleanedBlob = "cleaned/claimcheck00001.json" }, JsonDefaults.Options);

        var outcome = await handler.HandleAsync(message);

        Assert.Equal(StoreResult.Created, outcome.Result);
        Assert.Equal(big.Text, (await new ArticleStore(clients).ReadAsync(outcome.BlobPath))!.Text);
    }

    [Fact]
    public async Task A_malformed_message_fails_with_a_clear_error()
    {
        var (handler, _) = Create();
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => handler.HandleAsync("{ not json"));
        Assert.Contains("not a CleanedArticleMessage", e.Message);
    }

    [Fact]
    public async Task Stored_articles_are_json_with_the_contract_s_camel_case_fields_and_utc_dates()
    {
        var (handler, clients) = Create();
        var outcome = await handler.HandleAsync(Message(Sample("contract0000001")));
        var json = (await clients.Container("articles").GetBlobClient(outcome.BlobPath).DownloadContentAsync()).Value.Content.ToString();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        foreach (var field in new[] { "id", "url", "sourceUrl", "feed", "title", "author", "published", "updated", "language", "summary", "text", "html", "wordCount", "contentHash", "images", "tags", "removed", "rawBlob", "cleanedAt", "pipelineVersion" })
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        Assert.Equal("2024-03-05T10:00:00Z", root.GetProperty("published").GetString());
        Assert.Equal("https://news.example/feed.xml", root.GetProperty("feed").GetProperty("url").GetString());
    }

    private static async Task<List<ArticlePublishedMessage>> PublishedAsync(StorageClients clients, string queue, string id)
        => (await clients.Queue(queue).PeekMessagesAsync(32)).Value
            .Select(m => JsonSerializer.Deserialize<ArticlePublishedMessage>(m.Body.ToString(), JsonDefaults.Options)!)
            .Where(m => m.Id == id).ToList();

    [Fact]
    public async Task An_article_stored_but_never_published_is_published_when_the_message_comes_again()
    {
        var (handler, clients) = Create();
        await clients.EnsureCreatedAsync();
        var article = Sample("crashedbefore01");
        // As if the first delivery stored it and died before publishing.
        await new ArticleStore(clients).UpsertAsync(article);

        var outcome = await handler.HandleAsync(Message(article));

        Assert.Equal(StoreResult.Unchanged, outcome.Result);
        var published = Assert.Single(await PublishedAsync(clients, "articles-published", article.Id));
        Assert.Equal("created", published.Change);
        await handler.HandleAsync(Message(article));
        Assert.Single(await PublishedAsync(clients, "articles-published", article.Id));
    }

    [Fact]
    public async Task A_change_outside_the_text_such_as_sanitised_html_still_updates_the_stored_article()
    {
        var (handler, clients) = Create();
        var article = Sample("htmlfix00000001") with { Html = "<p>First paragraph.</p><script>alert(1)</script>" };
        await handler.HandleAsync(Message(article));

        var outcome = await handler.HandleAsync(Message(article with { Html = "<p>First paragraph.</p>" }));

        Assert.Equal(StoreResult.Updated, outcome.Result);
        Assert.DoesNotContain("<script", (await new ArticleStore(clients).ReadAsync(outcome.BlobPath))!.Html);
        Assert.Equal("updated", (await PublishedAsync(clients, "articles-published", article.Id)).Last().Change);
    }

    [Fact]
    public async Task Every_valid_subscriber_queue_gets_the_article_and_a_misnamed_one_is_skipped()
    {
        var (handler, clients) = Create();
        await clients.EnsureCreatedAsync();
        var subscribers = clients.Table("Subscribers");
        await subscribers.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("queue", "Bad_Queue"));
        await subscribers.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("queue", "sub-a"));
        var article = Sample("subscribers0001");

        await handler.HandleAsync(Message(article));

        Assert.Single(await PublishedAsync(clients, "sub-a", article.Id));
        await subscribers.DeleteEntityAsync("queue", "Bad_Queue");
        await subscribers.DeleteEntityAsync("queue", "sub-a");
    }
}
