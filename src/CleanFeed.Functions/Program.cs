using CleanFeed.Core.Configuration;
using CleanFeed.Core.Pipeline;
using CleanFeed.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

var host = new HostBuilder()
    .ConfigureFunctionsWorkerDefaults()
    .ConfigureServices((context, services) =>
    {
        // App settings arrive as configuration keys of the same names (FetchSchedule, Feeds, MaxPageBytes, ...).
        services.Configure<CleanFeedOptions>(context.Configuration);
        // A connection string locally; managed identity in Azure (AzureWebJobsStorage__accountName, no keys).
        services.AddCleanFeedCore(sp => StorageClients.FromConfiguration(context.Configuration,
            sp.GetRequiredService<IOptions<CleanFeedOptions>>().Value.Storage));
    })
    .Build();

host.Run();
