using CleanFeed.Core.Extraction;
using CleanFeed.Core.Extraction.Evaluation;

namespace CleanFeed.Core.Tests.Extraction;

public class MetadataAgreementTests
{
    private static SnippetCase Case(string key, string? title = null, string[]? authors = null, string? date = null) =>
        new(key, key + ".html.gz", [], []) { Title = title, Authors = authors ?? [], Date = date };

    [Fact]
    public void Counts_agreement_over_the_cases_with_a_reference()
    {
        var cases = new[]
        {
            Case("a", title: "Cafe\u0301  news", authors: ["Jane Miller", "Tom Ross"], date: "2020-01-05"),
            Case("b", title: "Budget passes", authors: ["Ann Lee"], date: "2019-10-19"),
            Case("c"), // no references: not counted
        };
        var results = new Dictionary<string, ExtractionResult>
        {
            ["a"] = new() { Title = "café news", Author = "Jane Miller", Published = new DateTimeOffset(2020, 1, 5, 23, 0, 0, TimeSpan.Zero) },
            ["b"] = new() { Title = "Budget passes | Daily", Author = "Post author By Ann Lee", Published = new DateTimeOffset(2019, 10, 19, 1, 0, 0, TimeSpan.FromHours(2)) }, // 18 Oct UTC
        };
        var fields = MetadataAgreement.Score(cases, c => results.GetValueOrDefault(c.Key)).ToDictionary(f => f.Field);

        Assert.Equal((2, 2, 1), (fields["title"].References, fields["title"].Found, fields["title"].Agreeing));
        // "Jane Miller" is one of "Jane Miller; Tom Ross"; "Post author By Ann Lee" holds the name in too much else
        Assert.Equal((2, 2, 1), (fields["author"].References, fields["author"].Found, fields["author"].Agreeing));
        Assert.Equal((2, 2, 1), (fields["date"].References, fields["date"].Found, fields["date"].Agreeing));
        Assert.Equal("title   1/2 agree (0.500); 2 found", fields["title"].Line);
    }

    [Fact]
    public void Reads_reference_metadata_from_cases_json()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "cases.json");
            File.WriteAllText(path, """
                {"u1": {"file": "pages/a.html.gz", "with": [], "without": [], "title": "T", "author": ["A", "B"], "date": "2020-01-01"},
                 "u2": {"file": "pages/b.html.gz", "with": [], "without": [], "author": "C"},
                 "u3": {"file": "pages/c.html.gz", "with": [], "without": []}}
                """);
            var cases = SnippetScorer.LoadCases(path);
            Assert.Equal(("T", 2, "2020-01-01"), (cases[0].Title, cases[0].Authors.Count, cases[0].Date));
            Assert.Equal(["C"], cases[1].Authors);
            Assert.Null(cases[2].Title);
            Assert.Empty(cases[2].Authors);
        }
        finally { dir.Delete(true); }
    }
}
