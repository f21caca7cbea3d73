using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Extraction.Html;
using CleanFeed.Core.Extraction.Metadata;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>Menus are cut before parsing (<see cref="NavigationCut"/>): the extraction must read the page as before.</summary>
public class NavigationCutTests
{
    private static readonly string TemplatePages = Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", "NewsTemplates", "pages");

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static DomAnalysis Analyze(string html) =>
        DomAnalysis.Build(Parser.ParseDocument(html).DocumentElement, new MetadataSources(), [], html.Length);

    private static (int Text, int Links, int LinkCount, int Commas, int Headings) Figures(NodeStats s) =>
        (s.TextChars, s.LinkChars, s.LinkCount, s.Punctuation, s.Headings);

    // The <nav> elements with no <nav> around them: the prepass replaces each such menu by one placeholder, in place.
    private static List<NodeStats> OuterMenus(DomAnalysis a) =>
        a.All.Where(s => s.Tag == "nav" && !Ancestors(s).Any(p => p.Tag == "nav")).ToList();

    private static IEnumerable<NodeStats> Ancestors(NodeStats s)
    {
        for (var p = s.Parent; p is not null; p = p.Parent) yield return p;
    }

    [Fact]
    public void A_cut_menu_keeps_the_figures_the_analysis_reads_from_the_whole_menu_on_every_template_page()
    {
        int pages = 0, cut = 0;
        foreach (var file in Directory.EnumerateFiles(TemplatePages).Order(StringComparer.Ordinal))
        {
            var html = File.ReadAllText(file);
            var whole = Analyze(html);
            var prepassed = MarkupPrepass.Run(html).Html;
            var after = Analyze(prepassed);
            var name = Path.GetFileName(file);

            // the page's and its body's text, link text, links, commas and headings are what they were
            Assert.True(Figures(whole.Root) == Figures(after.Root), $"{name}: page {Figures(whole.Root)} became {Figures(after.Root)}");
            var menusBefore = OuterMenus(whole);
            var menusAfter = OuterMenus(after);
            Assert.True(menusBefore.Count == menusAfter.Count, $"{name}: {menusBefore.Count} menus became {menusAfter.Count}");
            for (int i = 0; i < menusBefore.Count; i++)
                Assert.True(Figures(menusBefore[i]) == Figures(menusAfter[i]), $"{name}: menu {i} {Figures(menusBefore[i])} became {Figures(menusAfter[i])}");
            cut += menusAfter.Count(m => m.Element.HasAttribute(NavigationCut.PlaceholderAttribute) && m.Element.ChildNodes.Length == 0);
            pages++;
        }
        Assert.True(pages >= 400, $"only {pages} template pages");
        Assert.True(cut >= 200, $"only {cut} menus were cut"); // (the corpus has hundreds: a cut that never happens proves nothing)
    }

    [Fact]
    public void A_menu_is_cut_with_its_figures_read_as_the_parser_reads_them()
    {
        // hidden copies and buttons are not text to the analysis; an entity is one character, a no-break space none
        var html = "<body><nav class=menu><button>Menu</button><ul><li><a href=/>Home</a></li><li><a href=/news>News &amp; Politics</a></li>" +
                   "<li><a name=top>Top</a></li></ul><ul hidden><li><a href=/m>Mobile copy</a></li></ul><h3>More,&nbsp;more</h3></nav><p>Text.</p></body>";
        var r = MarkupPrepass.Run(html, preview: true);

        Assert.DoesNotContain("Mobile copy", r.Html);
        Assert.DoesNotContain("<ul", r.Html);
        var whole = OuterMenus(Analyze(html)).Single();
        var cut = OuterMenus(Analyze(r.Html)).Single();
        Assert.Equal((29, 17, 2, 1, 1), Figures(whole)); // Home, News & Politics, Top, More,more; two links; one heading
        Assert.Equal(Figures(whole), Figures(cut));
        Assert.Equal("menu", cut.Element.ClassName); // the start tag stays: the pruner still reads its name
    }

    [Theory]
    [InlineData("<nav><p>A paragraph of the article that a site has put inside its navigation element, long enough to count.</p></nav>")]
    [InlineData("<nav><article><div>Story</div></article></nav>")]
    [InlineData("<nav><h1>The headline</h1></nav>")]
    [InlineData("<nav><div>Eighty characters of plain prose in one run make a paragraph for the analysis, so the menu stays.</div></nav>")]
    [InlineData("<nav><ul><li><a href=/a>Unclosed menu</a></li></ul>")]
    [InlineData("<nav><ul itemscope><li itemprop=itemListElement><a href=/a>Breadcrumb</a></li></ul></nav>")]
    [InlineData("<nav><script>var menu = 1;</script><a href=/a>Scripted</a></nav>")]
    public void A_menu_that_may_hold_content_or_metadata_is_left_to_the_parser(string nav)
    {
        var html = "<body>" + nav + "<p>After.</p></body>";
        var r = MarkupPrepass.Run(html);
        Assert.DoesNotContain(NavigationCut.PlaceholderAttribute, r.Html);
    }

    [Fact]
    public void The_explanation_lists_a_cut_menu_with_its_size_and_the_start_of_its_text()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Der Stadtrat hat am Dienstag, nach langer Debatte, einen neuen Plan für den Radverkehr beschlossen, der bis 2030 gelten soll.</p>", 5));
        var html = "<html><body><nav><ul><li><a href=/>Startseite</a></li><li><a href=/politik>Politik</a></li><li><a href=/sport>Sport</a></li></ul></nav>" +
                   "<article><h1>Radplan beschlossen</h1>" + body + "</article></body></html>";
        var result = new ContentExtractor().Extract(new ExtractionInput { Html = html });

        Assert.DoesNotContain("Startseite", result.Text);
        var menu = Assert.Single(result.Removed, b => b.Reason == "<nav>");
        Assert.Equal("Startseite".Length + "Politik".Length + "Sport".Length, menu.Chars);
        Assert.Equal("Startseite Politik Sport", menu.Preview);
    }

    [Fact]
    public void A_site_rule_that_keeps_what_stands_in_a_menu_still_finds_it()
    {
        // a site that puts its briefs in a <nav> (short lines, no links: a menu to the scan); its feed keeps them by selector
        var items = string.Concat(Enumerable.Range(1, 6).Select(i => $"<div>Brief {i}: the council votes on the budget</div>"));
        var html = "<html><body><nav class=briefing><section class=briefs>" + items + "</section></nav><div><p>Footer text.</p></div></body></html>";
        var result = new ContentExtractor().Extract(new ExtractionInput { Html = html, Rules = new CleanFeed.Core.Feeds.SiteRules { Keep = ["section.briefs"] } });
        Assert.Contains("Brief 3: the council votes on the budget", result.Text);
    }
}
