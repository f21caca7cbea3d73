namespace CleanFeed.Core.Configuration;

/// <summary>
/// The pipeline's settings. Each property name is the setting's name, the same in
/// local.settings.json, in app settings and in environment variables.
/// </summary>
public sealed class CleanFeedOptions
{
    /// <summary>NCRONTAB schedule of the fetch timer (six fields).</summary>
    public string FetchSchedule { get; set; } = "0 */5 * * * *";

    /// <summary>Path or URL of the feeds list (OPML or feeds.json).</summary>
    public string? Feeds { get; set; }

    /// <summary>Fetch each item's article page by default (a feed can override it).</summary>
    public bool FetchFullText { get; set; } = true;

    public long MaxFeedBytes { get; set; } = 10 * 1024 * 1024;
    public long MaxPageBytes { get; set; } = 5 * 1024 * 1024;
    public int HttpTimeoutSeconds { get; set; } = 30;
    public int MaxRedirects { get; set; } = 5;

    /// <summary>False in Azure: feed and page URLs may not reach private, loopback or link-local addresses.</summary>
    public bool AllowPrivateNetworks { get; set; }

    public string UserAgent { get; set; } = "CleanFeed/1.0 (+https://github.com/cleanfeed/cleanfeed)";

    /// <summary>How many items of one feed are taken per fetch at most (newest first).</summary>
    public int MaxItemsPerFeed { get; set; } = 100;

    public StorageNames Storage { get; set; } = new();
}

/// <summary>
/// Storage names; the defaults are the design's. The names the triggers listen on are fixed
/// (see <see cref="TriggerNames"/>): a setting that moved them would write where no trigger listens.
/// </summary>
public sealed class StorageNames
{
    public string RawContainer => TriggerNames.RawContainer;
    public string CleanedContainer { get; set; } = "cleaned";
    public string ArticlesContainer { get; set; } = "articles";
    public string ToStoreQueue => TriggerNames.ToStoreQueue;
    /// <summary>Where the queue trigger moves a message after maxDequeueCount failures.</summary>
    public string ToStorePoisonQueue => TriggerNames.ToStoreQueue + "-poison";
    public string PublishedQueue { get; set; } = "articles-published";
    public string FeedStateTable { get; set; } = "FeedState";
    public string SeenItemsTable { get; set; } = "SeenItems";
    public string ArticleIndexTable { get; set; } = "ArticleIndex";
    public string SubscribersTable { get; set; } = "Subscribers";
}

/// <summary>
/// Names that appear in trigger attributes. Both hosts (the Functions app and the WebJobs host
/// of `cleanfeed run`) bind to these constants, so they cannot drift apart.
/// </summary>
public static class TriggerNames
{
    public const string FetchFeeds = "FetchFeeds";
    public const string CleanItem = "CleanItem";
    public const string CleanItemEventGrid = "CleanItemEventGrid";
    public const string StoreArticle = "StoreArticle";
    public const string SweepRaw = "SweepRaw";
    /// <summary>Every two minutes: see RawSweepHandler.</summary>
    public const string SweepSchedule = "30 */2 * * * *";

    public const string RawContainer = "raw";
    public const string RawBlobPath = RawContainer + "/{name}";
    public const string ToStoreQueue = "articles-to-store";
    public const string FetchSchedule = "%FetchSchedule%";

    /// <summary>The setting holding the storage connection.</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>The queue the WebJobs blob trigger moves poisoned blobs to.</summary>
    public const string BlobPoisonQueue = "webjobs-blobtrigger-poison";
}
