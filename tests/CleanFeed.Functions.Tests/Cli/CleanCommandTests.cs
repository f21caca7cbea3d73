using System.CommandLine;
using CleanFeed.Cli.Commands;

namespace CleanFeed.Functions.Tests.Cli;

/// <summary><c>cleanfeed clean DIR --out OUT</c> writes one output per input and never lets one overwrite another's.</summary>
public class CleanCommandTests
{
    private const string Page = """
        <html><head><title>{0}</title></head><body><article><h1>{0}</h1>
        <p>{1} The council voted on Tuesday to close four primary schools on the east side, citing falling enrolment and the cost of repairs.</p>
        <p>Parents packed the meeting and many spoke against the plan, saying the walk to the remaining schools would be too long for young children.</p>
        </article></body></html>
        """;

    private static Task<int> Clean(params string[] args) => new RootCommand { CleanCommand.Create() }.Parse(["clean", .. args]).InvokeAsync();

    [Fact]
    public async Task Pages_of_the_same_name_in_subfolders_keep_their_subfolder_in_the_output()
    {
        var input = Directory.CreateTempSubdirectory("cleanfeed-clean-in-").FullName;
        var output = Path.Combine(Directory.CreateTempSubdirectory("cleanfeed-clean-out-").FullName, "out");
        Directory.CreateDirectory(Path.Combine(input, "monday"));
        File.WriteAllText(Path.Combine(input, "story.html"), string.Format(Page, "Schools", "Top-level copy."));
        File.WriteAllText(Path.Combine(input, "monday", "story.html"), string.Format(Page, "Schools", "Monday's copy."));

        Assert.Equal(0, await Clean(input, "--out", output));

        Assert.Contains("Top-level copy.", File.ReadAllText(Path.Combine(output, "story.txt")));
        Assert.Contains("Monday's copy.", File.ReadAllText(Path.Combine(output, "monday", "story.txt")));
    }

    [Fact]
    public async Task A_text_file_beside_a_page_of_the_same_name_does_not_overwrite_the_pages_output()
    {
        // (a folder of pages may hold each page's expected text beside it)
        var input = Directory.CreateTempSubdirectory("cleanfeed-clean-in-").FullName;
        var output = Path.Combine(Directory.CreateTempSubdirectory("cleanfeed-clean-out-").FullName, "out");
        File.WriteAllText(Path.Combine(input, "story.html"), string.Format(Page, "Schools", "The page's copy."));
        File.WriteAllText(Path.Combine(input, "story.txt"), "Schools\n\nThe text file's copy of the story, a paragraph long enough to be kept as the article's text.");

        Assert.Equal(0, await Clean(input, "--out", output));
        var text = File.ReadAllText(Path.Combine(output, "story.txt"));
        Assert.Contains("The page's copy.", text);
        Assert.DoesNotContain("The text file's copy", text);
    }
}
