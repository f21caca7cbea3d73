using CleanFeed.Core.Configuration;
using CleanFeed.Core.Storage;
using Microsoft.Extensions.Configuration;

namespace CleanFeed.Core.Tests.Storage;

/// <summary>The storage setting is read as the Functions host reads it: a connection string or identity-based.</summary>
public class StorageClientsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values)
        => new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void A_connection_string_is_used_as_is()
    {
        var c = StorageClients.FromConfiguration(Config(("AzureWebJobsStorage",
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:2/devstoreaccount1;TableEndpoint=http://127.0.0.1:3/devstoreaccount1;")), new StorageNames());
        Assert.Equal("http://127.0.0.1:1/devstoreaccount1", c.Blobs.Uri.AbsoluteUri.TrimEnd('/'));
        Assert.Equal(2, c.Queues.Uri.Port);
    }

    [Fact]
    public void An_account_name_means_identity_based_access_to_that_account_s_endpoints()
    {
        var c = StorageClients.FromConfiguration(Config(("AzureWebJobsStorage:accountName", "cleanfeedprod"), ("AzureWebJobsStorage:credential", "managedidentity")), new StorageNames());
        Assert.Equal("https://cleanfeedprod.blob.core.windows.net/", c.Blobs.Uri.AbsoluteUri);
        Assert.Equal("https://cleanfeedprod.queue.core.windows.net/", c.Queues.Uri.AbsoluteUri);
        Assert.Equal("cleanfeedprod", c.Blobs.AccountName);
    }

    [Fact]
    public void A_missing_setting_is_a_clear_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => StorageClients.FromConfiguration(Config(), new StorageNames()));
        Assert.Contains("AzureWebJobsStorage", e.Message);
        Assert.Contains("accountName", e.Message);
    }
}
