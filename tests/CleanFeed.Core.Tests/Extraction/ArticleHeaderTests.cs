using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>
/// The article's own header (headline, standfirst, byline, share buttons, a table of contents) as templates write it: a
/// <c>&lt;header&gt;</c> full of links, or a box named like a page's masthead. The box goes; the standfirst stays.
/// </summary>
public class ArticleHeaderTests
{
    private static readonly ContentExtractor Extractor = new();

    private const string Dek = "Congress has to raise the borrowing limit again. Here is why it exists and why it keeps turning into a crisis.";

    private static readonly string Body = string.Concat(Enumerable.Range(1, 4).Select(i =>
        $"<p>Paragraph {i} of the explainer: the debt ceiling caps how much the Treasury may borrow to pay for spending that Congress has already approved, and raising it does not authorise new spending.</p>"));

    private static string Text(string html) => Extractor.Extract(new ExtractionInput { Html = html }).Text;

    // A page whose <main><article> holds the given markup.
    private static string Article(string title, string inArticle, string head = "") =>
        $"<html><head><title>{title}</title>{head}</head><body><main><article>{inArticle}</article></main></body></html>";

    [Fact]
    public void The_standfirst_stays_when_the_header_full_of_links_around_it_goes()
    {
        var text = Text($$"""
            <html><head><title>The debt ceiling, explained - Vox</title><meta property="og:title" content="The debt ceiling, explained"></head><body>
            <header class="site"><a href="/">Vox</a><nav><a href="/politics">Politics</a> <a href="/culture">Culture</a> <a href="/science">Science</a></nav></header>
            <main><div class="stack">
              <header class="stack__header">
                <span class="stack__label">Card stack</span>
                <h1 class="stack__title">The debt ceiling, explained</h1>
                <p class="stack__dek">{{Dek}}</p>
                <div class="byline">by <a href="/authors/dm">Dylan Matthews</a></div>
                <div class="social"><a href="#">Share this story on Facebook</a> <a href="#">Share this story on Twitter</a> <a href="#">Share this story on Reddit</a></div>
                <nav class="stack__toc"><ol><li><a href="#c1">What is the debt ceiling?</a></li><li><a href="#c2">Why does it exist?</a></li><li><a href="#c3">What happens if it is hit?</a></li><li><a href="#c4">Has the US ever defaulted?</a></li><li><a href="#c5">Are there ways around it?</a></li></ol></nav>
              </header>
              <section class="card"><h2>What is the debt ceiling?</h2>{{Body}}</section>
            </div></main>
            </body></html>
            """);
        Assert.StartsWith(Dek, text);
        Assert.Contains("Paragraph 4 of the explainer", text);
        Assert.DoesNotContain("Card stack", text);
        Assert.DoesNotContain("Share this story", text);
        Assert.DoesNotContain("Why does it exist?", text);
    }

    [Fact]
    public void The_standfirst_stays_when_the_box_named_masthead_around_it_goes()
    {
        var text = Text($$"""
            <html><head><title>Stocks close higher as Fed minutes ease rate worries - MarketWatch</title></head><body>
            <div class="column">
              <div class="article__masthead">
                <div class="article__flashline"><a href="/markets">Markets</a></div>
                <h1 class="article__headline">Stocks close higher as Fed minutes ease rate worries</h1>
                <h2 class="article__subhead">{{Dek}}</h2>
                <div class="article__byline">By <a href="/author/iw">Isabel Wang</a></div>
              </div>
              <div class="article__body">{{Body}}</div>
            </div>
            </body></html>
            """);
        Assert.StartsWith(Dek, text);
        Assert.Contains("Paragraph 4 of the explainer", text);
        Assert.DoesNotContain("Isabel Wang", text);
    }

    [Fact]
    public void A_standfirst_named_only_in_a_data_attribute_keeps_its_paragraph_and_not_its_links()
    {
        var text = Text(Article("Water firms face fines over sewage | The Guardian", $$"""
            <div data-gu-name="headline" class="dcr-1a2b3c"><h1 class="dcr-4d5e6f">Water firms face fines over sewage</h1></div>
            <div data-gu-name="standfirst" class="dcr-1bugi5g"><div class="dcr-ukhdb0"><p>{{Dek}}</p><ul><li><a href="/interactive">Interactive: how polluted is your river?</a></li></ul></div></div>
            <div data-gu-name="body" class="dcr-7g8h9i"><div class="article-body-commercial-selector">{{Body}}</div></div>
            """));
        Assert.StartsWith(Dek, text);
        Assert.DoesNotContain("Interactive:", text);
    }

