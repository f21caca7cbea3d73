using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>
/// Boxes that site frameworks and page layouts put in or beside an article: component wrappers, the column beside the
/// story, disclosure boxes, embedded posts in widgets, clip cards, and the one-line prompts around them.
/// </summary>
public class ComponentBoxesTests
{
    private static readonly ContentExtractor Extractor = new();

    private static readonly string[] Paragraphs =
    [
        "The city council voted on Tuesday to close four primary schools on the east side, citing falling enrolment and the cost of repairs.",
        "Parents packed the meeting and many spoke against the plan, saying the walk to the remaining schools would be too long for young children.",
        "The district says the savings, about four million a year, will pay for smaller classes and new science labs in the schools that stay open.",
        "A final vote on the school boundaries is expected in May, after a round of public hearings in each of the affected neighbourhoods.",
    ];

    private static string Page(string inBody, string afterBody = "", string besideArticle = "") => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Council votes to close four schools</title></head><body>
        <header class="site-header"><a href="/">Metro Courier</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>
        <main><div class="site-grid"><article>
          <h1>Council votes to close four schools</h1>
          <div class="article__body">
            <p>{{Paragraphs[0]}}</p>
            <p>{{Paragraphs[1]}}</p>
            {{inBody}}
            <p>{{Paragraphs[2]}}</p>
            <p>{{Paragraphs[3]}}</p>
          </div>
          {{afterBody}}
        </article>
        {{besideArticle}}
        </div></main>
        <footer class="site-footer"><a href="/about">About us</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
        </body></html>
        """;

    private static string Text(string html) => Extractor.Extract(new ExtractionInput { Html = html }).Text;

    private static void AllParagraphsStay(string text)
    {
        foreach (var p in Paragraphs) Assert.Contains(p, text);
    }

    [Fact]
    public void Adobe_components_marked_cmp_beside_their_type_are_the_article_not_a_consent_manager()
    {
        // AEM marks each component "cmp" and "cmp-<type>"; a consent manager's "cmp" box still goes
        var text = Text($$"""
            <!DOCTYPE html><html lang="nl"><head><title>Schoolstraten</title></head><body>
            <main><div class="cmp cmp-title"><h1 class="cmp-title__text">Meer schoolstraten in Vlaanderen</h1></div>
            <div class="cmp cmp-intro"><p>Steeds meer gemeenten sluiten de straat voor de schoolpoort af voor auto's, en dat heeft effect op hoe kinderen naar school komen.</p></div>
            <div class="cmp cmp-text"><p>In een schoolstraat mogen bij het begin en het einde van de schooldag alleen voetgangers en fietsers door de straat rijden.</p></div>
            <div class="cmp cmp-text"><p>Volgens verkeersdeskundigen komen er meer kinderen te voet of met de fiets naar school als er een schoolstraat is.</p></div>
            <div class="cmp cmp-share"><a href="#">Deel op Facebook</a> <a href="#">Deel via e-mail</a></div></main>
            <div class="cmp" id="cmp-root"><p>Wij en onze partners gebruiken cookies om inhoud en advertenties te personaliseren en om ons verkeer te analyseren.</p></div>
            </body></html>
            """);
        Assert.Contains("Steeds meer gemeenten sluiten de straat", text);
        Assert.Contains("alleen voetgangers en fietsers", text);
        Assert.Contains("meer kinderen te voet", text);
        Assert.DoesNotContain("Deel op Facebook", text);
        Assert.DoesNotContain("Wij en onze partners gebruiken cookies", text);
    }

    [Fact]
    public void The_column_beside_the_article_goes_even_when_it_holds_a_match_card_and_a_table()
    {
        // (the paragraphs straight in the <article>, no body box: the content found is the grid around the article and the column)
        var text = Text($$"""
            <!DOCTYPE html><html lang="de"><head><title>Oberhaus köpft Paderborn auf Platz zwei</title></head><body>
            <main><div class="site-grid"><article>
            <h1>Oberhaus köpft Paderborn auf Platz zwei</h1>
            {{string.Concat(Paragraphs.Select(p => "<p>" + p + "</p>"))}}
            <p>Der eingewechselte Jannik Oberhaus traf in der Nachspielzeit per Kopf und schoss die Ostwestfalen damit auf einen Aufstiegsplatz.</p>
            <p>Trainer Lukas Berg lobte nach dem Spiel die Moral seiner Mannschaft, die zweimal einem Rückstand hinterhergelaufen war.</p>
            </article>
            """ + """
            <aside class="site-sidebar"><div class="gameinfo"><h3>2. Bundesliga, 26. Spieltag</h3>
            <div class="block"><strong>Tore</strong><p>0:1 Ahrens (15.), 1:1 Tessendorf (34., Kopfball, Kaluza), 1:2 Kaplan (58., Freistoß), 2:2 Brandner (64.)</p></div>
            <div class="block"><strong>Aufstellung SC Paderborn 07</strong><p>Hagemann - Kaluza, Petersen, Wörner, Lindqvist - Tessendorf, Ozturk - Brandner (86. Sauer), Halbig (61. Oberhaus), Mertens - Jovanović (74. Reuter)</p></div>
            <div class="block"><strong>Aufstellung Karlsruher SC</strong><p>Fröhlich - Berisha, Kessler, Haug, Neumeier - Kaplan, Drescher (79. Wallner) - Stojković, Pfeiffer (68. Albrecht) - Ahrens, Vogt (68. Demir)</p></div>
            <div class="block"><strong>Schiedsrichter</strong><p>Daniel Kornberger (Mainz), Zuschauer: 14.211</p></div>
            <div class="block"><strong>Gelbe Karten</strong><p>Ozturk (3), Wörner (5) - Drescher (6), Haug (2)</p></div></div>
            <div class="ranking"><h3>Tabelle</h3><table><tr><th>Pl.</th><th>Verein</th><th>Pkt.</th></tr><tr><td>1</td><td>Hamburger SV</td><td>51</td></tr><tr><td>2</td><td>SC Paderborn 07</td><td>47</td></tr></table></div>
            </aside>
            </div></main></body></html>
            """);
        AllParagraphsStay(text);
        Assert.Contains("Trainer Lukas Berg lobte", text);
        Assert.DoesNotContain("Hagemann - Kaluza", text);
        Assert.DoesNotContain("Hamburger SV", text);
    }

    [Fact]
    public void A_fact_box_aside_inside_the_article_still_stays()
    {
        var text = Text(Page("""
            <aside class="factbox"><h3>The four schools</h3><ul><li>Eastfield Primary, 180 pupils</li><li>Hill Road Primary, 210 pupils</li><li>Mill Lane Primary, 150 pupils</li><li>Park View Primary, 240 pupils</li></ul></aside>
            """));
        AllParagraphsStay(text);
        Assert.Contains("Hill Road Primary, 210 pupils", text);
    }

    [Fact]
    public void A_disclosure_box_after_the_body_goes_though_its_statements_are_sentences()
    {
        var text = Text(Page("", afterBody: """
            <div data-test-id="article-disclosure" class="disclosure"><p><strong>Analyst's Disclosure:</strong> I/we have a beneficial long position in the shares of BWS either through stock ownership, options, or other derivatives. I wrote this article myself, and it expresses my own opinions.</p>
            <p><strong>Seeking Alpha's Disclosure:</strong> Past performance is no guarantee of future results. No recommendation or advice is being given as to whether any investment is suitable for a particular investor.</p></div>
            <div class="article__disclaimer"><p>If you purchase a product or register for an account through a link on our site, we may receive compensation. By using this site, you consent to our User Agreement and agree that your clicks, interactions, and personal information may be collected.</p></div>
            """));
        AllParagraphsStay(text);
        Assert.DoesNotContain("beneficial long position", text);
        Assert.DoesNotContain("Past performance is no guarantee", text);
        Assert.DoesNotContain("we may receive compensation", text);
    }

    [Fact]
    public void A_tweet_embedded_in_a_widget_stays_as_a_quote()
    {
        var text = Text(Page("""
            <div class="sdc-article-widget sdc-site-tweet" data-component-name="ui-tweet"><blockquote class="twitter-tweet"><p>The council has just voted 7-2 to close Eastfield, Hill Road, Mill Lane and Park View primaries.</p>&mdash; Metro Courier (@MetroCourier) March 9, 2024</blockquote></div>
            """));
        AllParagraphsStay(text);
        Assert.Contains("voted 7-2 to close Eastfield", text);
    }

    [Fact]
    public void A_clip_card_with_its_labelled_length_goes()
    {
        var text = Text(Page("""
            <div class="v12x9bu2 video-module"><div class="p1yjr6e5"><button class="play-button">Video abspielen</button><img src="/kraniche.jpg" alt=""></div>
            <div class="vmeta"><span>Video</span><h3>Kraniche rasten in der Uckermark</h3><p>Zehntausende Kraniche machen derzeit Station in Brandenburg.</p><p>Beitragslänge: 2 min<br>Datum: 13.03.2025</p></div></div>
            """));
        AllParagraphsStay(text);
        Assert.DoesNotContain("Kraniche rasten", text);
        Assert.DoesNotContain("Beitragslänge", text);
    }

    [Fact]
    public void A_clips_title_beside_its_play_button_and_an_adv_label_go()
    {
        var text = Text(Page("""
            <div class="video-embed"><div class="video-embed__player" data-video-id="caroaffitti"><button>▶</button></div><p class="video-embed__title">Video | «Pago 600 euro per una stanza senza finestra»: le voci degli studenti davanti al Politecnico</p></div>
            <div class="adv-container"><span class="adv-label">ADV</span><div id="gpt-intext-2"></div></div>
            """));
        AllParagraphsStay(text);
        Assert.DoesNotContain("le voci degli studenti", text);
        Assert.DoesNotContain("ADV", text);
    }

    [Fact]
    public void A_live_blogs_controls_go_and_its_entries_stay()
    {
        var text = Text(Page("""
            <div class="Liveblog__Controls"><button>Neue Einträge laden</button><label><input type="checkbox"> Automatisch aktualisieren</label><span class="Liveblog__Sort">Neueste zuerst</span></div>
            <div class="LiveblogEntry"><h3>Bahn meldet erste Verspätungen</h3><p>Auf der Strecke zwischen Hannover und Berlin fallen am Vormittag mehrere ICE aus, teilte die Bahn mit.</p></div>
            """));
        AllParagraphsStay(text);
        Assert.Contains("Auf der Strecke zwischen Hannover und Berlin", text);
        Assert.DoesNotContain("Automatisch aktualisieren", text);
        Assert.DoesNotContain("Neueste zuerst", text);
    }

    [Fact]
    public void Readers_reviews_under_their_count_go_with_their_prompt()
    {
        var text = Text(Page("", afterBody: """
            <section id="reviews" class="ReviewsSection-cYakAD"><h2 class="ReviewsHeading">Reviews (38)</h2><div class="ReviewRating">4.7 out of 5</div>
            <div class="ReviewPrompt"><p>What did you think of this recipe? Leave a rating and review.</p><button>Leave a Review</button></div>
            <div class="ReviewList"><div class="ReviewItem"><p>I have made this three times now. The brown butter makes such a difference, and the pepper is a sneaky genius move.</p><p class="ReviewAuthor">Anna, Portland</p></div>
            <div class="ReviewItem"><p>Delicious, but the glaze was a little thin for me. I added another couple of spoonfuls of powdered sugar and it was perfect.</p><p class="ReviewAuthor">mkbakes, Toronto</p></div></div></section>
            """));
        AllParagraphsStay(text);
        Assert.DoesNotContain("brown butter makes such a difference", text);
        Assert.DoesNotContain("glaze was a little thin", text);
        Assert.DoesNotContain("Leave a rating", text);
    }

    [Fact]
    public void A_pull_quote_edited_from_a_paragraph_goes_and_the_paragraph_stays()
    {
        var text = Text(Page("""
            <p>“People think nights are lonely,” she says. “They’re not lonely. They’re just quiet. There’s a difference, and if you can’t tell the difference, you shouldn’t work nights.”</p>
            <div class="pullquote-content"><blockquote><p>“People think nights are lonely. They’re not lonely. They’re just quiet.”</p></blockquote></div>
            """));
        AllParagraphsStay(text);
        Assert.Contains("There’s a difference", text);
        Assert.Equal(1, text.Split("People think nights are lonely").Length - 1);
    }

    [Fact]
    public void A_nutrition_note_under_a_recipe_goes()
    {
        var text = Text(Page("", afterBody: """
            <section class="roundup"><h2>Four pies for the season</h2>
            <div class="card"><h3><a href="/recipe/classic-pumpkin-pie">Classic Pumpkin Pie</a></h3><p>Creamy, deeply spiced and foolproof.</p></div>
            <div class="card"><h3><a href="/recipe/apple-cake">Cinnamon-Sugar Apple Cake</a></h3><p>A one-bowl cake for every apple you bring home.</p></div>
            <div class="card"><h3><a href="/recipe/sticky-buns">Maple-Pecan Sticky Buns</a></h3><p>Make the dough the night before for an easy morning.</p></div>
            <div class="card"><h3><a href="/recipe/muffins">Sweet Potato Muffins</a></h3><p>Tender muffins with a crunchy streusel top.</p></div></section>
            <p class="NutritionDisclaimer">Nutritional information is provided by Edamam and is for informational purposes only.</p>
            """));
        AllParagraphsStay(text);
        Assert.DoesNotContain("informational purposes", text);
    }

    [Fact]
    public void A_spanish_comments_box_whose_entries_name_their_authors_goes()
    {
        var text = Text(Page("", afterBody: """
            <div id="comentarios" class="comentarios"><h3>Comentarios 34</h3><a href="/normas">Normas</a>
            <div class="comentario"><p class="comentario-autor">Pepe_V</p><p class="comentario-fecha">21/06/2018 11:02</p><p>Mi abuelo regaba por turno en la acequia de Rovella y nunca faltó el agua para nadie, ni en los peores veranos.</p></div>
            <div class="comentario"><p class="comentario-autor">Lucía M.</p><p class="comentario-fecha">21/06/2018 11:40</p><p>Que pongan placas solares en todas las bombas de riego y verán cómo bajan las facturas de la comunidad de regantes.</p></div></div>
            """));
        AllParagraphsStay(text);
        Assert.DoesNotContain("Mi abuelo regaba", text);
        Assert.DoesNotContain("placas solares", text);
    }

    [Fact]
    public void Reader_comments_in_a_dutch_comments_container_go()
    {
        var text = Text(Page("", afterBody: """
            <div id="reacties" class="reactiesContainer"><h3>Reacties (38)</h3>
            <div class="reactie"><p>Vijf jaar beveiligingsupdates is netjes, maar ik zou graag zien dat meer fabrikanten gewoon OpenWrt-ondersteuning bieden voor hun routers.</p></div>
            <div class="reactie"><p>Ik heb hem al een week in huis en de dekking op de zolder is eindelijk goed, al is de app nog wat traag bij het opstarten.</p></div></div>
            """));
        AllParagraphsStay(text);
        Assert.DoesNotContain("OpenWrt-ondersteuning", text);
        Assert.DoesNotContain("dekking op de zolder", text);
    }

    // A reviewer's boxes and lines that the rules above took at first (each is the story's and stays).
    [Theory]
    [InlineData("""<div class="reacties"><h3>De reacties van de lijsttrekkers</h3><p>"Dit is een historische avond voor onze partij en voor de provincie," zei de lijsttrekker van de VVD na de eerste uitslagen.</p></div>""", "historische avond")]
    [InlineData("""<div class="comentarios"><p>23' Gol del Sevilla. Lukébakio culmina una contra con un zurdazo cruzado y pone el 0-1 en el marcador.</p></div>""", "Lukébakio culmina")]
    [InlineData("""<div class="product-box"><h3>Unser Fazit</h3><ul><li>Pro: lange Akkulaufzeit, helles Display</li><li>Contra: kein Ladegerät im Lieferumfang</li></ul><p>Testnote: 1,7 (gut)</p></div>""", "lange Akkulaufzeit")]
    [InlineData("""<div class="disclosure"><button aria-expanded="true" class="disclosure__button">Who must comply?</button><div class="disclosure__panel"><p>Every new building over 5,000 square feet must meet the standard from January, and renovations from 2027.</p></div></div>""", "Every new building over 5,000 square feet")]
    [InlineData("""<section class="story-section financial-disclosures"><h2>What the filings show</h2><p>The senator's annual filing lists stock in three drug makers, worth between $50,000 and $250,000 each, which she did not sell before the vote.</p></section>""", "lists stock in three drug makers")]
    [InlineData("""<div class="tipp tipp--video"><h3>Das Lehrerzimmer</h3><p>Ein Drama über eine junge Lehrerin, die einem Diebstahl an ihrer Schule nachgeht und dabei alles verliert.</p><p>Länge: 99 Min.</p></div>""", "einem Diebstahl an ihrer Schule")]
    [InlineData("<p>Do you have a tip about the robbery? Call Crime Stoppers at 1-800-222-8477; callers can stay anonymous.</p>", "Call Crime Stoppers")]
    [InlineData("<p>Haben Sie einen Hinweis auf den Aufenthaltsort der Frau? Kontaktieren Sie die Polizei unter der Nummer 110.</p>", "Kontaktieren Sie die Polizei")]
    [InlineData("<p>Für jede verkaufte Wohnung erhalten wir eine Provision von drei Prozent, sagt Makler Jens Albers, das sei in der Branche üblich.</p>", "erhalten wir eine Provision")]
    [InlineData("<p>Corrections &amp; Amplifications: Prairie National Financial is based in Sioux Falls, S.D. An earlier version of this article incorrectly said it was based in Fargo, N.D.</p>", "is based in Sioux Falls")]
    [InlineData("<blockquote><p>We welcome feedback on the draft plan at gasworks@cityplanning.example.gov until 30 June.</p></blockquote>", "We welcome feedback on the draft plan")]
    [InlineData("""<h2 class="kt-adv-heading412_51b0c4-7e wp-block-kadence-advancedheading">What the plan means for parents</h2>""", "What the plan means for parents")]
    [InlineData("<dl><dt>ADV</dt><dd>Adenovirus, a common cause of colds and, in children, of stomach infections.</dd><dt>RSV</dt><dd>Respiratory syncytial virus.</dd></dl>", "ADV")]
    [InlineData("<p>The app lets you choose the order of the feed:</p><ul><li>Newest first</li><li>Most popular</li><li>By neighbourhood</li></ul>", "Newest first")]
    [InlineData("""<div class="article-video"><button aria-label="Play"></button><p>Drone footage shows how much of the valley's housing was swept away by the flood that killed 135 people in the region</p></div>""", "Drone footage shows")]
    [InlineData("""<figure class="video-quote"><video src="/v.mp4"></video><p>„Wir haben in einer einzigen Nacht verloren, was drei Generationen über hundert Jahre aufgebaut haben.“</p></figure>""", "in einer einzigen Nacht verloren")]
    [InlineData("""<div class="key-player"><h3>Key player: Aitana Bonmatí</h3><p>Two goals, one assist and 94 per cent of her passes completed.</p><button>Stats</button></div>""", "Aitana Bonmatí")]
    [InlineData("""<details class="disclosure"><summary>Haftungsausschluss: Was heißt das für Mieter?</summary><p>Die Klausel gilt nur für Schäden, die der Vermieter nicht selbst verursacht hat, urteilte das Gericht.</p></details>""", "nicht selbst verursacht")]
    [InlineData("<p>Do you have a tip about the crash? Call the state police tip line at 555-0100 or email tips@statepolice.example.gov.</p>", "state police tip line")]
    [InlineData("""<section id="warranty-disclaimer"><h2>The warranty disclaimer</h2><p>Almost every licence contains a paragraph, usually in capital letters, stating that the software is provided as is, without warranty of any kind.</p><p>Whether that clause holds up is now being tested in a court in Ohio, where a logistics company has sued the maintainer of a library.</p></section>""", "Whether that clause holds up")]
    [InlineData("""<section class="part-4"><h2>4. Discussion</h2><p>The results suggest that the closures saved less than the district expected, because transport costs rose by a third in the first year.</p><p>Smaller districts that merged schools saw the same pattern, which points to bus contracts as the missing cost.</p></section>""", "transport costs rose by a third")]
    [InlineData("""<p>The poem is four lines long:</p><blockquote class="poem"><p>The school bell rang for the last time, the yard fell quiet, the gate stayed shut.</p></blockquote><p>Its first line, the school bell rang for the last time, sets the scene; the yard fell quiet and the gate stayed shut close it.</p>""", "The school bell rang for the last time, the yard fell quiet")]
    [InlineData("<p>The company says its chatbot uses only high-quality sources, a claim our testing did not support.</p>", "uses only high-quality sources")]
    [InlineData("<ul><li>Get alerts on evacuation orders in the free Genasys Protect app, and keep a bag packed by the door.</li><li>Know two ways out of your street.</li></ul>", "Get alerts on evacuation orders")]
    [InlineData("<p>Do you know more about Tom's route that day? Email the family at findtom@example.org.</p>", "Tom's route")]
    [InlineData("<p>Confused by the different types of heat pump? Read our guide to the three main options below.</p>", "Read our guide to the three main options below")]
    [InlineData("""<div class="reacties"><h3>Reacties uit de Kamer</h3><p>"Dit is een zwarte dag voor de boeren," zegt <span class="quote-author">Kamerlid Jan de Vries</span>, die tegen het plan stemde.</p><p>"We hebben eindelijk duidelijkheid," reageert <span class="quote-author">minister Els Bakker</span>.</p></div>""", "zwarte dag voor de boeren")]
    [InlineData("""<div class="letter"><p>The closure of Eastfield will add half an hour to my daughter's walk to school, along a road with no pavement for most of its length.</p><p class="letter-signature">Margaret Hollis, Church Lane, Ashby — 5 February 2024</p></div>""", "Margaret Hollis, Church Lane")]
    [InlineData("<table><tr><th>Revenu</th><th>Taux</th></tr><tr><td>Jusqu'à 11 294 €</td><td>0 %</td></tr></table><p>Dernière mise à jour du barème : janvier 2024</p>", "Dernière mise à jour du barème")]
    [InlineData("<p>Omwonenden die op de hoogte willen blijven, kunnen zich volgens de woordvoerder aanmelden: \"Meld je aan voor de nieuwsbrief van het project, dan hoor je het als eerste.\"</p>", "Meld je aan voor de nieuwsbrief van het project")]
    [InlineData("""<div class="boletin-oficial-extracto"><p>Podrán solicitar las ayudas los hogares con ingresos inferiores a 30.000 euros al año, por un importe máximo de 3.000 euros por vivienda.</p></div>""", "Podrán solicitar las ayudas")]
    public void Boxes_and_lines_of_the_story_that_share_words_with_template_parts_stay(string block, string part)
    {
        var text = Text(Page(block));
        AllParagraphsStay(text);
        Assert.Contains(part, text);
    }

