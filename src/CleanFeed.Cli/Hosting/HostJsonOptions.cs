using System.Text.Json;
using System.Text.Json.Nodes;

namespace CleanFeed.Cli.Hosting;

/// <summary>
/// The queue and blob options of the Functions app's host.json, so that `cleanfeed run` polls,
/// batches and poisons exactly as the Functions host does.
/// </summary>
public sealed record HostJsonOptions
{
    public int QueueBatchSize { get; init; } = 16;
    public int QueueNewBatchThreshold { get; init; } = 8;
    public int QueueMaxDequeueCount { get; init; } = 5;
    public TimeSpan QueueMaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan QueueVisibilityTimeout { get; init; } = TimeSpan.Zero;
    public string QueueMessageEncoding { get; init; } = "base64";
    public int BlobMaxDegreeOfParallelism { get; init; } = 8;
    public int BlobPoisonThreshold { get; init; } = 5;

    /// <summary>host.json beside the program (the build links the Functions app's file there).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "host.json");

    public static HostJsonOptions Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path)) return new HostJsonOptions();
        var root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var q = root?["extensions"]?["queues"];
        var b = root?["extensions"]?["blobs"];
        var d = new HostJsonOptions();
        return new HostJsonOptions
        {
            QueueBatchSize = Int(q?["batchSize"]) ?? d.QueueBatchSize,
            QueueNewBatchThreshold = Int(q?["newBatchThreshold"]) ?? d.QueueNewBatchThreshold,
            QueueMaxDequeueCount = Int(q?["maxDequeueCount"]) ?? d.QueueMaxDequeueCount,
            QueueMaxPollingInterval = Time(q?["maxPollingInterval"]) ?? d.QueueMaxPollingInterval,
            QueueVisibilityTimeout = Time(q?["visibilityTimeout"]) ?? d.QueueVisibilityTimeout,
            QueueMessageEncoding = q?["messageEncoding"]?.GetValue<string>() ?? d.QueueMessageEncoding,
            BlobMaxDegreeOfParallelism = Int(b?["maxDegreeOfParallelism"]) ?? d.BlobMaxDegreeOfParallelism,
            BlobPoisonThreshold = Int(b?["poisonBlobThreshold"]) ?? d.BlobPoisonThreshold,
        };
    }

    private static int? Int(JsonNode? n) => n is null ? null : n.GetValueKind() == JsonValueKind.String ? int.Parse(n.GetValue<string>()) : n.GetValue<int>();

    // host.json writes intervals as "hh:mm:ss" or as milliseconds.
    private static TimeSpan? Time(JsonNode? n) => n is null ? null
        : n.GetValueKind() == JsonValueKind.Number ? TimeSpan.FromMilliseconds(n.GetValue<double>())
        : TimeSpan.Parse(n.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
}