    [Theory]
    [InlineData(Dek, true)]
    [InlineData("Congress has to raise the borrowing limit again. Here is why it exists and why it keeps turning into a...", true)] // cut
    [InlineData("Congress has to raise the borrowing limit again. Here is why it exists and why it keeps turning into a crisis", true)]
    [InlineData("Our explainer on the borrowing limit, from the politics desk.", false)]
    public void The_block_under_the_headline_that_says_the_pages_description_is_the_standfirst(string description, bool described)
    {
        // no name tells it apart (hashed classes, a paragraph in a plain div): the page's description says what it is
        var text = Text(Article("The debt ceiling, explained", $$"""
            <div data-test-id="Article Headline Section" class="css-1x2y3z"><h1 class="css-8k2j1l">The debt ceiling, explained</h1>
            <p class="css-1bt7ktu e1bxxl9o0">{{Dek}}</p></div>
            <div class="css-9q8w7e"><div class="css-0o9i8u">{{Body}}</div></div>
            """, head: $"""<meta property="og:description" content="{description}"><meta name="description" content="{description}">"""));
        Assert.Contains("Paragraph 4 of the explainer", text);
        if (described) Assert.StartsWith(Dek, text);
        else Assert.DoesNotContain(Dek, text);
    }

    [Fact]
    public void A_short_dek_that_says_the_pages_description_is_the_standfirst()
    {
        // The Atlantic (a page of the template corpus): the dek under forty letters, named by a CSS module ("ArticleDek_root"), in a
        // header scored outside the content; the page's og:description says the same
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", "NewsTemplates", "pages", "en67-theatlantic-library-card-stadium.html"));
        var text = Text(page);
        Assert.StartsWith("It needs a library that stays open past 6 p.m.\n\nEvery few years", text);

        // another description: the same line is a label, left out
        text = Text(page.Replace("content=\"It needs a library that stays open past 6 p.m.\"", "content=\"Stadiums are a bad deal for cities, and libraries a good one.\""));
        Assert.StartsWith("Every few years", text);
    }

    [Theory]
    [InlineData("The lodge burned in July's Dragon Bravo fire", true)]
    [InlineData("Stadiums are a bad deal for cities", false)] // another description: the line is a label, left out
    public void A_short_heading_under_the_h1_that_says_the_pages_description_is_the_standfirst(string description, bool described)
    {
        // The Independent: hashed names, an h2 of seven words without a stop
        var text = Text(Article("Grand Canyon North Rim will reopen next summer without its historic lodge", $$"""
            <div class="sc-cc4bxa-0 hero"><div class="sc-cc4bxa-1"><a href="/news/world/americas">Americas</a></div>
            <h1 class="sc-cc4bxa-2">Grand Canyon North Rim will reopen next summer without its historic lodge</h1>
            <div class="sc-cc4bxa-3"><h2>The lodge burned in July's Dragon Bravo fire</h2></div></div>
            <div class="sc-1bq8g3b-0 byline-container"><span class="author">Io Dodds</span> <time datetime="2025-10-02T19:31:08.000Z">Thursday 02 October 2025 20:31 BST</time></div>
            <div id="main-content" class="sc-lhb2wd-0">{{Body}}</div>
            """, head: $"""<meta property="og:description" content="{description}">"""));
        Assert.Contains("Paragraph 4 of the explainer", text);
        if (described) Assert.StartsWith("The lodge burned in July's Dragon Bravo fire\n\nParagraph 1", text);
        else Assert.DoesNotContain("Dragon Bravo", text);
    }

