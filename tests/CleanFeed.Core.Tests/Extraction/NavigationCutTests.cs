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

    // The <nav>, <footer>, <header> and <aside> elements with none around them: the prepass replaces each such element that it
    // cuts by one placeholder, in place.
    private static List<NodeStats> OuterMenus(DomAnalysis a) =>
        a.All.Where(s => Cuttable(s.Tag) && !Ancestors(s).Any(p => Cuttable(p.Tag))).ToList();

    private static bool Cuttable(string tag) => tag is "nav" or "footer" or "header" or "aside";

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

    private const string Story =
        "<p>The city council voted on Tuesday evening to approve a new flood barrier along the eastern riverbank, ending two years of debate over how to protect the district.</p>" +
        "<p>The barrier, which will stretch for nearly three kilometres, is expected to cost around 48 million pounds, with most of the money coming from a national fund.</p>" +
        "<p>Residents who attended the meeting said they were relieved, although several questioned why construction would not begin until the spring of next year.</p>";

    // Pages from a review that tried to make the cut change what the extractor reads (each lost text or metadata once).
    [Theory]
    [InlineData("<nav><button>Menu</nav>" + Story + "<nav><button>Top</button></nav>")] // an unclosed button: a skip to the next </button> took the story
    [InlineData("<nav><ruby>Ku<rt>ku</ruby> menu</nav>" + Story + "<nav><ruby>A<rt>a</rt></ruby></nav>")] // an <rt> whose end tag is left out
    [InlineData("<header><nav><a href=/>Home</a></header><div class=standfirst>What the council decided, and what it costs, in short.</div></nav><article>" + Story + "</article>")] // </header> closes the menu for the parser
    [InlineData("<nav><div>The city council voted on Tuesday evening </li> to approve a new flood barrier along </li> the eastern riverbank, ending two years of </li> debate over how to protect the district.</div></nav><div><a href=/>Home</a></div>")] // stray end tags the parser ignores
    [InlineData("<nav><a href=/>Home <a href=/news>News</a></nav>" + Story)] // a link left open is reopened after the menu
    [InlineData("<nav><form action=/search><input name=q></nav>" + Story + "<form><label>Was this helpful?</label><button>Yes</button></form>")] // an unclosed form
    [InlineData("<nav><a rel=author href=/author/jd>Jane Doe</a></nav><article>" + Story + "</article>")] // the author's link
    [InlineData("<nav><span class=byline>By Jane Doe</span></nav><article>" + Story + "</article>")] // a byline
    [InlineData("<nav class=byline>By <a href=/jd>Jane Doe</a></nav><article>" + Story + "</article>")] // the menu's own name
    [InlineData("<nav itemprop=datePublished content=2024-03-05><a href=/>Home</a></nav><article>" + Story + "</article>")] // the menu's own metadata
    [InlineData("<nav><abbr class=published title=2024-03-05>5 March</abbr></nav><article>" + Story + "</article>")] // hAtom's date
    [InlineData("<nav><meta property=og:image content=https://x.example/i.jpg><a href=/>Home</a></nav><article>" + Story + "</article>")] // a <meta> in the body
    [InlineData("<nav><button aria-controls=article-rest aria-expanded=false>Read full article</button></nav><article>" + Story + "<div id=article-rest hidden>" + Story + "</div></article>")] // the toggle of the article's rest
    [InlineData("<nav><a href=/>Q&A; &copy2024 &#128240; &notit; &#x2009; &amp News</a> &nbsp;|&nbsp</nav>" + Story)] // character references as the parser reads them
    [InlineData("<nav><a href=/ style=\"display&colon;none\">Hidden?</a><ul aria-hidden=false aria-hidden=true><li><a href=/a>Shown</a></ul></nav>" + Story)] // what a scan cannot decode, and the first of two attributes
    [InlineData("<article>" + Story + "<footer><p>Filed under <a href=/news>News</a>, <a href=/city>City</a></p><p class=tags><a href=/t>Flooding</a></p></footer></article><footer><p>&copy; 2024 The Courier</p><ul><li><a href=/about>About</a></li></ul></footer>")] // an article's footer and the page's
    [InlineData("<footer><p>Short line <div>a block the parser takes out of the paragraph</div> and the rest</p></footer>" + Story)] // a paragraph a block closes
    [InlineData("<footer><p>An unclosed paragraph at the foot of the page</footer>" + Story)]
    [InlineData("<article>" + Story + "<blockquote><p>We will not let the river decide for us any longer.</p><footer>&mdash; <cite>Mayor Jane Doe</cite></footer></blockquote></article>")] // a quote's attribution
    [InlineData("<article>" + Story + "<footer><time datetime=2024-03-05>5 March 2024</time> <a href=/>Home</a></footer></article>")] // a date
    public void A_review_page_reads_as_it_did_before_the_cut(string body)
    {
        var html = "<html><head><title>Barrier vote</title></head><body>" + body + "</body></html>";
        var before = Analyze(MarkupPrepass.Run(html, cutMenus: false).Html);
        var after = Analyze(MarkupPrepass.Run(html).Html);
        Assert.Equal(Figures(before.Root), Figures(after.Root));
        var result = new ContentExtractor().Extract(new ExtractionInput { Html = html });
        Assert.Equal(Extract(html, cut: false), (result.Text, result.Author, result.Published, result.LeadImage));
    }

    // The extraction as it reads without the cut: the page whole, its menus parsed (a site rule turns the cut off).
    private static (string, string?, DateTimeOffset?, string?) Extract(string html, bool cut)
    {
        var rules = cut ? null : new CleanFeed.Core.Feeds.SiteRules { Remove = ["no-such-element-anywhere"] };
        var r = new ContentExtractor().Extract(new ExtractionInput { Html = html, Rules = rules });
        return (r.Text, r.Author, r.Published, r.LeadImage);
    }

    [Fact]
    public void A_page_footer_is_cut_like_a_menu_and_removed_with_its_size_and_the_start_of_its_text()
    {
        // short lines, a link list, a copyright line: no paragraph of the article, so the pruner drops it whole
        var body = string.Concat(Enumerable.Repeat("<p>Der Stadtrat hat am Dienstag, nach langer Debatte, einen neuen Plan für den Radverkehr beschlossen, der bis 2030 gelten soll.</p>", 5));
        var footer = "<footer class=site-footer><p>Lokalzeitung für die Region</p><ul><li><a href=/impressum>Impressum</a></li><li><a href=/datenschutz>Datenschutz</a></li></ul><p>&copy; 2024 Kurier</p></footer>";
        var html = "<html><body><article><h1>Radplan beschlossen</h1>" + body + "</article>" + footer + "</body></html>";

        var r = MarkupPrepass.Run(html, preview: true);
        Assert.DoesNotContain("<ul>", r.Html);
        Assert.Contains("<footer class=site-footer " + NavigationCut.PlaceholderAttribute, r.Html);
        Assert.Equal(Figures(OuterMenus(Analyze(html)).Single()), Figures(OuterMenus(Analyze(r.Html)).Single()));

        var result = new ContentExtractor().Extract(new ExtractionInput { Html = html });
        Assert.DoesNotContain("Impressum", result.Text);
        Assert.Contains("neuen Plan für den Radverkehr", result.Text);
        var removed = Assert.Single(result.Removed, b => b.Reason == "<footer>");
        Assert.Equal("Lokalzeitung für die Region".Replace(" ", "").Length + "ImpressumDatenschutz©2024Kurier".Length, removed.Chars);
        Assert.StartsWith("Lokalzeitung für die Region Impressum", removed.Preview);
    }

    [Theory]
    [InlineData("<blockquote><p>We will not let the river decide for us.</p><footer>Mayor Jane Doe</footer></blockquote>")] // a quote's attribution, which stays
    [InlineData("<footer><p>The council's full report on the barrier, with its costings and the maps of the flood plain, is online.</p></footer>")] // a paragraph
    [InlineData("<footer><span class=byline>By Jane Doe</span></footer>")]
    public void A_footer_that_may_hold_the_articles_text_or_metadata_is_left_to_the_parser(string footer)
    {
        var html = "<body>" + Story + footer + "</body>";
        Assert.DoesNotContain(NavigationCut.PlaceholderAttribute, MarkupPrepass.Run(html).Html);
    }

    [Fact]
    public void A_masthead_and_a_sidebar_of_links_are_cut_and_removed_as_before()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Der Stadtrat hat am Dienstag, nach langer Debatte, einen neuen Plan für den Radverkehr beschlossen, der bis 2030 gelten soll.</p>", 5));
        var header = "<header class=masthead><a href=/><img src=/logo.png alt=Kurier></a><ul><li><a href=/politik>Politik</a></li><li><a href=/sport>Sport</a></li></ul><span>Dienstag</span></header>";
        var aside = "<aside class=rail><h3>Meistgelesen</h3><ol><li><a href=/a>Brücke gesperrt</a></li><li><a href=/b>Neues Freibad</a></li></ol></aside>";
        var html = "<html><body>" + header + "<main><article><h1>Radplan beschlossen</h1>" + body + "</article>" + aside + "</main></body></html>";

        var r = MarkupPrepass.Run(html, preview: true);
        Assert.DoesNotContain("<ul>", r.Html);
        Assert.DoesNotContain("<ol>", r.Html);
        Assert.Equal(OuterMenus(Analyze(html)).Select(Figures), OuterMenus(Analyze(r.Html)).Select(Figures));

        var result = new ContentExtractor().Extract(new ExtractionInput { Html = html });
        Assert.Equal(Extract(html, cut: false), (result.Text, result.Author, result.Published, result.LeadImage));
        Assert.DoesNotContain("Politik", result.Text);
        Assert.DoesNotContain("Meistgelesen", result.Text);
        Assert.Contains(result.Removed, b => b.Reason == "<header>" && b.Preview.StartsWith("Politik Sport"));
        Assert.Contains(result.Removed, b => b.Reason == "<aside>" && b.Preview.StartsWith("Meistgelesen"));
    }

    [Theory]
    [InlineData("<header><h1>Radplan beschlossen</h1><a href=/politik>Politik</a></header>")] // the article's header
    [InlineData("<header class=teaser__header><h3><a href=/b>Brücke gesperrt</a></h3></header>")] // a teaser's: teaser lists are told by their headings
    [InlineData("<header><a href=/politik>Politik</a> <span>Ein Beschluss mit Folgen für die ganze Stadt und das Umland</span></header>")] // mostly text
    [InlineData("<header><p><a href=/politik>Politik</a></p></header>")] // a paragraph (a breadcrumb's dated line may be read beside the headline)
    [InlineData("<aside class=factbox><h3>Der Plan</h3><ul><li>120 Kilometer neue Radwege bis 2030</li><li>Kosten: 48 Millionen Euro</li></ul></aside>")] // a fact box: no links
    [InlineData("<aside><h2><a href=/mehr>Mehr zum Thema</a></h2></aside>")] // an <h2>, which may be taken for the headline
    public void A_header_or_aside_that_may_be_the_articles_is_left_to_the_parser(string element)
    {
        var html = "<body>" + element + Story + "</body>";
        Assert.DoesNotContain(NavigationCut.PlaceholderAttribute, MarkupPrepass.Run(html).Html);
    }

    [Fact]
    public void A_menu_in_a_noscript_fallback_is_left_whole()
    {
        // (the analysis skips a <noscript> under 2,000 characters: a cut menu would shrink a large fallback below that)
        var html = "<body><noscript><nav><a href=/>Home</a></nav>" + Story + "</noscript></body>";
        Assert.DoesNotContain(NavigationCut.PlaceholderAttribute, MarkupPrepass.Run(html).Html);
    }
}
