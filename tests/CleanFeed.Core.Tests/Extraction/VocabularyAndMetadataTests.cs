using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

public class VocabularyAndMetadataTests
{
    private static readonly ContentExtractor Extractor = new();

    // Three paragraphs of article text that no rule removes: the body the tests put boilerplate beside.
    private static readonly string[] StoryParagraphs =
    [
        "The first paragraph of the article is long enough to be real text, with commas, clauses, and a full stop at the end.",
        "The second paragraph adds detail about the story, quoting a spokesperson, who said the plan would go ahead next year.",
        "The third paragraph closes the article with a look ahead, and a final remark from the people who were affected by it.",
    ];

    private static string Article(string lang, string[] paragraphs, string tail) => $"""
        <html lang="{lang}"><body><div id="page"><div class="story">
        {string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}
        {tail}
        </div></div></body></html>
        """;

    [Theory]
    [InlineData("fr", "Articles similaires", "Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.", "Partager")]
    [InlineData("es", "Artículos relacionados", "Deja un comentario", "Tu dirección de correo electrónico no será publicada.", "Compartir")]
    [InlineData("pt", "Artigos relacionados", "Deixe um comentário", "O seu endereço de e-mail não será publicado.", "Partilhar")]
    [InlineData("it", "Articoli correlati", "Lascia un commento", "Il tuo indirizzo email non sarà pubblicato.", "Condividi")]
    [InlineData("nl", "Gerelateerde artikelen", "Laat een reactie achter", "Je e-mailadres wordt niet gepubliceerd.", "Delen")]
    [InlineData("en", "Related posts", "Leave a Reply", "Your email address will not be published.", "Share")]
    public void Removes_related_comment_and_share_blocks_in_many_languages(string lang, string related, string reply, string notice, string share)
    {
        var paragraphs = StoryParagraphs;
        var tail = $"""
            <p>{share}:</p>
            <h3>{related}</h3><ul><li><a href="/a">Another story about something</a></li><li><a href="/b">A second story</a></li></ul>
            <h3>{reply}</h3><p>{notice}</p>
            """;
        var r = Extractor.Extract(new ExtractionInput { Html = Article(lang, paragraphs, tail) });
        Assert.Contains("The first paragraph of the article", r.Text);
        Assert.EndsWith("from the people who were affected by it.", r.Text);
        Assert.DoesNotContain(related, r.Text);
        Assert.DoesNotContain(reply, r.Text);
        Assert.DoesNotContain(notice, r.Text);
        Assert.DoesNotContain("Another story", r.Text);
    }