    [Fact]
    public void A_header_box_named_for_the_byline_keeps_its_subtitle_that_says_the_description()
    {
        // the Liverpool Echo: "article-information" holds the headline, the subtitle (no stop), the byline and the share links
        const string sub = "Network Rail says the Hotham Street bridge will stay shut to traffic until March after inspections found corrosion worse than expected";
        var text = Text(Article("Lime Street bridge closure extended to March", $$"""
            <div class="article-information"><h1 class="publication-font">Lime Street bridge closure extended to March</h1>
            <p class="sub-title">{{sub}}</p>
            <div class="article-byline"><span class="author"><a href="/authors/liam-thorp/">Liam Thorp</a> Political Editor</span> <time datetime="2025-10-08T16:12:00+01:00">16:12, 8 Oct 2025</time></div>
            <div class="social-share"><a href="#">Share</a><a href="#">Post</a><a href="#">WhatsApp</a></div></div>
            <div class="article-body">{{Body}}</div>
            """, head: $"""<meta property="og:description" content="{sub}">"""));
        Assert.StartsWith(sub + "\n\nParagraph 1", text);
        Assert.DoesNotContain("Liam Thorp", text);
    }

    [Fact]
    public void An_h2_of_a_sentences_length_under_the_h1_in_a_plain_box_is_the_standfirst()
    {
        var text = Text(Article("Bengaluru to fine households that do not sort their waste", $$"""
            <div class="sp-hd"><h1 class="sp-ttl">Bengaluru to fine households that do not sort their waste</h1>
            <h2 class="sp-descp">{{Dek}}</h2>
            <nav class="pst-by"><ul><li><span>Press Trust of India</span></li><li><a href="/cities">Cities</a></li><li><span>Updated: October 24, 2024 7:38 pm IST</span></li></ul><div class="rd-tm">Read Time: 2 mins</div></nav>
            <div class="sp-shr"><a href="#">Share</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">Reddit</a> <a href="#">Comments</a></div></div>
            <div class="ins_instory_dv_cont"><div class="ins_instory_dv"><img src="/waste.jpg" alt=""></div></div>
            <div class="sp-cn ins_storybody" id="ins_storybody">{{Body}}</div>
            """, head: """<meta name="description" content="Paragraph 1 of the explainer: the debt ceiling caps how much the Treasury may borrow.">"""));
        Assert.StartsWith(Dek, text);
    }

    [Fact]
    public void An_h2_under_the_h1_beside_the_boxs_own_lead_paragraph_leaves_the_lead_in_place()
    {
        const string lead = "Der Kreistag stimmte am Montag mit großer Mehrheit für den umstrittenen Klinikplan.";
        var text = Text(Article("Klinikplan: Kreistag sagt Ja", $$"""
            <div class="article-head"><h1>Klinikplan: Kreistag sagt Ja</h1>
            <h2>Nach monatelangem Streit um die Zukunft der beiden Kreiskliniken ist die Entscheidung gefallen</h2>
            <p>{{lead}}</p></div>
            <div class="article-body">{{Body}}</div>
            """));
        Assert.Contains(lead, text);
        Assert.Contains("Paragraph 4 of the explainer", text);
    }

    [Fact]
    public void An_h2_standfirst_that_speaks_of_a_series_of_events_is_still_the_standfirst()
    {
        const string dek = "A series of small earthquakes shook the valley overnight, and officials said more could follow in the coming days";
        var text = Text(Article("Earthquakes shake the valley", $$"""
            <div class="sp-hd"><h1 class="sp-ttl">Earthquakes shake the valley</h1>
            <h2 class="sp-descp">{{dek}}</h2>
            <nav class="pst-by"><ul><li><span>Press Trust of India</span></li><li><a href="/cities">Cities</a></li></ul></nav>
            <div class="sp-shr"><a href="#">Share</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div></div>
            <div class="sp-cn ins_storybody" id="ins_storybody">{{Body}}</div>
            """));
        Assert.StartsWith(dek, text);
    }

    [Fact]
    public void Elementors_post_excerpt_widget_is_the_standfirst_not_a_sidebar()
    {
        var text = Text(Article("Quench tanks and a stubborn afterburner", $$"""
            <div class="elementor-element elementor-element-6ff0a1 elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1>Quench tanks and a stubborn afterburner</h1></div></div>
            <div class="elementor-element elementor-element-6ff0a2 elementor-widget elementor-widget-theme-post-excerpt"><div class="elementor-widget-container"><p>{{Dek}}</p></div></div>
            <div class="elementor-element elementor-element-6ff0a3 elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">{{Body}}</div></div>
            <div class="elementor-element elementor-element-6ff0a4 elementor-widget elementor-widget-sidebar"><div class="elementor-widget-container"><h3>Recent posts</h3><ul><li><a href="/a">A year of small fixes</a></li><li><a href="/b">Why we roast on Tuesdays</a></li></ul></div></div>
            """));
        Assert.StartsWith(Dek, text);
        Assert.DoesNotContain("Recent posts", text);
    }

