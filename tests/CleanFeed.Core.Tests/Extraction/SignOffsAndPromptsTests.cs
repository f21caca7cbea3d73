using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>
/// What regional and wire pages print inside and after a story that is not the story: read-also lines between the paragraphs
/// of a one-block body, the reporter's contact and the wire's end mark, a closing date stamp, follow and app prompts, a
/// feedback question, a lead video's title and summary, a letter to the reader asking for support. And the text that looks
/// like them and stays.
/// </summary>
public class SignOffsAndPromptsTests
{
    private static readonly ContentExtractor Extractor = new();

    private static readonly string[] Paragraphs =
    [
        "Domestic two-wheeler sales fell 9 per cent year-on-year in October, as weak demand in rural markets offset a modest pickup in the cities.",
        "Companies dispatched about 1.83 million units to dealers during the month, compared with just over 2 million units in October last year.",
        "Motorcycles, which account for roughly two-thirds of the market and depend heavily on rural buyers, were the worst affected by the slowdown.",
        "Dealers said inventories had fallen to about 35 days of sales, down from nearly two months in the summer, which should help margins.",
    ];

    private static string Page(string body, string after = "", string lead = "") => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Two-wheeler sales fall 9% in October</title></head><body>
        <header class="site-header"><a href="/">Daily Ledger</a> <nav><a href="/markets">Markets</a> <a href="/companies">Companies</a> <a href="/economy">Economy</a></nav></header>
        <main><article>
          <h1>Two-wheeler sales fall 9% in October</h1>
          {{lead}}
          <div class="story-content">
            {{body}}
            {{after}}
          </div>
        </article></main>
        <footer class="site-footer"><a href="/about">About us</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
        </body></html>
        """;

    private static string Paras() => string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"));

    private static string Text(string html) => Extractor.Extract(new ExtractionInput { Html = html }).Text;

    private static string AllStay(string html)
    {
        var text = Text(html);
        foreach (var p in Paragraphs) Assert.Contains(p, text);
        return text;
    }

    [Fact]
    public void A_read_also_line_between_the_paragraphs_of_a_br_body_goes_and_the_paragraphs_stay_apart()
    {
        var body = $"""
            <div class="p-content">{Paragraphs[0]}<br><br>{Paragraphs[1]}<br><br><b>ALSO READ: </b><a href="/article/auto-sales-festive-season">Festive season fails to lift auto sales as dealers sit on unsold stock</a><br><br>{Paragraphs[2]}<br><br>{Paragraphs[3]}</div>
            """;
        var text = AllStay(Page(body));
        Assert.DoesNotContain("ALSO READ", text);
        Assert.Contains(Paragraphs[1] + "\n\n" + Paragraphs[2], text);
    }

    [Fact]
    public void A_paragraph_of_a_br_body_that_only_starts_like_a_read_also_line_stays()
    {
        // (a sentence of the story, an unlinked pointer to a source, a sponsor and a long disclosure of the ad kind: none is a
        // link line or a bare label)
        const string sentence = "Read more about the scheme in the ministry's notice, which lists the districts where the subsidy applies from January.";
        const string pointer = "Read more: The full 84-page audit, with the finance department's response, is posted on the controller's website";
        const string sponsor = "Sponsored by Trinity Health System";
        const string disclosure = "The term \"Ledger\" is used in this release for convenience to refer to Ledger Holdings and one or more of its affiliates.";
        var body = $"""
            <div class="p-content">{Paragraphs[0]}<br><br>{Paragraphs[1]}<br><br>{sentence}<br><br>{pointer}<br><br>{sponsor}<br><br>{disclosure}<br><br>{Paragraphs[2]}<br><br>{Paragraphs[3]}</div>
            """;
        var text = AllStay(Page(body));
        Assert.Contains(sentence, text);
        Assert.Contains(pointer, text);
        Assert.Contains(sponsor, text);
        Assert.Contains(disclosure, text);
    }

    [Theory]
    [InlineData("<p>Laura Pellegrini: lpellegrini@post-gazette.com or 412-263-1580. Twitter: @LPellegriniPG</p><p class=\"firstpublished\">First Published October 14, 2019, 6:30am</p>", "Pellegrini")]
    [InlineData("<p>sooyeon@yna.co.kr<br>(END)</p>", "sooyeon")]
    [InlineData("<p><i>Erin Vogt may be reached at evogt@njadvancemedia.com. Follow her on Twitter @ErinVogtNJ.</i></p>", "Erin Vogt")]
    [InlineData("<p><em>Get the best of News18 delivered to your inbox - subscribe to News18 Daybreak. Follow News18.com on Twitter, Instagram, Facebook, Telegram, TikTok and on YouTube, and stay in the know with what's happening in the world around you – in real time.</em></p>", "Follow News18.com")]
    [InlineData("<div class=\"end-story-strip\">Get real-time alerts and all the news on your phone with the all-new Daily Ledger app. Download from Google Play | App Store</div>", "Google Play")]
    [InlineData("<div class=\"story-feedback\"><p class=\"feedback-q\">Did you find this article insightful?</p><button>Yes</button><button>No</button></div>", "insightful")]
    [InlineData("<p><em>This is a breaking news story. Check back for updates.</em></p>", "breaking news story")]
    [InlineData("<p class=\"p-text\"><em>Reach Joel Harkin at jharkin@tennessean.com or 615-259-8000 and on Twitter @joelharkin.</em></p>", "Reach Joel Harkin")]
    [InlineData("<p class=\"letters-prompt\">Have something to say? Send a letter to the editor at letters@ledger.com. Please include your name and hometown.</p>", "Have something to say")]
    [InlineData("<p class=\"tagline\"><em>— Staff report</em></p>", "Staff report")]
    [InlineData("<div class=\"EditorMessage__Wrapper\"><h3>A message from the Editor</h3><p>Thank you for reading this article. We're more reliant on your support than ever as the shift in consumer habits brought about by the pandemic impacts our advertisers.</p><p>If you haven't already, please consider supporting our trusted, quality journalism by taking out a digital subscription.</p></div>", "message from the Editor")]
    public void The_reporters_contact_the_wires_end_mark_and_closing_prompts_go(string after, string part)
    {
        var text = AllStay(Page(Paras(), after));
        Assert.DoesNotContain(part, text);
        Assert.DoesNotContain("First Published", text);
    }

    [Theory]
    // a closing sentence that names the platforms as news, not as a prompt to follow the paper
    [InlineData("<p>The ministry said it would post updates on Twitter, Facebook and Instagram, and that dealers could follow the rules on its website.</p>", "post updates on Twitter")]
    [InlineData("<p>At its peak, more than 30,000 people would follow Scout on Facebook, Instagram and TikTok, where the family posted nightly updates.</p>", "follow Scout on Facebook")]
    [InlineData("<p>The dealers' association app is free to download from the App Store and Google Play.</p>", "free to download from the App Store")]
    // a service line: the one reached is no reporter, and a contact without the reporter's handle
    [InlineData("<p>The county's housing ombudsman may be reached at ombudsman@county.gov or 412-555-0148.</p>", "may be reached at ombudsman")]
    [InlineData("<p>Volunteer Coordinator Ellen Cho: echo@stmarys.org or 412-555-0173.</p>", "Ellen Cho")]
    // a date stamp that is a book's or a poem's, not the page's
    [InlineData("<p>First published October 16, 1959, by Viking</p>", "First published October 16, 1959, by Viking")]
    [InlineData("<p>Written in Kharkiv, March 3, 2022</p>", "Written in Kharkiv")]
    // a sentence that opens with "Reach" and names no one's address
    [InlineData("<p>Reach Out Nashville, a nonprofit, said it would open two more cooling centres at the end of the month.</p>", "Reach Out Nashville")]
    // a notice reported, not printed
    [InlineData("<p>The contractor told the council it would check back for updates from the regulator next week.</p>", "check back for updates from the regulator")]
    [InlineData("<p>Have dealers given up? Few would say so, and several told the Ledger they expect a better winter.</p>", "Have dealers given up?")]
    public void Text_that_only_looks_like_a_closing_prompt_stays(string after, string part)
    {
        var text = AllStay(Page(Paras(), after));
        Assert.Contains(part, text);
    }

    [Fact]
    public void A_lead_videos_title_and_summary_beside_the_player_go_and_the_standfirst_stays()
    {
        const string standfirst = "Sales fell for the third month running as rural demand stayed weak, industry figures showed on Monday.";
        var lead = $"""
            <div class="article__lead-asset"><div class="video video_type_lead" data-video-id="4881990">
              <div class="video__player-wrapper"><div class="video__player"><img src="/poster.jpg" alt=""><button class="video__play" aria-label="Play video">Play</button></div></div>
              <div class="video__info"><h2 class="video__title">Dealers count the cost of a quiet festive season</h2><p class="video__description">Showrooms in Pune report fewer walk-ins than last year.</p></div>
            </div></div>
            <p class="standfirst">{standfirst}</p>
            """;
        var text = AllStay(Page(Paras(), lead: lead));
        Assert.DoesNotContain("quiet festive season", text);
        Assert.DoesNotContain("walk-ins", text);
        Assert.Contains(standfirst, text);
    }

    [Fact]
    public void Text_after_a_player_that_is_a_standfirst_or_a_description_stays()
    {
        const string standfirst = "The prime minister says the temporary cap will save the average household 240 pounds this winter.";
        const string description = "In the first video, the officer approaches the man outside a corner store and asks him twice to take his hands out of his pockets.";
        const string verdict = "Verdict: A joyful, inventive platformer that makes every level feel new.";
        var lead = $"""
            <div class="video-article__player" data-video-id="6362448011112"><div class="vjs-poster"></div><button class="vjs-big-play-button" aria-label="Play"></button></div>
            <div class="video-article__standfirst"><p>{standfirst}</p></div>
            """;
        var body = Paras() + $"""
            <div class="video-embed"><iframe src="https://www.youtube.com/embed/abc123" title="Body camera 1"></iframe></div>
            <div class="video-description"><p>{description}</p></div>
            <div class="video-embed"><iframe src="https://www.youtube.com/embed/def456" title="Body camera 2"></iframe></div>
            <div class="videogame-verdict"><p>{verdict}</p></div>
            """;
        var text = AllStay(Page(body, lead: lead));
        Assert.Contains(standfirst, text);
        Assert.Contains(description, text);
        Assert.Contains(verdict, text);
    }

    [Fact]
    public void An_editors_note_to_readers_that_opens_a_story_stays()
    {
        const string note = "For eight months, our reporters sat through 412 eviction hearings in three counties and read the files of every case.";
        var body = $"""
            <section class="series-intro"><div class="editors-note"><p>Dear readers,</p><p>{note}</p>
            <p>Support independent journalism like this by <a href="/subscribe">subscribing</a>.</p></div></section>
            {Paras()}
            """;
        var text = AllStay(Page(body));
        Assert.Contains(note, text);
    }

    [Fact]
    public void A_letter_to_the_reader_asking_for_support_goes_whole()
    {
        const string letter = """
            <div class="support-box"><div class="p-content"><p><b>Dear Reader,</b></p>
            <p>The Daily Ledger has always strived hard to provide up-to-date information and commentary on developments that are of interest to you and have wider political and economic implications for the country and the world. Your encouragement and constant feedback on how to improve our offering have only made our resolve and commitment to these ideals stronger.</p>
            <p>We, however, have a request.</p>
            <p>As we battle the economic impact of the pandemic, we need your support even more, so that we can continue to offer you more quality content. Our subscription model has seen an encouraging response from many of you, who have subscribed to our online content. More subscriptions can only help us achieve the goals of offering you even better and more relevant content.</p>
            <p>Support quality journalism and <a href="/subscribe">subscribe to the Daily Ledger</a>.</p>
            <p>Digital Editor</p></div></div>
            """;
        // (a story long enough that the letter, over 900 characters, is a minor part of the page)
        var more = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Analysts at the brokerage said segment {i} would recover only slowly, because financing costs had risen and rural incomes had not kept pace with prices over the year.</p>"));
        var text = AllStay(Page(Paras() + more, letter));
        Assert.DoesNotContain("Dear Reader", text);
        Assert.DoesNotContain("have a request", text);
        Assert.DoesNotContain("Digital Editor", text);
    }

    [Fact]
    public void A_press_releases_about_the_company_contacts_and_trademark_notice_go()
    {
        const string after = """
            <p><b>Additional Resources</b></p>
            <ul><li>Read the <a href="/blog/field-5">product blog</a></li><li>Watch a <a href="https://www.youtube.com/watch?v=q8">two-minute demo</a></li></ul>
            <p><b>About Corvane Software</b></p>
            <p>Corvane Software builds inspection, maintenance and asset-management tools for the people who keep public infrastructure running. Founded in 2009 and headquartered in Portland, Oregon, Corvane serves more than 300 cities.</p>
            <p><b>Media Contacts</b></p>
            <p>Allison Park<br>Corvane Software<br><a href="mailto:press@corvane.com">press@corvane.com</a><br>+1 503-555-0119</p>
            <p class="pr-footnote"><i>Corvane and the Corvane logo are trademarks of Corvane Software, Inc. All other trademarks are the property of their respective owners.</i></p>
            """;
        var text = AllStay(Page(Paras(), after));
        foreach (var part in new[] { "Additional Resources", "About Corvane", "asset-management tools", "Media Contacts", "Allison Park", "trademarks" })
            Assert.DoesNotContain(part, text);
    }

    [Theory]
    // the study under its own heading; a city under its name, with a later section of the story
    [InlineData("<h3>About the study</h3><p>The study followed 1,200 dealers in four states for two years and compared their stock with registrations in each district.</p>", "The study followed")]
    [InlineData("<h3>About Pune</h3><p>Pune is the second-largest city in Maharashtra and home to most of the country's two-wheeler plants, founded there in the 1960s.</p><h3>Getting there</h3><p>Trains from Mumbai take about three hours and run every hour from early morning.</p>", "Trains from Mumbai")]
    // a sentence that opens with "About", and a section on how the press was answered
    [InlineData("<p>About Nvidia, analysts were more cautious.</p><p>Nvidia shares fell 3 per cent after the results, which beat forecasts but came with a weaker outlook than investors had hoped for.</p>", "Nvidia shares fell")]
    [InlineData("<h3>Media inquiries</h3><p>Of 412 inquiries logged by the ministry's press office last year, 171 received no reply at all, according to records obtained by the Ledger.</p>", "171 received no reply")]
    // a plain-text list of helplines under "Additional resources" (the heading goes only over links)
    [InlineData("<h3>Additional resources</h3><ul><li>Dealer helpline: 1800 555 0199, weekdays 9am to 6pm</li><li>Consumer forum: file a complaint at the district office</li></ul>", "Dealer helpline")]
    // a story that quotes a package's trademark notice
    [InlineData("<p>The box read: \"Ledger and the Ledger logo are trademarks of Ledger Holdings. All other trademarks are the property of their respective owners.\"</p>", "The box read")]
    public void An_about_section_or_a_notice_that_is_the_storys_stays(string after, string part)
    {
        var text = AllStay(Page(Paras(), after));
        Assert.Contains(part, text);
    }

    [Fact]
    public void A_voter_guides_about_sections_stay()
    {
        var sections = string.Concat(new[] { "Maria Lopez", "James Whitfield", "Priya Nandakumar" }.Select(n =>
            $"<h3>About {n}</h3><p>{n} has served on the city council since 2016 and founded a tenants' association, Inc. filings show; {n.Split(' ')[0]} is running on housing.</p>"));
        var text = AllStay(Page(Paras() + sections));
        Assert.Contains("Priya Nandakumar has served", text);
        Assert.Contains("James Whitfield has served", text);
    }

    [Fact]
    public void Same_page_links_of_digits_that_are_no_notes_stay()
    {
        var body = $"""
            <p>{Paragraphs[0]} Game <a href="#game-3">3</a> is on Thursday, and the ruling turned on Section <a href="#s230">230</a> of the act.</p>
            <p>{Paragraphs[1]}</p><p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p>
            """;
        var text = AllStay(Page(body));
        Assert.Contains("Game 3 is on Thursday", text);
        Assert.Contains("Section 230 of the act", text);
    }

    [Fact]
    public void Footnote_marks_leave_the_plain_text_and_stay_in_the_html()
    {
        var body = $"""
            <p>{Paragraphs[0].TrimEnd('.')}.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a> {Paragraphs[1]}<sup id="fnref:2"><a href="#fn:2" class="footnote">[2]</a></sup></p>
            <p>{Paragraphs[2]}</p><p>{Paragraphs[3]}</p>
            <div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a><p>Figures from the industry body, which counts dispatches to dealers rather than sales to buyers.</p></div>
            """;
        var result = Extractor.Extract(new ExtractionInput { Html = Page(body) });
        Assert.Contains(Paragraphs[0] + " " + Paragraphs[1], result.Text);
        Assert.Contains("Figures from the industry body", result.Text);
        Assert.Contains("#footnote-1", result.Html);
    }

    [Theory]
    // a sign-up box with its form, whose blurb is a real sentence (Ghost's Casper theme)
    [InlineData("<section class=\"subscribe-form\"><h3 class=\"subscribe-form-title\">Subscribe to Daily Ledger</h3><p>Get the latest posts delivered right to your inbox. I write roughly once a month, and your address is stored only on this server and never shared.</p><form><input type=\"email\" placeholder=\"youremail@example.com\"><button>Subscribe</button></form></section>", "latest posts delivered")]
    // a contribution epic whose paragraph runs longer than a notice
    [InlineData("<div class=\"contributions__epic\"><h2>Since you're here…</h2><p>… we have a small favour to ask. More people are reading the Ledger than ever but advertising revenues across the media are falling fast. And unlike many news organisations, we haven't put up a paywall – we want to keep our journalism as open as we can. So you can see why we need to ask for your help, now more than ever before.</p></div>", "small favour")]
    // a responses stream with no comment word in its names (Medium)
    [InlineData("<div class=\"js-postResponses\"><div class=\"responsesStreamWrapper\"><div class=\"responsesStream\"><div class=\"streamItem\"><p>This matches our experience almost exactly, with one caveat: the dealers we spoke to in the north said their stock had already cleared by September.</p></div></div></div></div>", "matches our experience")]
    // a cutline, a marquee ticker, and the sender's matter after a release's end mark
    [InlineData("<div class=\"storyphoto\"><img src=\"/p.jpg\" alt=\"\"><span class=\"cutline\">Dealers look over unsold scooters at a showroom in Pune on Monday. (Ledger photo by Linda Hromadka)</span></div>", "Linda Hromadka")]
    [InlineData("<marquee>LATEST: Hartwell girls advance to sub-state after a 54-49 win over Elberton; county road crews begin resurfacing on Route 9 next week, officials said on Friday.</marquee>", "Hartwell girls")]
    [InlineData("<p>###</p><p>Crime Stoppers pays cash rewards of up to $1,000 for information that leads to an arrest. Callers never have to give their names.</p>", "Crime Stoppers")]
    [InlineData("<p>Reproduction of member bulletins outside member companies requires permission of the association office.</p>", "Reproduction of member bulletins")]
    public void A_sign_up_box_an_appeal_responses_a_cutline_a_ticker_and_a_releases_tail_go(string after, string part)
    {
        var text = AllStay(Page(Paras(), after));
        Assert.DoesNotContain(part, text);
    }

    [Fact]
    public void A_long_author_box_after_the_article_goes_and_an_opinion_pieces_tone_comment_header_stays()
    {
        var bio = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>Rachel Whitcombe spent eleven years as a school business manager before she began writing about budgets; part {i} of her career took her to three counties and two national boards.</p>"));
        var html = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Two-wheeler sales fall 9% in October</title></head><body>
            <main class="content"><article class="content--type-comment">
              <header class="tonal__head--tone-comment"><h1>Two-wheeler sales fall 9% in October</h1><p class="standfirst">Rural demand stayed weak for a third month, the industry body's figures show.</p></header>
              <div class="entry-content">{{Paras()}}</div>
            </article>
            <section class="author-box" itemprop="author"><h4 class="author-box-title">About Rachel Whitcombe</h4><div class="author-box-content">{{bio}}</div></section>
            </main></body></html>
            """;
        var text = AllStay(html);
        Assert.DoesNotContain("Rachel Whitcombe spent", text);
        Assert.Contains("Rural demand stayed weak", text);
    }

    [Theory]
    // an update note and a question sent elsewhere than to the paper
    [InlineData("<p>This story has been updated with comment from the mayor's office.</p>", "updated with comment")]
    [InlineData("<p>Have a question about your ballot? Contact the Clark County Election Department at 702-455-8683 before Friday.</p>", "Have a question about your ballot")]
    // a story's own "###" scene break and a mural's reproduction terms
    [InlineData("<p>###</p><p>Three weeks later the showroom reopened, and the first customer through the door bought the scooter that had sat in the window all summer.</p>", "Three weeks later the showroom reopened")]
    [InlineData("<p>Under the settlement, any other reproduction of the mural requires written permission from the artist.</p>", "reproduction of the mural")]
    // a writing lesson's example cutline (no picture), and a radio story's "Talkback" subheading
    [InlineData("<p class=\"cutline-example\">Dealers look over unsold scooters at a showroom in Pune on Monday, the last day of the festival.</p>", "Dealers look over unsold scooters")]
    [InlineData("<h3>Talkback</h3><p>Callers to the station's morning talkback show said they had waited months for a scooter they ordered in spring.</p>", "Talkback")]
    public void Text_that_only_looks_like_a_form_box_a_notice_or_a_release_mark_stays(string after, string part)
    {
        var text = AllStay(Page(Paras(), after));
        Assert.Contains(part, text);
    }
    // Site notes closing a story on science, political and tech sites: syndication and licensing notes, a republishing offer,
    // a membership pitch, the publisher's self-description, a tip line, a call for readers' photos, a pointer to the
    // site's roundup, a contributor's one-line bio.
    [Theory]
    [InlineData("<p><em>Originally published on Live Science.</em></p>")]
    [InlineData("<p><em>This article was reprinted on Wired.com.</em></p>")]
    [InlineData("<p>Republish our articles for free, online or in print, under a Creative Commons license.</p>")]
    [InlineData("<p><em>Content created by The Daily Caller News Foundation is available without charge to any eligible news publisher that can provide a large audience. For licensing opportunities of our original content, please contact licensing@dailycallernewsfoundation.org.</em></p>")]
    [InlineData("<p><em>The Daily Wire is one of America’s fastest-growing conservative media companies and counter-cultural outlets for news, opinion, and entertainment. Get inside access to The Daily Wire by becoming a member.</em></p>")]
    [InlineData("<p><strong>Have a tip we should know? <a href=\"mailto:tips@mediaite.com\">tips@mediaite.com</a></strong></p>")]
    [InlineData("<p><em>Editor's Note: If you snap an amazing photo of asteroid 2021 GX4 and would like to share it with Space.com's readers, send your photo(s), comments, and your name and location to spacephotos@space.com.</em></p>")]
    [InlineData("<p>For more on what to expect from the next MacBook Air, be sure to check out our <a href=\"/roundup/macbook-air/\">dedicated roundup</a>.</p>")]
    [InlineData("<p><em>Daniel Hartsell is a contributor to the Washington Examiner's Beltway Confidential blog. He is a former budget analyst for the House Budget Committee.</em></p>")]
    [InlineData("<p><em>Originally published on LiveScience.com.</em></p>")]
    [InlineData("<p><em>This story has been republished with permission from Stateline.</em></p>")]
    [InlineData("<p><em>This essay first appeared in The Ridgeline Review's spring issue.</em></p>")]
    [InlineData("<p>For licensing and syndication inquiries, please email syndication@wvcourier.org.</p>")]
    [InlineData("<p>Get full access to The Prairie Ledger by becoming a member today.</p>")]
    [InlineData("<p>Have photos or video of the flooding? Send them to news@ledger.example.com.</p>")]
    [InlineData("<p><em>Editor's note: If you capture a photo of the aurora, send it to us at skyphotos@ledger.example.com.</em></p>")]
    [InlineData("<p class=\"p-text\"><em>Reach business reporter Sam Whitaker at swhitaker@courier-journal.com or 502-582-4110. Follow him on Twitter at @SamWhitakerCJ.</em></p>")]
    [InlineData("<p class=\"p-text\"><em>Support strong local journalism by subscribing today: courier-journal.com/subscribe.</em></p>")]
    [InlineData("<p><em>Do you have a story for us? Contact our newsdesk on 01325 505054 or email newsdesk@nne.co.uk</em></p>")]
    [InlineData("<p><em>Check out more of our <a href=\"/drama/\">Drama coverage</a> or visit our <a href=\"/tv-guide/\">TV Guide</a> to see what's on tonight.</em></p>")]
    public void A_sites_note_closing_the_story_goes(string note)
    {
        var text = AllStay(Page(Paras(), note));
        Assert.EndsWith(Paragraphs[3], text);
    }

    [Theory]
    // a story's own sentences that open alike
    [InlineData("Originally published in French in 1987, the novel sold poorly until an English translation appeared two decades later.")]
    [InlineData("For more on the dealers' outlook, the association pointed to its monthly survey, which found confidence at a two-year low.")]
    [InlineData("The Sierra Club is a national organization that has opposed the pipeline since it was first proposed in 2014.")]
    [InlineData("Maria Lopez is a contributor to the fund, which she says has returned more than the market over the past decade.")]
    [InlineData("First published by Chatto & Windus in 1931, it was out of print within a decade.")]
    [InlineData("For licensing inquiries on the remaining claims, the university said companies can contact its technology office.")]
    [InlineData("If you have photos of flood damage to your home, the county emergency office asks that you send them with your address to damage@larkincounty.gov.")]
    [InlineData("Nordvik Press is a cooperative news agency that was founded in 1924 by eleven regional papers and now has bureaus in six countries.")]
    [InlineData("Tom Ferreira is a retired attorney who says he will keep writing letters to Congress until the maps are returned.")]
    [InlineData("Reach out to neighbors first, the county's emergency manager said, before calling 911 about downed lines.")]
    [InlineData("Support for local journalism by foundations has grown since 2015, according to the institute's annual survey.")]
    [InlineData("Dale Whitcombe is the single largest contributor to Mayor Ortega's reelection campaign, having given $4,800 since March.")]
    [InlineData("Check out more than 40 stalls at the night market, which runs every Friday until the end of October.")]
    [InlineData("In Outlook, Ctrl+Enter sends the email you're writing, so the dealers' association told members to turn the shortcut off.")]
    public void A_story_sentence_that_opens_like_a_sites_note_stays(string sentence)
    {
        var text = AllStay(Page(Paras(), $"<p>{sentence}</p>"));
        Assert.Contains(sentence, text);
    }
    // The publisher's description of itself goes when it names the site (og:site_name or the title's last part); a story's
    // closing paragraph about another newsroom stays.
    [Theory]
    [InlineData("Kaiser Health News", "<p class=\"khn-bottom-tagline\"><em>KHN (Kaiser Health News) is a national newsroom that produces in-depth journalism about health issues. Together with Policy Analysis and Polling, KHN is one of the three major operating programs at KFF (Kaiser Family Foundation). KFF is an endowed nonprofit organization providing information on health issues to the nation.</em></p>", false)]
    [InlineData("Chalkbeat", "<p><em>Chalkbeat is a nonprofit news organization covering educational change in public schools.</em></p>", false)]
    [InlineData("The Prairie Ledger", "<p><em>The Prairie Ledger is a nonprofit, nonpartisan newsroom covering Kansas politics and policy.</em></p>", false)]
    [InlineData("Wichita Daily", "<p>The Prairie Beacon is a nonprofit newsroom that covers Wichita and now employs 14 people, down from 22 a year ago.</p>", true)]
    public void The_publishers_description_of_itself_goes_and_one_of_another_newsroom_stays(string site, string blurb, bool stays)
    {
        var html = Page(Paras(), blurb).Replace("<title>Two-wheeler sales fall 9% in October</title>", $"<title>Two-wheeler sales fall 9% in October - {site}</title>");
        var text = AllStay(html);
        Assert.Equal(stays, text.Contains(" is a nonprofit") || text.Contains(" is a national"));
    }
}
