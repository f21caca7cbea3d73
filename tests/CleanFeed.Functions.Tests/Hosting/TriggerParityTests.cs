using System.Reflection;
using System.Text.Json.Nodes;
using CleanFeed.Cli.Hosting;
using CleanFeed.Functions;
using FunctionsWorker = Microsoft.Azure.Functions.Worker;
using WebJobs = Microsoft.Azure.WebJobs;

namespace CleanFeed.Functions.Tests.Hosting;

/// <summary>The Functions app and `cleanfeed run` must bind the same triggers, or the two hosts drift apart.</summary>
public class TriggerParityTests
{
    [Fact]
    public void Both_hosts_bind_the_same_trigger_paths_queue_names_and_schedules()
    {
        var functions = Triggers(typeof(FetchFeeds).Assembly, typeof(FunctionsWorker.FunctionAttribute), a => ((FunctionsWorker.FunctionAttribute)a).Name);
        var webJobs = Triggers(typeof(WebJobsPipelineHost).Assembly, typeof(WebJobs.FunctionNameAttribute), a => ((WebJobs.FunctionNameAttribute)a).Name);

        // The Event Grid entry point exists only in Azure; it binds the same path as the polling one.
        Assert.Equal(functions["CleanItem"], functions["CleanItemEventGrid"]);
        functions.Remove("CleanItemEventGrid");

        Assert.Equal(new[] { "CleanItem", "FetchFeeds", "StoreArticle", "SweepRaw" }, functions.Keys.Order());
        Assert.Equal(functions.OrderBy(kv => kv.Key), webJobs.OrderBy(kv => kv.Key));
        Assert.Equal("timer %FetchSchedule%", functions["FetchFeeds"]);
        Assert.Equal("blob raw/{name}", functions["CleanItem"]);
        Assert.Equal("queue articles-to-store", functions["StoreArticle"]);
        Assert.Equal("timer 30 */2 * * * *", functions["SweepRaw"]);
    }

    [Fact]
    public void The_polling_and_event_grid_entry_points_use_those_blob_sources()
    {
        var type = typeof(CleanItem);
        var polling = type.GetMethod(nameof(CleanItem.Run))!.GetParameters()[0].GetCustomAttribute<FunctionsWorker.BlobTriggerAttribute>()!;
        var eventGrid = type.GetMethod(nameof(CleanItem.RunFromEventGrid))!.GetParameters()[0].GetCustomAttribute<FunctionsWorker.BlobTriggerAttribute>()!;
        Assert.Equal(FunctionsWorker.BlobTriggerSource.LogsAndContainerScan, polling.Source);
        Assert.Equal(FunctionsWorker.BlobTriggerSource.EventGrid, eventGrid.Source);
    }

    [Fact]
    public void The_webjobs_host_takes_its_queue_and_blob_options_from_the_functions_host_json()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "host.json");
        var json = JsonNode.Parse(File.ReadAllText(file))!["extensions"]!;
        var loaded = HostJsonOptions.Load(file);

        Assert.Equal((int)json["queues"]!["batchSize"]!, loaded.QueueBatchSize);
        Assert.Equal((int)json["queues"]!["maxDequeueCount"]!, loaded.QueueMaxDequeueCount);
        Assert.Equal(TimeSpan.Parse((string)json["queues"]!["maxPollingInterval"]!), loaded.QueueMaxPollingInterval);
        Assert.Equal(TimeSpan.Parse((string)json["queues"]!["visibilityTimeout"]!), loaded.QueueVisibilityTimeout);
        Assert.Equal((int)json["blobs"]!["poisonBlobThreshold"]!, loaded.BlobPoisonThreshold);
        // The file the CLI reads is the Functions app's own, linked into its build.
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPath("src/CleanFeed.Functions/host.json"))), File.ReadAllText(file));
    }

    private static string RepoPath(string relative)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Functions.sln"))) return Path.Combine(d.FullName, relative);
        throw new InvalidOperationException("not inside the repository");
    }

    /// <summary>Function name → "kind path-or-schedule", read from the trigger attributes.</summary>
    private static Dictionary<string, string> Triggers(Assembly assembly, Type nameAttribute, Func<Attribute, string> name)
    {
        var result = new Dictionary<string, string>();
        foreach (var method in assembly.GetTypes().SelectMany(t => t.GetMethods()))
        {
            var attr = method.GetCustomAttribute(nameAttribute);
            if (attr is null) continue;
            foreach (var p in method.GetParameters())
            {
                var trigger = p.GetCustomAttributes().Select(Describe).FirstOrDefault(d => d is not null);
                if (trigger is not null) result[name(attr)] = trigger;
            }
        }
        return result;
    }

    private static string? Describe(Attribute a) => a switch
    {
        FunctionsWorker.TimerTriggerAttribute t => "timer " + t.Schedule,
        FunctionsWorker.BlobTriggerAttribute b => "blob " + b.BlobPath,
        FunctionsWorker.QueueTriggerAttribute q => "queue " + q.QueueName,
        WebJobs.TimerTriggerAttribute t => "timer " + t.ScheduleExpression,
        WebJobs.BlobTriggerAttribute b => "blob " + b.BlobPath,
        WebJobs.QueueTriggerAttribute q => "queue " + q.QueueName,
        _ => null,
    };
}