    [Fact]
    public void A_date_under_the_standfirst_in_the_articles_header_goes()
    {
        var text = Text(Article("Wohnungsnot in Großstädten", $$"""
            <header data-area="intro"><h1>Wohnungsnot in Großstädten</h1>
            <div class="RichText">{{Dek}} Woran liegt das, und was könnte helfen? Die Antworten fallen je nach Stadt verschieden aus.</div>
            <time datetime="2025-11-03 18:02:00">03.11.2025, 18.02 Uhr</time></header>
            <section data-area="body">{{Body}}</section>
            """));
        Assert.StartsWith(Dek, text);
        Assert.DoesNotContain("18.02 Uhr", text);
    }

    [Fact]
    public void A_lead_pictures_caption_set_above_the_headline_goes()
    {
        var text = Text(Article("Netzagentur droht Anbietern mit Bußgeldern", $$"""
            <div class="absatzbild"><img src="/funkmast.jpg" alt=""><div class="absatzbild__info"><p class="absatzbild__info__text">Noch immer gibt es entlang vieler Verkehrswege keinen Empfang.</p></div></div>
            <h1><span class="topline">Versorgungsauflagen verfehlt</span> <span class="headline">Netzagentur droht Anbietern mit Bußgeldern</span></h1>
            <p class="einleitung">{{Dek}}</p>
            {{Body}}
            """));
        Assert.StartsWith(Dek, text);
        Assert.DoesNotContain("keinen Empfang", text);
        Assert.DoesNotContain("Netzagentur droht", text);
    }

    [Fact]
    public void Standfirst_lines_in_a_list_named_like_a_footer_stay()
    {
        var text = Text(Article("Los inquilinos de Madrid destinan ya el 42% de su sueldo al alquiler", $$"""
            <div class="news-header"><div class="section-tag"><a href="/madrid/">Madrid</a></div>
            <h1 class="title">Los inquilinos de Madrid destinan ya el 42% de su sueldo al alquiler</h1>
            <ul class="footer"><li class="subtitle"><h2>{{Dek}}</h2></li><li class="subtitle"><h2>Los jóvenes menores de 35 años son los más afectados por la subida.</h2></li></ul></div>
            <div class="news-body">{{Body}}</div>
            """));
        Assert.StartsWith(Dek, text);
        Assert.Contains("Los jóvenes menores de 35 años", text);
    }

    [Fact]
    public void A_headline_in_an_h2_under_its_kicker_goes_as_the_title()
    {
        var text = Text(Article("Sturmtief Kiara legt Bahnverkehr im Norden lahm - n-tv.de", $$"""
            <h2 class="article__headline-wrap"><span class="article__kicker">Umgestürzte Bäume, gesperrte Strecken</span> <span class="article__headline">Sturmtief Kiara legt Bahnverkehr im Norden lahm</span></h2>
            <p class="article__lead">{{Dek}}</p>
            {{Body}}
            """, head: """<meta property="og:title" content="Sturmtief Kiara legt Bahnverkehr im Norden lahm">"""));
        Assert.StartsWith(Dek, text);
        Assert.DoesNotContain("Umgestürzte Bäume", text);
    }

    [Fact]
    public void The_sites_tagline_under_its_name_in_the_masthead_is_no_standfirst()
    {
        var text = Text($$"""
            <html><head><title>Council passes budget | The Riverside Gazette Online</title></head><body>
            <header class="masthead"><h1 class="site-title"><a href="/">The Riverside Gazette Online</a></h1><p class="tagline-lead">Independent, reader-funded local news for Riverside since 1887.</p>
            <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>
            <main><article><h2>Council passes budget</h2>{{Body}}</article></main>
            </body></html>
            """);
        Assert.Contains("Paragraph 4 of the explainer", text);
        Assert.DoesNotContain("reader-funded", text);
    }