    [Fact]
    public void A_consent_layer_in_an_adobe_experience_fragment_still_goes()
    {
        var text = Text(Page("", besideArticle: """
            <div class="experiencefragment"><div id="xf-consent" class="cmp-experiencefragment cmp-experiencefragment--consent-layer"><div class="cmp-container">
            <div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Ihre Privatsphäre ist uns wichtig</h2></div></div>
            <div class="text"><div class="cmp-text"><p>Wir und unsere Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, wie eindeutige Kennungen, und verarbeiten personenbezogene Daten für personalisierte Anzeigen und Inhalte.</p></div></div>
            <div class="button"><a class="cmp-button" href="#accept"><span class="cmp-button__text">Alle akzeptieren</span></a></div></div></div></div>
            """));
        AllParagraphsStay(text);
        Assert.DoesNotContain("Ihre Privatsphäre ist uns wichtig", text);
    }

    [Theory]
    [InlineData("<p><em>Have a tip or story idea? Email reporter Megan Sturdevant at msturdevant@example.com, or follow her on X at @msturdevant.</em></p>", "Have a tip or story idea")]
    [InlineData("""<div class="tip-box">Got a tip, story idea or something you think we should be investigating? Contact us at answers@example.ie.</div>""", "Got a tip, story idea")]
    [InlineData("""<div class="tips">Har du ett tips? Mejla <a href="mailto:tipsa@example.se">tipsa@example.se</a> eller ring 020-91 91 91.</div>""", "Har du ett tips")]
    [InlineData("<p><em>We welcome your comments at letters@example.in.</em></p>", "We welcome your comments")]
    [InlineData("""<p><strong>Read more in Daily Maverick: </strong><a href="/a/1">"Joburg's water crisis: Why the taps keep running dry"</a></p>""", "Read more in Daily Maverick")]
    [InlineData("""<div class="article__about"><h4>About This Article</h4><p>Corrections &amp; Amplifications: Please report errors to corrections@example.com.</p></div>""", "report errors")]
    [InlineData("""<div class="article__tickers"><h4>Stocks in This Article</h4><ul><li><a href="/q/clwy">CLWY</a> <span>$98.42</span> <span>+6.4%</span></li><li><a href="/q/sox">SOX</a> <span>4,871.21</span> <span>+2.1%</span></li></ul></div>""", "Stocks in This Article")]
    [InlineData("""<div class="continue-reading"><span>Continua a leggere dopo la pubblicità</span></div>""", "Continua a leggere")]
    [InlineData("""<p class="go-market__disclaimer">Bei Käufen über diese Links erhalten wir ggf. eine Provision.</p>""", "eine Provision")]
    [InlineData("""<p class="note">La suite après cette publicité</p>""", "La suite après")]
    [InlineData("""<div class="article__disclaimer"><p>Hinweis: Dieser Artikel dient nur der allgemeinen Information und ersetzt keine ärztliche Beratung. Bei anhaltenden Beschwerden wenden Sie sich bitte an Ihre Hausärztin.</p></div>""", "keine ärztliche Beratung")]
    [InlineData("""<div class="comp mntl-fact-check">Fact checked by Daniel Cho</div>""", "Fact checked by")]
    [InlineData("""<div class="feedback"><p>Was this page helpful?</p><p>Thanks for your feedback!</p><p>What is your feedback? Other Helpful Report an Error</p></div>""", "Thanks for your feedback")]
    [InlineData("<p><em>Want to keep the classroom warm too? <a href=\"/guides/heaters\">Read our guide to the best electric heaters</a></em></p>", "Read our guide")]
    [InlineData("<p><em>Do you know more? Email news@example.co.nz</em></p>", "Do you know more")]
    [InlineData("""<div class="ldr-note">Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.</div>""", "Local Democracy Reporting")]
    [InlineData("<p><strong>Get breaking news alerts in the free FOX LOCAL app for iOS or Android.</strong></p>", "breaking news alerts")]
    [InlineData("""<div class="boletin-suscripcion"><p>Boletín</p><p>Recibe el boletín de EL PAÍS Comunidad Valenciana</p></div>""", "Recibe el boletín")]
    [InlineData("""<div class="chapter-paragraph"><p><strong>La newsletter di Corriere Milano</strong></p><p>Se vuoi restare aggiornato sulle notizie di Milano e della Lombardia iscriviti gratis alla newsletter di Corriere Milano. Arriva ogni giorno nella tua casella di posta alle 7 del mattino.</p></div>""", "iscriviti gratis")]
    [InlineData("""<div class="itemDateModified">Última modificação em Quarta, 15 Junho 2016 08:47</div>""", "Última modificação")]
    public void Tip_lines_disclaimers_lead_ons_ad_markers_and_box_labels_go(string block, string part)
    {
        var text = Text(Page(block));
        AllParagraphsStay(text);
        Assert.DoesNotContain(part, text);
    }

