using CleanFeed.Core.Extraction;
using CleanFeed.Core.Extraction.Metadata;

namespace CleanFeed.Core.Tests.Extraction;

public class DateTextTests
{
    [Theory]
    [InlineData("Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", "2019-10-19")]
    [InlineData("Posted on November 22, 2011 by Ingrid", "2011-11-22")]
    [InlineData("Publicado el 3 de mayo de 2022", "2022-05-03")]
    [InlineData("Managua, Nicaragua 26, Abril, 2022 7:43 p.m.", "2022-04-26")]
    [InlineData("Mis à jour le 5 mars 2020 à 10h", "2020-03-05")]
    [InlineData("Datum 25.01.2022", "2022-01-25")]
    [InlineData("Ariel Melgar Cabrera 3/5/2022 22:41", "2022-05-03")]   // day first unless told otherwise
    [InlineData("updated 2020-04-07T10:00", "2020-04-07")]
    [InlineData("Oct. 5 2020, 9:30 AM", "2020-10-05")]
    [InlineData("Juillet 14 2021", "2021-07-14")]
    public void Finds_the_date_in_a_dateline(string line, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected + "T00:00:00Z"), DateText.Find(line));

    [Theory]
    [InlineData("10:52")]
    [InlineData("14. August")]
    [InlineData("Seite 31.13.2020")]        // no 31st month
    [InlineData("in 2019 the council met 12 times")]
    [InlineData("Chapter 30 February 2021")] // no such day
    [InlineData("Top 10 Markets 2023")]       // month names are whole words
    [InlineData("Outlook 2, 2022")]
    [InlineData("Jane Mayor 12, 2021")]
    [InlineData("5 Settlers 2021")]
    public void Finds_no_date_where_there_is_no_whole_one(string line) => Assert.Null(DateText.Find(line));

    [Fact]
    public void Reads_a_us_date_month_first_when_told() =>
        Assert.Equal(new DateTimeOffset(2022, 3, 5, 0, 0, 0, TimeSpan.Zero), DateText.Find("3/5/2022", monthFirst: true));

    [Theory]
    [InlineData("https://www.bibliothek2null.de/2014/05/18/alles-neue-mach-der-mai/", "2014-05-18")]
    [InlineData("https://example.com/news/2020-01-23-council-votes", "2020-01-23")]
    public void Reads_a_permalink_date(string url, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected + "T00:00:00Z"), DateText.FromUrl(url));

    [Theory]
    [InlineData("https://example.com/2014/05/")]
    [InlineData("https://example.com/products/2014/99/18/x")]
    [InlineData("https://example.com/2019/03/10-reasons-to-love-trams/")]
    [InlineData("not a url /2014/05/18/")]
    public void Reads_no_date_from_other_urls(string url) => Assert.Null(DateText.FromUrl(url));

    [Fact]
    public void A_page_with_no_dated_metadata_takes_the_date_of_its_permalink()
    {
        var html = """
            <!DOCTYPE html><html><head><title>All new in May</title><link rel="canonical" href="http://www.example.org/2014/05/18/all-new-in-may/"></head>
            <body><article><h1>All new in May</h1><p>The library's blog moves to a new server this month, with a new design and a search that finally works.</p></article></body></html>
            """;
        var result = new ContentExtractor().Extract(new ExtractionInput { Html = html });
        Assert.Equal(new DateTimeOffset(2014, 5, 18, 0, 0, 0, TimeSpan.Zero), result.Published);
    }

    [Fact]
    public void A_byline_with_a_date_gives_the_published_date()
    {
        var html = """
            <!DOCTYPE html><html><head><title>Malaga in winter</title></head>
            <body><article><h1>Malaga in winter</h1><div class="post-meta">Posted on November 22, 2011 by Ingrid</div>
            <p>Malaga is mild in winter: the sun shines on most days, the beaches are empty and the museums have no queues at all.</p></article></body></html>
            """;
        var result = new ContentExtractor().Extract(new ExtractionInput { Html = html });
        Assert.Equal(new DateTimeOffset(2011, 11, 22, 0, 0, 0, TimeSpan.Zero), result.Published);
        Assert.DoesNotContain("Posted on", result.Text);
    }
}