    [Fact]
    public void A_first_paragraph_above_the_headline_that_is_no_caption_stays()
    {
        var text = Text(Article("The night the river came", $$"""
            <p class="opener">We heard the water before we saw it.</p><h1>The night the river came</h1>{{Body}}
            """));
        Assert.Contains("We heard the water before we saw it.", text);
    }
    [Fact]
    public void A_box_named_for_the_articles_details_that_holds_the_headline_keeps_its_standfirst_and_drops_its_byline()
    {
        // Reach's "article-information": kicker, h1, standfirst, byline and share bar in one box named like a byline block
        var text = Text(Article("Derby is a sell-out as police issue warning - Cambridgeshire Live", $$"""
            <div class="article-information"><span class="section-label"><a href="/sport/">Cambridge United</a></span>
              <h1>Derby is a sell-out as police issue warning</h1>
              <p class="sub-title">{{Dek}}</p>
              <div class="byline"><a href="/authors/mp" rel="author">Mark Powell</a> <span class="role">Cambridge United reporter</span></div>
              <div class="social-share"><a href="#">Share</a> <a href="#">Tweet</a></div></div>
            <div class="article-body">{{Body}}</div>
            """));
        Assert.StartsWith(Dek, text);
        Assert.Contains("Paragraph 4 of the explainer", text);
        Assert.DoesNotContain("Mark Powell", text);
        Assert.DoesNotContain("Cambridge United reporter", text);
    }

    [Fact]
    public void A_byline_paragraph_under_the_headline_in_a_meta_box_goes_with_its_box()
    {
        // the names are no standfirst: the box is still a byline block
        var text = Text(Article("Spring plant sale returns to the common", $$"""
            <div class="post-meta"><h1>Spring plant sale returns to the common</h1>
              <p>Margaret Hollis and Tom Reyes for the Lakeview Garden Club newsletter</p><p>Reading time: 4 minutes</p></div>
            <div class="entry-content">{{Body}}</div>
            """));
        Assert.Contains("Paragraph 4 of the explainer", text);
        Assert.DoesNotContain("Margaret Hollis", text);
    }

    [Fact]
    public void A_headline_longer_than_the_title_before_the_sites_name_still_finds_the_standfirst_under_it()
    {
        // the title stops at the semicolon and adds the paper's name; the <header> with the headline is beside the body
        var text = Text($$"""
            <html><head><title>Nor'easter to bring heaviest snow of the season - Hartford Courant</title></head><body>
            <div class="wrap"><article class="trb_ar">
            <header class="trb_ar_hd"><div class="trb_ar_la"><a href="/weather/">Weather</a></div>
              <h1>Nor'easter to bring heaviest snow of the season; state offices delayed Monday</h1>
              <h2 class="trb_ar_dek">{{Dek}}</h2>
              <div class="trb_ar_by">By <a href="/bio/jc">Jenna Carlesso</a> | <time>Dec 1, 2019</time></div></header>
            <figure><img src="/plow.jpg" alt=""><figcaption>A plow on I-84.</figcaption></figure>
            <div class="trb_ar_page">{{Body}}</div>
            <div class="trb_ar_related"><a href="/a">Winter outlook: a snowier season</a></div>
            </article></div></body></html>
            """);
        Assert.StartsWith(Dek, text);
        Assert.Contains("Paragraph 4 of the explainer", text);
        Assert.DoesNotContain("Jenna Carlesso", text);
    }
    [Fact]
    public void A_short_strapline_under_the_headline_stays_when_it_is_a_sentence()
    {
        // Future's templates (Space.com, Live Science): "p.strapline" of a few words in the article's <header>
        var text = Text(Article("Bus-size asteroid will zip between Earth and the moon on Sunday", $$"""
            <header><nav class="breadcrumb"><ol><li><a href="/science">Science</a></li></ol></nav>
              <h1>Bus-size asteroid will zip between Earth and the moon on Sunday</h1>
              <p class="strapline">It was discovered just four days ago.</p>
              <div class="author-byline">By <a href="/author/do" rel="author">Darius Okonjo</a> published <time datetime="2021-04-09">April 09, 2021</time></div></header>
            <div id="article-body">{{Body}}</div>
            """));
        Assert.StartsWith("It was discovered just four days ago.", text);
        Assert.DoesNotContain("Darius Okonjo", text);
    }