    [Theory]
    [InlineData("<p>Police said they had a tip about the car from a neighbour, who saw it parked outside the school every night that week.</p>", "had a tip about the car")]
    [InlineData("<p>Have a tip for parents whose children must now walk further? The district says the new crossing guards start in September.</p>", "crossing guards start")]
    [InlineData("<p>Read more about the plan in the district's report, which lists the repairs each of the four buildings would need.</p>", "lists the repairs")]
    [InlineData("<p>Please report errors in the register to the county clerk, the notice says, before the deadline on 1 May.</p>", "Please report errors in the register")]
    public void Sentences_that_mention_tips_reading_or_errors_stay(string block, string part)
    {
        var text = Text(Page(block));
        AllParagraphsStay(text);
        Assert.Contains(part, text);
    }

    [Fact]
    public void A_privacy_gate_and_a_tip_prompt_around_a_dutch_story_go()
    {
        // DPG Media's gate names itself "privacy-gate"; its dialog inside is named so too (a dialog's role alone does not decide)
        var text = Text($$"""
            <!DOCTYPE html><html lang="nl"><head><title>Deelscooters verdwijnen uit het centrum</title></head><body>
            <div class="fjs-privacy-gate privacy-gate" id="privacy-gate"><div class="privacy-gate__dialog" role="dialog">
            <p>AD maakt onderdeel uit van DPG Media. Onze sites gebruiken cookies en vergelijkbare technieken om je een betere gebruikerservaring te bieden.</p>
            <button>Akkoord</button></div></div>
            <main><article><h1>Deelscooters verdwijnen uit het centrum</h1>
            <p class="article__paragraph">De gemeente haalt vanaf volgende maand alle deelscooters uit de binnenstad, omdat ze te vaak op de stoep worden achtergelaten.</p>
            <p class="article__paragraph">Volgens de wethouder kwamen er het afgelopen jaar meer dan vierhonderd klachten binnen over scooters die de doorgang blokkeerden.</p>
            <p class="article__paragraph">De aanbieders mogen hun scooters straks alleen nog op twaalf vaste plekken aan de rand van het centrum parkeren.</p>
            <p class="article__paragraph">Weet jij meer over dit onderwerp of heb je een tip? Mail de redactie via stad@krant.nl.</p>
            </article></main></body></html>
            """);
        Assert.Contains("alle deelscooters uit de binnenstad", text);
        Assert.Contains("twaalf vaste plekken", text);
        Assert.DoesNotContain("DPG Media", text);
        Assert.DoesNotContain("heb je een tip", text);
    }