    [Theory]
    [InlineData("37 views")]
    [InlineData("5343 mal gelesen")]
    [InlineData("Pages: 1 2 3 4")]
    [InlineData("READ THE REST")]
    [InlineData("Continue reading »")]
    [InlineData("Lire la suite")]
    [InlineData("mehr anzeigen")]
    [InlineData("Show more")]
    [InlineData("Estimated reading time: 6 minutes")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Continue reading the main story")]
    [InlineData("Supported by")]
    [InlineData("(AP Photo/Evan Vucci)")]
    [InlineData("This article is more than 2 years old")]
    [InlineData("MORE: Council votes on bike lanes")]
    [InlineData("Listen to this article")]
    [InlineData("Print this page")]
    [InlineData("Copied!")]
    [InlineData("Zur Startseite")]
    [InlineData("Artikel merken")]
    [InlineData("Bildergalerie ansehen")]
    [InlineData("Exklusiv für Abonnenten")]
    [InlineData("(EFE)")]
    [InlineData("Political Editor")]
    [InlineData("Show all 50")]
    [InlineData("Courtesy of Forests News")]
    [InlineData("News date : 04/21/2022 Category : Press Releases")]
    [InlineData("Photo Source: Markus Spiske from Pexels.")]
    [InlineData("NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.")]
    public void Counters_page_numbers_read_on_links_credits_and_disclaimers_leave_the_end_of_an_article(string line)
    {
        var paragraphs = StoryParagraphs;
        var r = Extractor.Extract(new ExtractionInput { Html = Article("en", paragraphs, $"<p>{line}</p>") });
        Assert.EndsWith("from the people who were affected by it.", r.Text);
    }

    [Theory]
    [InlineData("Continue reading the report and you will find that the council spent twice as much on consultants as on the new lanes themselves.")]
    [InlineData("The ministry is not responsible for the delays, the minister said, blaming the contractors who missed three deadlines in a row.")]
    [InlineData("Meta argued that it is not responsible for content posted by its users, citing Section 230 of the law.")]
    [InlineData("Supported by the council and two charities, the plan will cost less than a tenth of what the bridge would have.")]
    [InlineData("More than two hundred people came to the meeting: the hall was full an hour before the vote began.")]
    [InlineData("More-or-less every household in the valley now has a heat pump, the utility said on Monday.")]
    [InlineData("More: the council will vote again in March on the new lanes, the mayor said.")]
    [InlineData("Ein Artikel von Kafka, den kaum jemand kennt, wird jetzt verfilmt.")]
    [InlineData("An article by Jane Smith, published in the Lancet in 2019, changed that view.")]
    [InlineData("Un article de Le Monde, publié mardi, a révélé l'affaire.")]
    [InlineData("The political editor of the paper resigned on Friday after a row over the front page.")]
    [InlineData("Courtesy of the weather, the harvest came in two weeks early and the prices fell.")]
    [InlineData("Police said: We need your help to identify the man seen in this video near the station on Friday night.")]
    [InlineData("Fotos de la tragedia muestran el alcance de los daños en la ciudad tras el terremoto del lunes.")]
    [InlineData("Photos by the dozen circulated on social media within minutes of the explosion, the police said.")]
    [InlineData("Fotos von der Feier zeigen, wie die Spieler den Pokal in die Höhe stemmen, während die Fans jubeln.")]
    [InlineData("Foto di gruppo per i leader del G7 davanti al castello, prima dell'inizio dei colloqui sul clima.")]
    public void Sentences_that_start_like_a_label_stay(string sentence)
    {
        string[] paragraphs = [StoryParagraphs[0], sentence, StoryParagraphs[2]];
        Assert.Contains(sentence, Extractor.Extract(new ExtractionInput { Html = Article("en", paragraphs, "") }).Text);
    }

    [Theory]
    [InlineData("de", "Hören")]
    [InlineData("de", "Vorlesen")]
    [InlineData("de", "Merken")]
    [InlineData("en", "Bookmark")]
    [InlineData("en", "Font size")]
    [InlineData("de", "Unsere Empfehlungen")]
    [InlineData("en", "Up next")]
    public void A_heading_that_is_also_a_toolbar_label_stays_with_its_section(string lang, string heading)
    {
        var paragraphs = StoryParagraphs[..2];
        var tail = $"<h2>{heading}</h2><ul><li>Der Testsieger: Bosch Serie 6 für 649 Euro, leise und sparsam im Test.</li>" +
                   "<li>Exercise 4: listen to the recording twice and answer the questions about the station announcements.</li></ul>";
        var r = Extractor.Extract(new ExtractionInput { Html = Article(lang, paragraphs, tail) });
        Assert.Contains(heading, r.Text);
        Assert.Contains("Der Testsieger: Bosch Serie 6", r.Text);
    }

    [Fact]
    public void A_section_of_recommendations_in_a_travel_advisory_stays()
    {
        var paragraphs = new[]
        {
            "Italien hat die Einreisebestimmungen erneut geändert; seit Montag gilt für alle Reisenden eine Registrierungspflicht.",
            "Die Regeln unterscheiden sich je nach Region, und einzelne Regionen können strengere Maßnahmen erlassen als der Staat.",
        };
        var tail = "<h3>Empfehlungen</h3><ul><li>Informieren Sie sich regelmäßig über aktuelle Maßnahmen bei der italienischen Regierung.</li>" +
                   "<li>Denken Sie bei Reisen mit der Fähre an gültige Reisedokumente für alle Mitreisenden.</li></ul>";
        var r = Extractor.Extract(new ExtractionInput { Html = Article("de", paragraphs, tail) });
        Assert.Contains("Informieren Sie sich regelmäßig über aktuelle Maßnahmen", r.Text);
    }

    [Theory]
    [InlineData("de", "Lust auf mehr? Lass dir die besten Geschichten jede Woche liefern. Melde dich hier für unseren Newsletter an!")]
    [InlineData("en", "Never miss the latest news by signing up to our newsletter today!")]
    [InlineData("es", "Puede escribirnos o seguirnos en Facebook, o suscribirse aquí a nuestra newsletter.")]
    [InlineData("de", "Um unabhängiger von Werbeeinnahmen zu sein, brauchen wir deine Unterstützung.")]
    [InlineData("en", "We need your help. Help us continue to spread the magic of words to readers everywhere. Donate")]
    public void Own_newsletter_promos_and_support_appeals_are_removed(string lang, string promo)
    {
        var paragraphs = StoryParagraphs;
        var r = Extractor.Extract(new ExtractionInput { Html = Article(lang, paragraphs, $"<p>{promo}</p>") });
        Assert.EndsWith("from the people who were affected by it.", r.Text);
    }

    [Fact]
    public void Json_ld_is_trusted_over_opengraph_and_meta()
    {
        var html = """
            <html><head>
            <meta property="og:title" content="OG title">
            <meta name="author" content="Meta Author">
            <meta property="article:published_time" content="2020-01-01T00:00:00Z">
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"LD headline","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Ben Ode"}],"datePublished":"2021-06-01T12:00:00-04:00","inLanguage":"es-ES"}]}</script>
            </head><body><article><p>Texto del artículo, suficientemente largo para ser un párrafo, con comas, y un punto final.</p></article></body></html>
            """;
        var r = Extractor.Extract(new ExtractionInput { Html = html });
        Assert.Equal("LD headline", r.Title);
        Assert.Equal("Ana Ruiz, Ben Ode", r.Author);
        Assert.Equal(new DateTimeOffset(2021, 6, 1, 16, 0, 0, TimeSpan.Zero), r.Published);
        Assert.Equal("es", r.Language);
    }

    [Fact]
    public void Opengraph_and_time_element_and_byline_fill_in_without_json_ld()
    {
        var html = """
            <html lang="de"><head><title>Der Titel | Beispielzeitung</title>
            <meta property="og:title" content="Der Titel">
            </head><body><article>
            <p class="byline">Von Max Mustermann</p>
            <time datetime="2022-03-04T05:06:07+01:00">4. März 2022</time>
            <p>Der erste Absatz des Artikels ist lang genug, um als echter Text zu gelten, mit Kommas, Nebensätzen und einem Punkt.</p>
            <p>Der zweite Absatz ergänzt Einzelheiten, zitiert eine Sprecherin, und schließt mit einem Ausblick auf das nächste Jahr.</p>
            </article></body></html>
            """;
        var r = Extractor.Extract(new ExtractionInput { Html = html });
        Assert.Equal("Der Titel", r.Title);
        Assert.Equal("Max Mustermann", r.Author);
        Assert.Equal(new DateTimeOffset(2022, 3, 4, 4, 6, 7, TimeSpan.Zero), r.Published);
        Assert.Equal("de", r.Language);
        Assert.DoesNotContain("Von Max Mustermann", r.Text);
        Assert.DoesNotContain("4. März 2022", r.Text);
        Assert.StartsWith("Der erste Absatz", r.Text);
    }

    [Fact]
    public void Page_title_with_site_name_gives_way_to_the_feed_title()
    {
        var html = "<html><head><title>Storm closes schools - The Daily Example</title></head><body><article><p>"
                   + string.Join(" ", Enumerable.Repeat("Schools stayed closed on Monday, as the storm brought snow and wind.", 10)) + "</p></article></body></html>";
        var r = Extractor.Extract(new ExtractionInput { Html = html, Hints = new ExtractionHints { Title = "Storm closes schools" } });
        Assert.Equal("Storm closes schools", r.Title);
    }

    [Fact]
    public void Plain_text_uses_the_feed_title_and_keeps_a_text_without_boilerplate_intact()
    {
        var text = "Storm closes schools\n\nSchools stayed closed on Monday.\n\nThe storm brought snow and wind, and roads were blocked.";
        var r = Extractor.Extract(new ExtractionInput { Text = text, Hints = new ExtractionHints { Title = "Storm closes schools", Author = "Sam Lee" } });
        Assert.Equal("Storm closes schools", r.Title);
        Assert.Equal("Sam Lee", r.Author);
        Assert.Equal("Schools stayed closed on Monday.\n\nThe storm brought snow and wind, and roads were blocked.", r.Text);
    }

    [Fact]
    public void Image_credits_captions_and_ad_disclosures_are_removed()
    {
        var paragraphs = StoryParagraphs[..2];
        var tail = """
            <figure><img src="/x.jpg"><figcaption>The harbour at dawn, seen from the old lighthouse.</figcaption></figure>
            <p>Foto: Getty Images</p>
            <p>This post contains affiliate links.</p>
            <p>The last paragraph ends the article properly, with one more sentence of reporting and a quote from the mayor.</p>
            """;
        var r = Extractor.Extract(new ExtractionInput { Html = Article("en", paragraphs, tail) });
        Assert.DoesNotContain("The harbour at dawn", r.Text);
        Assert.DoesNotContain("Getty Images", r.Text);
        Assert.DoesNotContain("affiliate", r.Text);
        Assert.EndsWith("a quote from the mayor.", r.Text);
    }

    [Fact]
    public void Subscription_prompts_and_disclaimers_go_but_sentences_about_subscribing_stay()
    {
        var paragraphs = new[]
        {
            "The first paragraph of the article is long enough to be real text, with commas, clauses, and a full stop at the end.",
            "Readers who subscribe to the council's newsletter will get the new timetable first, the spokesperson said on Tuesday, adding that printed copies would follow in the libraries next month.",
        };
        var tail = """
            <p>Subscribe now to our print edition for the full story.</p>
            <p>Follow us on Twitter for breaking news.</p>
            <p>Disclaimer: the opinions expressed here are the author's own.</p>
            """;
        var r = Extractor.Extract(new ExtractionInput { Html = Article("en", paragraphs, tail) });
        Assert.Contains("Readers who subscribe to the council's newsletter", r.Text);
        Assert.DoesNotContain("Subscribe now", r.Text);
        Assert.DoesNotContain("Follow us on Twitter", r.Text);
        Assert.DoesNotContain("Disclaimer", r.Text);
    }

    [Fact]
    public void News_sites_article_tools_and_calls_to_action_go_but_sentences_with_the_same_words_stay()
    {
        var paragraphs = new[]
        {
            "The first paragraph of the article is long enough to be real text, with commas, clauses, and a full stop at the end.",
            "Millions of scam emails are delivered to your inbox every day, researchers said.",
            "The new lounge is for subscribers only, the airline said.",
            "I would like to receive an apology, she said.",
        };
        var tail = """
            <p>Gift this article</p>
            <p>Ad Feedback</p>
            <p>hide caption</p>
            <p>Published 3 hours ago</p>
            <p>CLICK HERE TO GET THE EXAMPLE NEWS APP</p>
            <p>Get the latest news delivered to your inbox</p>
            <p>Our Standards: The Example Trust Principles.</p>
            <p>Image caption, The council met on Tuesday</p>
            """;
        var r = Extractor.Extract(new ExtractionInput { Html = Article("en", paragraphs, tail) });
        foreach (var p in paragraphs.Skip(1)) Assert.Contains(p, r.Text);
        foreach (var line in new[] { "Gift this article", "Ad Feedback", "hide caption", "Published 3 hours ago", "CLICK HERE", "delivered to your inbox every day" })
            Assert.Equal(line == "delivered to your inbox every day", r.Text.Contains(line, StringComparison.Ordinal));
        Assert.DoesNotContain("Get the latest news", r.Text);
        Assert.DoesNotContain("Our Standards", r.Text);
        Assert.DoesNotContain("Image caption", r.Text);
    }

    [Fact]
    public void Gallery_counters_player_labels_and_signup_form_texts_go_but_a_sentence_asking_readers_to_sign_up_stays()
    {
        var paragraphs = new[]
        {
            "The first paragraph of the article is long enough to be real text, with commas, clauses, and a full stop at the end.",
            "Volunteers can sign up here until Friday, the organisers said, and training starts next week.",
            "Only 1 of 12 applicants was accepted last year.",
        };
        var tail = """
            <p>Bild 3 von 12</p>
            <p>1 of 12</p>
            <p>Listen to this story 5:32</p>
            <p>1.2k shares</p>
            <p>Enter your email address</p>
            <p>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p>
            <p>By signing up, you agree to our Terms of Use and Privacy Policy.</p>
            <p>Want more stories like this? Sign up here.</p>
            """;
        var r = Extractor.Extract(new ExtractionInput { Html = Article("en", paragraphs, tail) });
        foreach (var p in paragraphs) Assert.Contains(p, r.Text);
        foreach (var line in new[] { "Bild 3 von 12", "1 of 12\n", "Listen to this story", "1.2k shares", "Enter your email", "reCAPTCHA", "By signing up", "Want more stories" })
            Assert.DoesNotContain(line, r.Text + "\n");
    }

    [Theory]
    [InlineData("de", "Die Stadt will den neuen Tarif jetzt kostenlos testen lassen, sagte der Sprecher am Dienstag.", "Artikel verschenken", "Weiterlesen mit SPIEGEL+", "Sie haben bereits ein Digital-Abo? Hier anmelden")]
    [InlineData("de", "Die Meldung wurde von der Redaktion geprüft und am Abend ergänzt, hieß es aus dem Rathaus.", "Seite 1 von 2", "Zur Merkliste hinzufügen", "ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen.")]
    [InlineData("fr", "Les abonnés du club pourront réserver leurs places dès lundi, a précisé la mairie.", "Article réservé aux abonnés", "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.", "S’inscrire à la newsletter")]
    [InlineData("es", "Los suscriptores del servicio de agua recibirán la factura el lunes, dijo la empresa.", "Noticia relacionada", "¿Ya eres suscriptor? Inicia sesión", "Sigue leyendo")]
    public void Paywall_toolbar_and_agency_lines_of_european_news_sites_go(string lang, string sentence, string a, string b, string c)
    {
        var paragraphs = new[] { "The first paragraph of the article is long enough to be real text, with commas, clauses, and a full stop at the end.", sentence };
        var r = Extractor.Extract(new ExtractionInput { Html = Article(lang, paragraphs, $"<p>{a}</p><p>{b}</p><p>{c}</p>") });
        Assert.Contains(sentence, r.Text);
        Assert.DoesNotContain(a, r.Text);
        Assert.DoesNotContain(b, r.Text);
        Assert.DoesNotContain(c, r.Text);
    }

    [Fact]
    public void Advertising_spelt_with_cyrillic_look_alike_letters_goes_but_russian_text_with_latin_names_stays()
    {
        var paragraphs = new[]
        {
            "The first paragraph of the article is long enough to be real text, with commas, clauses, and a full stop at the end.",
            "Компания Apple представила новый iPhone в Москве, а Samsung ответила скидками на Galaxy.",
            "The lab measured 5 μg of lead in each sample, 10 μg in the worst, and 2 μg in the best.",
        };
        // "Advertise with the most visited news site ~ We offer fully customizable digital marketing packages." with Cyrillic а, е, і, о, с, р, у, х, ѕ
        var ad = "<p>Аdvеrtіѕе wіth thе most visited news site ~ Wе оffеr fullу сuѕtоmіzаblе аnd flехіblе dіgіtаl mаrkеtіng расkаgеѕ.</p>";
        var r = Extractor.Extract(new ExtractionInput { Html = Article("en", paragraphs, ad) });
        foreach (var p in paragraphs) Assert.Contains(p, r.Text);
        Assert.DoesNotContain("most visited", r.Text);
    }

    [Fact]
    public void Lines_that_start_like_a_meta_label_or_end_like_an_agency_stay()
    {
        // "Date"/"Stand" labels need a capital, a digit or the end after them: "Datenleck", "Standheizung" are words
        var paragraphs = new[]
        {
            "The first paragraph of the article is long enough to be real text, with commas, clauses, and a full stop at the end.",
            "Datenleck bei Rheinmetall",
            "Standheizung und Klimaanlage",
            "UEPA",
        };
        var r = Extractor.Extract(new ExtractionInput { Html = Article("de", paragraphs, "<p>Stand: 12. März 2024</p>") });
        foreach (var p in paragraphs) Assert.Contains(p, r.Text);
        Assert.DoesNotContain("Stand: 12", r.Text);
    }

    [Fact]
    public void Boilerplate_lines_inside_a_block_of_line_breaks_go()
    {
        var paragraphs = new[] { "The first paragraph of the article is long enough to be real text, with commas, clauses, and a full stop at the end." };
        // only the block's closing lines, and only notices: a label inside the block ("Home.", "Thema: …") is its text
        var tail = "<div>Hacemos lo posible para informar cada día sobre la ciudad y sus barrios, con paciencia y con datos.<br>Home.<br>Thema: Whisky mit Buffet<br>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS<br>Folge uns auf Facebook | Instagram</div>";
        var r = Extractor.Extract(new ExtractionInput { Html = Article("es", paragraphs, tail) });
        Assert.Contains("con paciencia y con datos.\nHome.\nThema: Whisky mit Buffet", r.Text);
        Assert.DoesNotContain("HAZTE MIEMBRO", r.Text);
        Assert.DoesNotContain("Folge uns", r.Text);
    }

    [Fact]
    public void Long_follow_prompts_support_appeals_and_reprint_notices_go_but_article_sentences_stay()
    {
        var paragraphs = new[]
        {
            "The first paragraph of the article is long enough to be real text, with commas, clauses, and a full stop at the end.",
            "Fans who follow the club on Twitter saw the announcement first, the manager said, and the stadium will reopen on Saturday after months of repairs to the roof and the stands.",
            "Follow these steps shared on Twitter to get through the night.",
        };
        var tail = """
            <p>Follow The Daily Example on Twitter and Instagram @DailyExample and on Facebook @DailyExampleNews. Send us a message on WhatsApp at 1-555-0100 or email us at feedback@example.com or editors@example.com</p>
            <p>If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!</p>
            <p>This material may not be published, broadcast, rewritten or redistributed.</p>
            """;
        var r = Extractor.Extract(new ExtractionInput { Html = Article("en", paragraphs, tail) });
        Assert.Contains("Fans who follow the club on Twitter", r.Text);
        Assert.Contains("Follow these steps shared on Twitter to get through the night", r.Text);
        Assert.DoesNotContain("Follow The Daily Example", r.Text);
        Assert.DoesNotContain("consider supporting", r.Text);
        Assert.DoesNotContain("may not be published", r.Text);
    }
    [Theory]
    [InlineData("Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", true)]
    [InlineData("Written by Miami Today on November 7, 2023", true)]
    [InlineData("Evgenia Karp Zuletzt geändert am 06.11.2023", true)]
    [InlineData("25.10.2022 - Reiner Nagel", true)]
    [InlineData("Hamburg, 2. November 2021", true)]
    [InlineData("On 4 May 2022 the council voted to close the school.", false)]
    [InlineData("Das Fest findet am 3. Juni 2023 im Park hinter der Kirche statt", false)]
    [InlineData("Which events from 12 March 2020 changed the city for good?", false)]
    public void A_date_with_a_name_or_byline_above_the_article_is_a_dateline(string line, bool removed)
    {
        const string body = "<p>The transit authority approved the busway extension on Tuesday, after two years of studies and a long public consultation.</p><p>Construction starts next spring and should take about eighteen months, the agency said, at a cost of 110 million dollars.</p>";
        var result = new ContentExtractor().Extract(new ExtractionInput
        {
            Html = $"<!DOCTYPE html><html><head><title>Busway extension approved</title></head><body><article><h1>Busway extension approved</h1><div class=\"x\">{line}</div>{body}</article></body></html>",
        });
        Assert.Contains("Construction starts next spring", result.Text);
        Assert.Equal(!removed, result.Text.Contains(line, StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("<time datetime=\"10:52\">10:52</time>")]
    [InlineData("<time datetime=\"14. August\">14. August</time>")]
    [InlineData("<meta property=\"article:published_time\" content=\"Tuesday 09:30\">")]
    public void A_date_without_a_year_is_not_taken_as_today(string markup)
    {
        // .NET's parser completes a partial date from the clock: the article would seem published today.
        var html = $"<!DOCTYPE html><html><head><title>Review</title>{(markup.StartsWith("<meta") ? markup : "")}</head><body><article><h1>Review</h1>{(markup.StartsWith("<time") ? markup : "")}" +
                   "<p>The novel follows three sisters through a long winter in the mountains, and it does so with patience and a dry humour.</p></article></body></html>";
        var result = new ContentExtractor().Extract(new ExtractionInput { Html = html });
        Assert.Null(result.Published);
    }
    [Theory]
    [InlineData("<meta property=\"og:title\" content=\"New Balance: FuelCell Echo bringt Speed | Herr Pfleger\"><meta property=\"og:site_name\" content=\"Herr Pfleger\">", "", "New Balance: FuelCell Echo bringt Speed")]
    [InlineData("<meta property=\"og:title\" content=\"Netz Fuer Alle - Netzpolitik als US-Wahlkampfthema\"><link rel=\"canonical\" href=\"https://www.netzfueralle.de/x\">", "", "Netzpolitik als US-Wahlkampfthema")]
    [InlineData("<meta property=\"og:title\" content=\"Klimaschutz: Bohren, bis es heiß wird | Zeitung\">", "<h1>Bohren, bis es heiß wird</h1>", "Bohren, bis es heiß wird")]
    [InlineData("<meta property=\"og:title\" content=\"Rutger Bregman: Unser wahres Ich - brand eins online\">", "<h1>brand eins</h1>", "Rutger Bregman: Unser wahres Ich - brand eins online")]
    public void The_title_loses_the_site_name_and_prefers_the_pages_headline(string head, string headline, string expected)
    {
        var html = $"<!DOCTYPE html><html><head><title>x</title>{head}</head><body><article>{headline}" +
                   "<p>The drilling began in spring and reached four kilometres by the end of the summer, the engineers said.</p></article></body></html>";
        Assert.Equal(expected, new ContentExtractor().Extract(new ExtractionInput { Html = html }).Title);
    }
    [Fact]
    public void The_author_is_not_a_comment_form_label_a_commenter_or_the_sites_twitter_account()
    {
        var html = """
            <!DOCTYPE html><html><head><title>Spring garden</title><meta name="twitter:creator" content="@GardenSite"></head><body>
            <article><h1>Spring garden</h1><p class="post-author">Posted on</p><p class="byline">By Jane Miller</p>
            <p>Tulips first, then the roses: the garden wakes up in a fixed order, and every gardener knows it by heart.</p></article>
            <div id="comments"><div class="comment-author">Yvonne sagt:</div><p>Lovely pictures!</p>
            <form><p class="comment-form-author"><label>Name *</label><input name="author"></p></form></div>
            </body></html>
            """;
        Assert.Equal("Jane Miller", new ContentExtractor().Extract(new ExtractionInput { Html = html }).Author);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"No Author\">", null)]
    [InlineData("<meta name=\"author\" content=\"von wordpressadmin\">", "wordpressadmin")]
    [InlineData("<meta name=\"twitter:creator\" content=\"@janemiller\">", "@janemiller")]
    public void Author_meta_values_are_cleaned(string meta, string? expected)
    {
        var html = $"<!DOCTYPE html><html><head><title>Spring garden</title>{meta}</head><body><article><h1>Spring garden</h1>" +
                   "<p>Tulips first, then the roses: the garden wakes up in a fixed order, and every gardener knows it by heart.</p></article></body></html>";
        Assert.Equal(expected, new ContentExtractor().Extract(new ExtractionInput { Html = html }).Author);
    }
    [Theory]
    [InlineData("<title>Nalas Löwenseiten » Lexikon</title>", "<h1>M wie Mähnenlöwe</h1>", "M wie Mähnenlöwe")]
    [InlineData("<title>Why the river floods every spring - Riverside Weekly</title>", "<h1>Riverside Weekly</h1>", "Why the river floods every spring")]
    public void Without_structured_metadata_the_one_h1_is_the_title_unless_it_is_the_sites_logo(string titleElement, string h1, string expected)
    {
        var html = $"<!DOCTYPE html><html><head>{titleElement}</head><body>{h1}<article>" +
                   "<p>The river rises each spring when the snow melts in the hills, and the old dykes no longer hold it back.</p></article></body></html>";
        Assert.Equal(expected, new ContentExtractor().Extract(new ExtractionInput { Html = html }).Title);
    }
    private static ExtractionResult Page(string head, string body, string bodyAttributes = "") => new ContentExtractor().Extract(new ExtractionInput
    {
        Html = $"<!DOCTYPE html><html><head>{head}</head><body{bodyAttributes}><article>{body}" +
               "<p>Tulips first, then the roses: the garden wakes up in a fixed order, and every gardener knows it by heart.</p></article></body></html>",
    });

    [Theory]
    [InlineData(" class=\"single showing-comments\"", "<span class=\"author\">Jane Miller</span>")] // WordPress state class on <body>
    [InlineData("", "<div class=\"byline-correspondent\"><span class=\"author\">Jane Miller</span></div>")] // "correspondent" holds "respond"
    public void An_author_is_not_skipped_for_comment_words_that_are_not_a_comment_section(string bodyAttributes, string byline) =>
        Assert.Equal("Jane Miller", Page("<title>Spring garden</title>", "<h1>Spring garden</h1>" + byline, bodyAttributes).Author);

    [Theory]
    // Yoast: the article refers to a Person elsewhere in the @graph
    [InlineData("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Spring garden\",\"author\":{\"@id\":\"https://ex.org/#/schema/person/1\"}},{\"@type\":\"Person\",\"@id\":\"https://ex.org/#/schema/person/1\",\"name\":\"Tine\"}]}</script>", "", "Tine")]
    // a one-word name counts as a link to the author's page; the blog's logo in an hCard does not
    [InlineData("", "<h1 class=\"vcard author\"><a class=\"fn\" href=\"/\">Gartenblog</a></h1><span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/daniel/\">Daniel</a></span>", "Daniel")]
    [InlineData("", "<span class=\"author\">Redaktion</span>", null)]
    // the site's own name gives way to a person named later, a Twitter handle to both
    [InlineData("<meta property=\"og:site_name\" content=\"Garden Weekly\"><meta name=\"author\" content=\"Garden Weekly\"><meta name=\"twitter:creator\" content=\"@gardenweekly\">", "<p class=\"byline\">By Jane Miller</p>", "Jane Miller")]
    [InlineData("<meta property=\"og:site_name\" content=\"Garden Weekly\"><meta name=\"author\" content=\"@gardenweekly\">", "<span itemprop=\"author\">Garden Weekly</span>", "Garden Weekly")]
    // each author meta on its own: the site's name in "author" gives way to article:author
    [InlineData("<meta property=\"og:site_name\" content=\"Garden Weekly\"><meta name=\"author\" content=\"Garden Weekly\"><meta property=\"article:author\" content=\"Jane Miller\">", "", "Jane Miller")]
    // the author's own name, not the name of the organisation nested in the author item
    [InlineData("", "<div itemprop=\"author\" itemscope><span itemprop=\"worksFor\" itemscope><span itemprop=\"name\">Acme Media</span></span> <span itemprop=\"name\">Jane Miller</span></div>", "Jane Miller")]
    // a byline box marked as the author, with the date inside: the name, not the box
    [InlineData("", "<span itemprop=\"author\" itemscope><span itemprop=\"name\">Jane Miller</span> <time>31. Oktober 2023</time></span>", "Jane Miller")]
    [InlineData("<meta name=\"author\" content=\"Eingestellt von Jane Miller\">", "", "Jane Miller")]
    // bylines in the text: after a rule of dashes, with the outlet after "for"
    [InlineData("", "<p>---- by Kenneth Surin</p>", "Kenneth Surin")]
    [InlineData("", "<p>By Tom Pyman for MailOnline</p>", "Tom Pyman")]
    [InlineData("", "<p>Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45</p>", "Pamela Sladky")]
    [InlineData("", "<p>Written by: Julie Mollins</p>", "Julie Mollins")]
    public void Author_sources_and_their_order(string head, string body, string? expected) =>
        Assert.Equal(expected, Page("<title>Spring garden</title>" + head, "<h1>Spring garden</h1>" + body).Author);

    [Theory]
    [InlineData("<title>Vom Boden aus gedacht - Ann Cotten verwebt Lokales und Globales : literaturkritik.de</title>", "<h1>Vom Boden aus gedacht</h1>", "Vom Boden aus gedacht")]
    [InlineData("<title>Tram line divides the city - Daily Example</title>", "<h1>The Daily Example</h1>", "Tram line divides the city")]
    [InlineData("<title>x</title><meta property=\"og:title\" content=\"Welpen kaufen – Tipps zu jeder Hunderasse\"><meta property=\"og:site_name\" content=\"Welpen\">", "", "Welpen kaufen – Tipps zu jeder Hunderasse")]
    public void Title_edge_cases(string head, string body, string expected) => Assert.Equal(expected, Page(head, body).Title);

    [Fact]
    public void The_feeds_author_beats_the_sites_name_and_its_twitter_account()
    {
        var html = "<!DOCTYPE html><html><head><title>x</title><meta property=\"og:site_name\" content=\"Garden Weekly\"><meta name=\"author\" content=\"Garden Weekly\">" +
                   "<meta name=\"twitter:creator\" content=\"@gardenweekly\"></head><body><article><h1>Spring garden</h1>" +
                   "<p>Tulips first, then the roses: the garden wakes up in a fixed order, and every gardener knows it by heart.</p></article></body></html>";
        Assert.Equal("Jane Miller", new ContentExtractor().Extract(new ExtractionInput { Html = html, Hints = new ExtractionHints { Author = "Jane Miller" } }).Author);
    }

    [Fact]
    public void A_section_name_in_an_h1_does_not_replace_the_title_the_content_shows()
    {
        var html = "<!DOCTYPE html><html><head><title>x</title><meta property=\"og:title\" content=\"Council expands bike lanes\"></head><body>" +
                   "<article><h1>Local News</h1><h2>Council expands bike lanes</h2>" +
                   "<p>The city council voted on Tuesday to expand the network of protected bike lanes, a decision years in the making.</p>" +
                   "<p>Twelve new corridors will be built over three years, with the first ones opening next spring, officials said.</p></article></body></html>";
        Assert.Equal("Council expands bike lanes", new ContentExtractor().Extract(new ExtractionInput { Html = html }).Title);
    }

    [Theory]
    // an SEO og:title gives way to the headline the article opens with
    [InlineData("<meta property=\"og:title\" content=\"Aldi Beef Maker\">", "<h1>Beef Maker von Aldi im Test</h1>", "Beef Maker von Aldi im Test")]
    // an h1 that is the site's name is its logo, not the headline
    [InlineData("<meta property=\"og:title\" content=\"Tulips first, then the roses\"><meta property=\"og:site_name\" content=\"The Garden Weekly\">", "<h1>The Garden Weekly</h1>", "Tulips first, then the roses")]
    public void The_headline_the_content_opens_with_beats_a_different_metadata_title(string head, string body, string expected) =>
        Assert.Equal(expected, Page("<title>x</title>" + head, "<h1>Site logo</h1>".Replace("h1", "div") + body).Title);

    [Fact]
    public void A_title_spelled_with_combining_accents_is_still_removed_from_the_text()
    {
        var r = Page("<title>Cafe\u0301 culture returns</title>", "<h1>Cafe\u0301 culture returns</h1>");
        Assert.DoesNotContain("culture returns", r.Text);
        Assert.Equal("Caf\u00e9 culture returns", r.Title);
    }

    [Theory]
    [InlineData("<title>x</title>", "<p class=\"byline\">06.12.2022 | Redaktion</p>", "2022-12-06")]                       // dotted: day first
    [InlineData("<title>x</title><link rel=\"canonical\" href=\"https://example.com/2019/03/10-reasons-to-love-trams/\">", "<p class=\"byline\">Posted on March 22, 2019</p>", "2019-03-22")] // a listicle number is no day
    [InlineData("<title>x</title>", "<p class=\"byline\">Updated 14 March 2024 10:52 | Published 1 March 2024</p>", "2024-03-01")]
    [InlineData("<html lang=\"en-US\"><title>x</title>", "<p class=\"byline\">Posted 3/5/2022 by Ann</p>", "2022-03-05")]      // US English: month first
    [InlineData("<title>x</title>", "<p class=\"byline\">Posted 3/5/2022 by Ann</p>", "2022-05-03")]
    public void Published_date_edge_cases(string head, string body, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected + "T00:00:00Z"), Page(head, "<h1>Spring garden</h1>" + body).Published);
    [Theory]
    [InlineData("<h1>Spring garden</h1><p class=\"meta-info\">03.02.2022 15:34 | Garten</p>", "2022-02-03")]          // the meta line under the headline
    [InlineData("<div class=\"topline\"><span>06.12.2022</span></div><h1>Spring garden</h1>", "2022-12-06")]          // a topline above it
    [InlineData("<h1>Spring garden<br><small>02.02.2022 • Verband</small></h1>", "2022-02-02")]                        // inside it
    [InlineData("<h1>Spring garden</h1><p>Written: 2023-11-07 15:03:30</p>", "2023-11-07")]
    public void A_date_beside_the_headline_is_the_published_date(string head, string expected)
    {
        // the headline block stands apart from the article body, as on most news sites
        var html = $"<!DOCTYPE html><html><head><title>x</title></head><body><div class=\"page-head\">{head}</div><div class=\"content\">" +
                   string.Concat(Enumerable.Repeat("<p>Tulips first, then the roses: the garden wakes up in a fixed order, and every gardener knows it by heart.</p>", 4)) +
                   "</div></body></html>";
        Assert.Equal(DateTimeOffset.Parse(expected + "T00:00:00Z"), new ContentExtractor().Extract(new ExtractionInput { Html = html }).Published);
    }

    [Theory]
    // a sentence of the article that mentions a date is no dateline
    [InlineData("<h1>Spring garden</h1><p>The first tulips of the year were planted on 3 March 2021 by the volunteers of the garden club.</p>")]
    public void Dates_that_do_not_date_the_article_are_not_taken(string body) =>
        Assert.Null(Page("<title>x</title>", body).Published);

    [Theory]
    // a date in bold inside the article's first sentence
    [InlineData("<h1>Spring garden</h1><div class=\"content\"><p>The first tulips were planted on <b>3 March 2021</b> by the volunteers of the garden club, who meet every week.</p></div>")]
    // the headline's own words
    [InlineData("<h1>Results of the 3 March 2021 election</h1>")]
    // a navigation or sidebar above the headline, a script after it
    [InlineData("<nav><a href=\"/archive\">Archiv 12.01.2020</a></nav><h1>Spring garden</h1>")]
    [InlineData("<aside><p>Latest: Garden show 12.01.2020</p></aside><h1>Spring garden</h1>")]
    [InlineData("<h1>Spring garden</h1><noscript>Stand: 03.02.2022</noscript>")]
    public void Dates_near_the_headline_that_do_not_date_the_article_are_not_taken(string body) =>
        Assert.Null(new ContentExtractor().Extract(new ExtractionInput { Html = "<!DOCTYPE html><html><head><title>x</title></head><body>" + body +
            "<div class=\"story\"><p>Tulips first, then the roses: the garden wakes up in a fixed order, and every gardener knows it by heart.</p></div></body></html>" }).Published);

    [Fact]
    public void The_feeds_date_beats_a_date_guessed_from_the_page_text()
    {
        var html = "<!DOCTYPE html><html><head><title>x</title></head><body><h1>Spring garden</h1><p class=\"meta\">12.01.2020</p>" +
                   "<p>Tulips first, then the roses: the garden wakes up in a fixed order, and every gardener knows it by heart.</p></body></html>";
        var feedDate = new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(feedDate, new ContentExtractor().Extract(new ExtractionInput { Html = html, Hints = new ExtractionHints { Published = feedDate } }).Published);
    }

    [Theory]
    // ten acronyms before Blogger's date do not crowd it out; a birth date is no publication date
    [InlineData("<p>The <abbr title=\"World Health Organization\">WHO</abbr> <abbr title=\"a\">A</abbr> <abbr title=\"b\">B</abbr> <abbr title=\"c\">C</abbr> <abbr title=\"d\">D</abbr> <abbr title=\"e\">E</abbr> <abbr title=\"f\">F</abbr> <abbr title=\"g\">G</abbr> <abbr title=\"h\">H</abbr> <abbr title=\"i\">I</abbr> <abbr title=\"j\">J</abbr> said so.</p><abbr class=\"published\" title=\"2018-06-05T08:00:00-07:00\">08:00</abbr>", "2018-06-05T15:00:00Z")]
    [InlineData("<span property=\"schema:birthDate\" content=\"1995-04-01\"></span><span property=\"schema:datePublished\" content=\"2020-04-21\"></span>", "2020-04-21T00:00:00Z")]
    public void Only_publication_dates_are_read_from_attributes(string body, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), Page("<title>x</title>", "<h1>Spring garden</h1>" + body).Published);

