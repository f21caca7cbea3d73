using Azure.Storage.Queues;
using CleanFeed.Core.Configuration;
using CleanFeed.Core.Pipeline;
using CleanFeed.Core.Storage;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.Timers;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanFeed.Cli.Hosting;

/// <summary>
/// Hosts the three stages on the WebJobs SDK — the engine of the Functions host — with real blob
/// scan and queue listeners, poison queues and timer locks, against any storage account.
/// </summary>
public sealed class WebJobsPipelineHost : IAsyncDisposable
{
    private readonly IHost _host;

    private WebJobsPipelineHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <param name="settings">Settings by name (AzureWebJobsStorage, Feeds, FetchSchedule, ...).</param>
    /// <param name="withTimer">False for `run --once`, which fetches once itself instead of on the schedule.</param>
    public static WebJobsPipelineHost Create(IConfiguration settings, string storageConnection, bool withTimer, LogLevel logLevel = LogLevel.Warning, HostJsonOptions? hostJson = null)
    {
        hostJson ??= HostJsonOptions.Load();
        var jobs = new List<Type> { typeof(CleanItemJob), typeof(StoreArticleJob) };
        if (withTimer) jobs.AddRange([typeof(FetchFeedsJob), typeof(SweepRawJob)]);

        var builder = new HostBuilder()
            .UseEnvironment(Environments.Production)
            .ConfigureAppConfiguration(c =>
            {
                c.AddConfiguration(settings);
                c.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    [TriggerNames.StorageConnection] = storageConnection,
                    [nameof(CleanFeedOptions.FetchSchedule)] = settings[nameof(CleanFeedOptions.FetchSchedule)] ?? new CleanFeedOptions().FetchSchedule,
                });
            })
            .ConfigureWebJobs(b =>
            {
                b.AddAzureStorageCoreServices();
                b.AddAzureStorageBlobs(o =>
                {
                    o.MaxDegreeOfParallelism = hostJson.BlobMaxDegreeOfParallelism;
                    o.PoisonBlobThreshold = hostJson.BlobPoisonThreshold;
                });
                b.AddAzureStorageQueues(o =>
                {
                    o.BatchSize = hostJson.QueueBatchSize;
                    o.NewBatchThreshold = hostJson.QueueNewBatchThreshold;
                    o.MaxDequeueCount = hostJson.QueueMaxDequeueCount;
                    o.MaxPollingInterval = hostJson.QueueMaxPollingInterval;
                    o.VisibilityTimeout = hostJson.QueueVisibilityTimeout;
                    o.MessageEncoding = string.Equals(hostJson.QueueMessageEncoding, "none", StringComparison.OrdinalIgnoreCase)
                        ? QueueMessageEncoding.None : QueueMessageEncoding.Base64;
                });
                if (withTimer)
                {
                    b.AddTimers();
                    // The stock storage-backed ScheduleMonitor of Extensions 3.0.6 does not load with Host.Storage 5.x.
                    b.Services.AddSingleton<ScheduleMonitor>(new FileSystemScheduleMonitor());
                }
            })
            .ConfigureLogging(l =>
            {
                l.ClearProviders();
                l.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
                l.SetMinimumLevel(logLevel);
                // The host's own chatter about listeners and leases, and the SDK's expected 404s
                // (create-if-not-exists, blob receipts), are noise at the default level.
                var quiet = logLevel > LogLevel.Warning ? logLevel : LogLevel.Warning;
                l.AddFilter("Host", quiet);
                l.AddFilter("Microsoft", quiet);
                l.AddFilter("Azure", LogLevel.Error);
            })
            .ConfigureServices((context, services) =>
            {
                services.Configure<CleanFeedOptions>(context.Configuration);
                services.AddCleanFeed(_ => storageConnection);
                services.AddSingleton<ITypeLocator>(new FixedTypeLocator(jobs));
                // The command owns Ctrl+C and SIGTERM; the default console lifetime would swallow them.
                services.AddSingleton<IHostLifetime, CommandLifetime>();
            });
        return new WebJobsPipelineHost(builder.Build());
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The listeners need their queues and containers before they start.
        await _host.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _host.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => _host.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try { await _host.StopAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false); }
        catch (OperationCanceledException) { }
        _host.Dispose();
    }

    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class FixedTypeLocator(IReadOnlyList<Type> types) : ITypeLocator
    {
        public IReadOnlyList<Type> GetTypes() => types;
    }
}