    private static readonly string[] Parrafos =
    [
        "La deforestación en la Amazonía colombiana cayó un 12 % el año pasado, según el informe anual del instituto de estudios ambientales.",
        "De acuerdo con el reporte, tres municipios del Caquetá concentran casi la mitad de la pérdida de bosque registrada en el país.",
        "Los investigadores advierten que la ganadería extensiva y la apertura de vías ilegales siguen empujando la frontera agrícola.",
        "El Gobierno anunció que reforzará los controles en los parques nacionales y que ampliará los acuerdos con las comunidades campesinas.",
    ];

    [Fact]
    public void A_body_whose_paragraphs_are_classed_font_secondary_stays_whole()
    {
        // Arc XP prints each paragraph "font--secondary": a style's variant, not a secondary column
        var text = Text($$"""
            <!DOCTYPE html><html lang="es"><head><title>Cae la deforestación en la Amazonía</title></head><body>
            <main><article><h1>Cae la deforestación en la Amazonía</h1>
            <div class="Article-Content">{{string.Concat(Parrafos.Select(p => $"<p class=\"font--secondary\">{p}</p>"))}}</div>
            </article></main>
            <aside class="secondary"><h3>Lo más leído</h3><ul><li><a href="/a">Alerta por lluvias en Bogotá</a></li><li><a href="/b">Así quedó la tabla del torneo</a></li></ul></aside>
            </body></html>
            """);
        foreach (var p in Parrafos) Assert.Contains(p, text);
        Assert.DoesNotContain("Lo más leído", text);
    }

