using System.Text.Json;
using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>The project's reference sample: a plain-text news page with its boilerplate, and what cleaning must make of it.</summary>
public class SampleTextTests
{
    private static readonly string DataDir = Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction");

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(DataDir, "*.expected.json").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Plain_text_sample_is_cleaned_as_expected(string expectedFile)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDir, expectedFile)));
        var e = expected.RootElement;
        var input = File.ReadAllText(Path.Combine(DataDir, e.GetProperty("input").GetString()!));

        var result = new ContentExtractor().Extract(new ExtractionInput { Text = input });

        Assert.Equal(e.GetProperty("title").GetString(), result.Title);
        Assert.Equal(e.GetProperty("author").GetString(), result.Author);
        Assert.StartsWith(e.GetProperty("textStartsWith").GetString()!, result.Text);
        Assert.EndsWith(e.GetProperty("textEndsWith").GetString()!, result.Text);
        foreach (var s in e.GetProperty("mustContain").EnumerateArray()) Assert.Contains(s.GetString()!, result.Text);
        foreach (var s in e.GetProperty("mustNotContain").EnumerateArray()) Assert.DoesNotContain(s.GetString()!, result.Text);
        var titleInText = result.Text.Contains(e.GetProperty("title").GetString()!);
        Assert.Equal(e.GetProperty("titleAppearsInText").GetBoolean(), titleInText);
    }

    [Fact]
    public void Plain_text_paragraphs_are_separated_by_one_blank_line()
    {
        var input = File.ReadAllText(Path.Combine(DataDir, "000_3f439395545666fa.txt"));
        var result = new ContentExtractor().Extract(new ExtractionInput { Text = input });
        Assert.DoesNotContain("\n\n\n", result.Text);
        Assert.Contains("\n\n", result.Text);
        Assert.Contains(result.Removed, r => r.Kind == "byline");
        Assert.Contains(result.Removed, r => r.Kind == "comments");
    }
}