    [Theory]
    [InlineData("<abbr class=\"published\" title=\"2018-06-05T08:00:00-07:00\">08:00</abbr>", "2018-06-05T15:00:00Z")] // hAtom (Blogger)
    [InlineData("<span property=\"schema:dateModified\" content=\"2021-01-01T00:00:00Z\"></span><span property=\"schema:dateCreated\" content=\"2020-04-21T14:40:07+00:00\"></span>", "2020-04-21T14:40:07Z")] // RDFa
    public void Dates_in_attributes_are_read(string body, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), Page("<title>x</title>", "<h1>Spring garden</h1>" + body).Published);

    [Theory]
    [InlineData("Externer Inhalt")]
    [InlineData("Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.")]
    [InlineData("Wir benötigen Ihre Zustimmung, um den von YouTube bereitgestellten Inhalt zu laden.")]
    [InlineData("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.")]
    [InlineData("An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel ergänzt.")]
    [InlineData("To view this content, please accept cookies.")]
    [InlineData("We need your consent to load this YouTube video.")]
    public void Placeholders_of_embedded_content_are_removed(string placeholder)
    {
        var r = Page("<title>Arms exports</title>", $"<h1>Arms exports</h1><p>The government approved new arms exports on Tuesday, despite protests from human rights groups.</p><div class=\"embed\"><p>{placeholder}</p></div>");
        Assert.DoesNotContain(placeholder, r.Text);
        Assert.Contains("approved new arms exports", r.Text);
    }

    [Theory]
    [InlineData("Regulators say apps need your consent before they load advertising trackers on a phone.")]
    [InlineData("The platform will display external content only to users who agree, the company said.")]
    public void Sentences_about_consent_in_the_news_stay(string sentence)
    {
        var r = Page("<title>Privacy rules</title>", $"<h1>Privacy rules</h1><p>{sentence}</p>");
        Assert.Contains(sentence, r.Text);
    }
}