    [Fact]
    public void A_spanish_caption_label_subscription_box_google_news_prompt_and_initials_go()
    {
        var text = Text($$"""
            <!DOCTYPE html><html lang="es"><head><title>Cae la deforestación en la Amazonía</title></head><body>
            <main><article><h1>Cae la deforestación en la Amazonía</h1>
            <div class="cuerpo">
            <p>{{Parrafos[0]}}</p>
            <div class="foto"><img src="/selva.jpg" alt=""><div class="pie_foto">Vista aérea de una zona talada en el sur del Caquetá.</div></div>
            <p>{{Parrafos[1]}}</p>
            <div class="mira-tambien"><span class="mira-tambien-title">Mirá también</span> <a href="/otra">Las lluvias no alcanzan para el río</a></div>
            <p>{{Parrafos[2]}}</p>
            <div class="suscription-box-article"><p>Suscribite a nuestro diario</p><p>Periodismo para hacer del mundo un lugar más justo. Apoyá nuestro trabajo.</p><a href="/suscribite">Suscribite</a></div>
            <p>{{Parrafos[3]}}</p>
            <p><em>¿Ya conoces nuestra cuenta en Google News? ¡Síguenos!</em></p>
            <p>mvg/rcr</p>
            </div></article></main></body></html>
            """);
        foreach (var p in Parrafos) Assert.Contains(p, text);
        Assert.DoesNotContain("Vista aérea", text);
        Assert.DoesNotContain("Mirá también", text);
        Assert.DoesNotContain("Periodismo para hacer", text);
        Assert.DoesNotContain("Google News", text);
        Assert.DoesNotContain("mvg/rcr", text);
    }

