using CleanFeed.Cli.Settings;

namespace CleanFeed.Functions.Tests.Cli;

/// <summary>The command line reads local.settings.json's Values, then environment variables of the same names.</summary>
public class CliSettingsTests
{
    [Fact]
    public void Values_come_from_the_settings_file_and_an_override_beats_them()
    {
        var folder = Directory.CreateTempSubdirectory("cleanfeed-settings-").FullName;
        File.WriteAllText(Path.Combine(folder, "local.settings.json"), """
            { "IsEncrypted": false, "Values": {
                "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                "MaxPageBytes": "1234", "AllowPrivateNetworks": "false", "FetchSchedule": "0 0 * * * *" } }
            """);

        var options = CliSettings.Options(CliSettings.Build(new Dictionary<string, string?> { ["MaxPageBytes"] = "99" }, folder));
        var configuration = CliSettings.Build(directory: folder);

        Assert.Equal("UseDevelopmentStorage=true", configuration["AzureWebJobsStorage"]);
        Assert.Equal(99, options.MaxPageBytes);
        Assert.False(options.AllowPrivateNetworks);
        Assert.Equal("0 0 * * * *", options.FetchSchedule);
    }

    [Fact]
    public void Without_a_settings_file_the_command_line_allows_private_networks_and_keeps_the_defaults()
    {
        var folder = Directory.CreateTempSubdirectory("cleanfeed-settings-").FullName;
        var options = CliSettings.Options(CliSettings.Build(directory: folder));
        Assert.True(options.AllowPrivateNetworks);
        Assert.Equal(5 * 1024 * 1024, options.MaxPageBytes);
    }

    [Fact]
    public void A_broken_settings_file_is_a_clear_error()
    {
        var folder = Directory.CreateTempSubdirectory("cleanfeed-settings-").FullName;
        File.WriteAllText(Path.Combine(folder, "local.settings.json"), "{ \"Values\": ");
        var e = Assert.Throws<InvalidOperationException>(() => CliSettings.Build(directory: folder));
        Assert.Contains("local.settings.json", e.Message);
    }
}