    [Fact]
    public void A_standfirst_in_a_box_named_widget_stays_where_every_part_of_the_template_is_a_widget()
    {
        // RebelMouse (TheBlaze): "widget__head", "widget__subheadline", "widget__body" — the side column's word names the article's parts
        var text = Text(Article("Parents walk out of school board meeting after mask vote - TheBlaze", $$"""
            <div class="widget__head"><h1 class="headline">Parents walk out of school board meeting after mask vote</h1></div>
            <div class="widget__subheadline"><h2 class="widget__subheadline-text">{{Dek}}</h2></div>
            <div class="social-author"><a class="social-author__name" href="/u/cm">Caleb Mercer</a> August 24, 2021</div>
            <div class="widget__body clearfix">{{Body}}</div>
            """));
        Assert.StartsWith(Dek, text);
        Assert.Contains("Paragraph 4 of the explainer", text);
        Assert.DoesNotContain("Caleb Mercer", text);
    }

    [Fact]
    public void A_read_time_line_in_the_standfirsts_widget_box_still_goes()
    {
        var text = Text(Article("Parents walk out of school board meeting after mask vote - TheBlaze", $$"""
            <div class="widget__head"><h1 class="headline">Parents walk out of school board meeting after mask vote</h1></div>
            <div class="widget__subheadline"><p class="widget__subheadline-text">{{Dek}}</p><div class="widget__read-time">Six-minute read</div></div>
            <div class="widget__body clearfix">{{Body}}</div>
            """));
        Assert.StartsWith(Dek, text);
        Assert.DoesNotContain("Six-minute read", text);
    }

    [Fact]
    public void A_lead_videos_caption_named_as_its_description_is_no_standfirst()
    {
        var text = Text($$"""
            <html><head><title>Storm floods roads along the river - Hartford Courant</title></head><body>
            <article class="trb_ar"><header class="trb_ar_hd"><h1>Storm floods roads along the river; schools open late</h1>
              <div class="trb_ar_by">By <a href="/bio/jc">Jenna Carlesso</a></div></header>
            <figure class="trb_ar_vid"><video src="/v.mp4"></video><figcaption class="trb_ar_vid_description">Watch: Water from the Salmon River covers Route 149 near the reservoir road early Monday.</figcaption></figure>
            <div class="trb_ar_page">{{Body}}</div></article></body></html>
            """);
        Assert.StartsWith("Paragraph 1 of the explainer", text);
        Assert.DoesNotContain("Salmon River", text);
    }
    [Fact]
    public void A_sponsors_line_and_a_cut_excerpt_under_the_headline_are_no_standfirst()
    {
        var text = Text(Article("Walking the coast path in spring - Outdoors Weekly", $$"""
            <header><h1>Walking the coast path in spring</h1><p class="tw-art__strapline">Brought to you by Visit Pembrokeshire.</p>
              <p class="mg-story__excerpt">Paragraph 1 of the explainer: the debt ceiling caps how much the Treasury may borrow to pay for […]</p></header>
            <div itemprop="articleBody">{{Body}}</div>
            """));
        Assert.DoesNotContain("Brought to you by", text);
        Assert.DoesNotContain("[…]", text);
        Assert.StartsWith("Paragraph 1 of the explainer", text);
    }

    [Fact]
    public void A_byline_sentence_in_a_post_info_box_with_the_headline_goes()
    {
        var text = Text(Article("Brown butter galette with late plums", $$"""
            <div class="single-post-info"><h1>Brown butter galette with late plums</h1><p>Written and photographed by Hannah Cole for Crumb and Kettle.</p><span>October 3, 2024</span></div>
            <div class="entry-content">{{Body}}</div>
            """));
        Assert.DoesNotContain("Hannah Cole", text);
        Assert.Contains("Paragraph 4 of the explainer", text);
    }
    [Fact]
    public void A_lead_picture_named_as_the_lead_under_the_headline_stays_in_the_html_and_its_caption_out_of_the_text()
    {
        // a Gray TV page: h1, "figure.lead-art", the meta box, then the body; the figure is joined by its "lead" name
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", "NewsTemplates", "pages", "us-localtv_wire.html");
        var result = Extractor.Extract(new ExtractionInput { Html = File.ReadAllText(path), BaseUrl = new Uri("https://www.kolotv.com/a") });
        Assert.Contains("resizer/airport.jpg", result.Html);
        Assert.Equal("https://gray-kolo-prod.cdn.arcpublishing.com/resizer/airport.jpg", result.LeadImage);
        Assert.DoesNotContain("Travelers wait in line", result.Text);
    }
}
