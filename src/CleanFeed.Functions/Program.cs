using CleanFeed.Core.Configuration;
using CleanFeed.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var host = new HostBuilder()
    .ConfigureFunctionsWorkerDefaults()
    .ConfigureServices((context, services) =>
    {
        // App settings arrive as configuration keys of the same names (FetchSchedule, Feeds, MaxPageBytes, ...).
        services.Configure<CleanFeedOptions>(context.Configuration);
        services.AddCleanFeed(_ => context.Configuration[TriggerNames.StorageConnection]
            ?? throw new InvalidOperationException($"The {TriggerNames.StorageConnection} setting is missing."));
    })
    .Build();

host.Run();