    [Fact]
    public void A_card_named_rel_embed_between_paragraphs_goes_and_a_box_positioned_rel_stays()
    {
        // Milenio's "nd-rel-embed": a label over another story's linked headline; "u-pos-rel" is a position, not a name
        var text = Text($$"""
            <!DOCTYPE html><html lang="es"><head><title>Cae la deforestación en la Amazonía</title></head><body>
            <main><article><h1>Cae la deforestación en la Amazonía</h1>
            <div class="u-pos-rel"><p>{{Parrafos[0]}}</p><p>{{Parrafos[1]}}</p></div>
            <div class="nd-rel-embed"><div class="rel-embed-title">Te recomendamos</div><a href="/otra" class="rel-embed-link"><div class="rel-embed-txt"><span>Monterrey</span><h2>Incendio en el Cerro de la Silla consume más de 300 hectáreas</h2></div></a></div>
            <p>{{Parrafos[2]}}</p><p>{{Parrafos[3]}}</p>
            </article></main></body></html>
            """);
        foreach (var p in Parrafos) Assert.Contains(p, text);
        Assert.DoesNotContain("Te recomendamos", text);
        Assert.DoesNotContain("Cerro de la Silla", text);
    }

    [Fact]
    public void A_source_line_under_a_table_in_its_wrapper_goes_and_a_closing_word_stays()
    {
        var text = Text($$"""
            <!DOCTYPE html><html lang="es"><head><title>Suben los alquileres</title></head><body>
            <main><article><h1>Suben los alquileres</h1>
            <p>{{Parrafos[0]}}</p><p>{{Parrafos[1]}}</p>
            <div class="table-wrap"><table><tr><th>Barrio</th><th>Alquiler medio</th></tr><tr><td>Palermo</td><td>$ 180.000</td></tr><tr><td>Caballito</td><td>$ 150.000</td></tr></table></div>
            <p class="com-paragraph --source">Fuente: relevamiento de portales inmobiliarios, marzo de 2022.</p>
            <p>{{Parrafos[2]}}</p><p>{{Parrafos[3]}}</p>
            <p>Fin</p>
            </article></main></body></html>
            """);
        Assert.Contains("Palermo", text);
        Assert.DoesNotContain("relevamiento de portales", text);
        Assert.Contains("Fin", text);
    }
}
