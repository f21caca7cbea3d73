using System.Text.Json;
using System.Text.RegularExpressions;

namespace CleanFeed.Functions.Tests.Infrastructure;

/// <summary>What the bundled samples must become: the JSON block of samples/EXPECTED.md.</summary>
public sealed record SampleExpectation(string Key, string Title, string? Author, string Language, string? Url, string[] MustContain, string[] MustNotContain)
{
    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static IReadOnlyList<SampleExpectation> Load()
    {
        var md = File.ReadAllText(Path.Combine(SamplesFolder, "EXPECTED.md"));
        var json = Regex.Match(md, "```json\\s*(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        return JsonSerializer.Deserialize<List<SampleExpectation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
