using System.Text.Json;
using CleanFeed.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace CleanFeed.Cli.Settings;

/// <summary>
/// The command line's configuration: the Values of local.settings.json (in the current folder,
/// as `func start` reads it), then environment variables of the same names, then command-line
/// overrides. One name per setting everywhere.
/// </summary>
public static class CliSettings
{
    public const string SettingsFile = "local.settings.json";

    /// <summary>
    /// Where the command line differs from the Functions app: it runs on your own machine, so your
    /// own network (a feed server on loopback or the LAN) is fair game unless you say otherwise.
    /// In Azure the setting stays false.
    /// </summary>
    private static readonly Dictionary<string, string?> Defaults = new() { ["AllowPrivateNetworks"] = "true" };

    public static IConfiguration Build(IDictionary<string, string?>? overrides = null, string? directory = null)
    {
        var builder = new ConfigurationBuilder();
        builder.AddInMemoryCollection(Defaults);
        var file = Path.Combine(directory ?? Directory.GetCurrentDirectory(), SettingsFile);
        if (File.Exists(file))
            builder.AddInMemoryCollection(ReadValues(file));
        builder.AddEnvironmentVariables();
        if (overrides is not null)
            builder.AddInMemoryCollection(overrides.Where(kv => kv.Value is not null));
        return builder.Build();
    }

    public static CleanFeedOptions Options(IConfiguration configuration)
    {
        var options = new CleanFeedOptions();
        configuration.Bind(options);
        return options;
    }

    /// <summary>Reads the "Values" object of a local.settings.json file.</summary>
    private static Dictionary<string, string?> ReadValues(string file)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (doc.RootElement.TryGetProperty("Values", out var v) && v.ValueKind == JsonValueKind.Object)
                foreach (var p in v.EnumerateObject())
                    values[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText();
            return values;
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{file} is not valid JSON: {e.Message}", e);
        }
    }
}
