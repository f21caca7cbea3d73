using System.Text.RegularExpressions;

namespace CleanFeed.Core.Extraction.Vocabulary;

/// <summary>The kinds of boilerplate the extractor knows; also used as <see cref="RemovedBlock.Kind"/>.</summary>
internal static class BoilerplateKind
{
    public const string Comments = "comments";
    public const string Related = "related";
    public const string Share = "share";
    public const string Newsletter = "newsletter";
    public const string Cookie = "cookie";
    public const string Ad = "ad";
    public const string Navigation = "navigation";
    public const string Footer = "footer";
    public const string Byline = "byline";
    public const string Dateline = "dateline";
    public const string Tags = "tags";
    public const string PrevNext = "prev-next";
    public const string Tagline = "tagline";
    public const string AuthorBio = "author-bio";
    public const string Meta = "meta";
    public const string Form = "form";
    public const string Hidden = "hidden";
    public const string NonContent = "non-content";
    public const string OutsideMain = "outside-main";
    public const string Title = "title";
    public const string Sidebar = "sidebar";
    public const string LinkList = "link-list";
    public const string SiteRule = "site-rule";
    public const string Credit = "credit";
    public const string Duplicate = "duplicate";
}

/// <summary>
/// Multilingual boilerplate vocabulary (en, de, fr, es, pt, it, nl). These are supporting signals: the
/// extractor only applies them to short blocks (headings, one-line paragraphs, short lines of text),
/// never to whole article paragraphs.
/// </summary>
internal static class BoilerplateVocabulary
{

    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Compiled backtracking engine. (RegexOptions.NonBacktracking was tried: the section-heading alternation exceeds its
    // automaton limit, and for the rest the quick benchmark showed no gain.)
    private static Regex Vocab(string pattern) => new(pattern, Opts);

    /// <summary>Longest text (normalised) that phrase rules are applied to.</summary>
    public const int MaxPhraseLength = 160;

    /// <summary>Longest text that notice rules (comment-form, subscription, disclosure, cookie texts) are applied to.</summary>
    public const int MaxNoticeLength = 300;

    // A short block whose whole text is one of these phrases (with an optional count, colon, arrow).
    private static readonly string[] SectionHeadingPhrases =
    [
        // comments
        @"(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)s?",
        @"\d* ?(?:comments?|responses|replies|reactions|discussion)(?: \(\d+\))?", @"\d+ (?:response|reaction)", @"(?:reviews|ratings|bewertungen|rezensionen|avis|reseñas|opiniones|recensioni|avaliações) ?\(\d+\)",
        @"(?:join|view) the (?:discussion|conversation)(?: thread)?",
        @"(?:schreibe|hinterlasse|verfasse|schreiben sie|hinterlassen sie) (?:einen|eine|deinen|ihren) (?:kommentar|antwort)",
        @"kommentar(?:e)? ?(?:verfassen|schreiben|hinzufügen|hinterlassen|abgeben|\(\d+\))?",
        @"\d+ kommentare?", @"\d+ postings", @"kommentare? zu(?:m)? (?:diesem )?(?:artikel|beitrag)", @"kommentieren", @"leserkommentare", @"diskussion", @"leserforum", @"zum forum",
        @"laisser un commentaire", @"laisser une réponse", @"ajouter un commentaire", @"\d* ?commentaires?", @"réagir",
        @"(?:deja|dejar|escribe) (?:un|tu|una) (?:comentario|respuesta)", @"\d* ?comentarios?",
        @"deixe (?:um|seu|uma|sua) (?:comentário|resposta)", @"\d* ?comentários?",
        @"lascia (?:un|una) (?:commento|risposta)", @"\d* ?commenti",
        @"laat een (?:reactie|antwoord) achter", @"geef een reactie", @"\d* ?reacties?", @"reageer",
        @"talkbacks? for this (?:article|story)", @"add a talkback",
        // related
        @"related(?: posts?| articles?| stor(?:y|ies)| content| news| links| reading| topics| items| videos)?",
        @"you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)",
        @"recommended(?: for you| stories| articles| reading| posts)?", @"what other (?:people|readers) are reading(?: right now)?", @"(?:also|further) read(?:ing)?", @"explore more on (?:these|this) topics?", @"explore further", @"read (?:also|more|next)",
        @"more (?:from|on|about|in|stories|news|articles|posts|galleries|videos|podcasts)(?: [\p{L}\d'’ .-]{1,40})?", @"see also", @"(?:stocks|companies|tickers|securities) (?:in|mentioned in) this (?:article|story)", @"relacionad[oa]s?",
        @"(?:most|more) (?:popular|read|viewed|shared|commented)", @"trending(?: now| stories)?", @"popular (?:posts|articles|stories)",
        @"(?:latest|last|recent|newest|top) (?:news|posts|articles|stories|headlines|comments)", @"what to read next", @"don'?t miss", @"must[- ]reads?",
        @"ähnliche (?:beiträge|artikel|themen|posts|nachrichten|einträge)", @"verwandte (?:artikel|beiträge|themen|nachrichten)",
        @"mehr (?:zum thema|aus (?:der|dem) [\p{L} -]{1,30}|artikel|beiträge|nachrichten|news)(?: [\p{L}\d'’ .-]{1,40})?",
        @"das könnte (?:sie|dich|euch) (?:auch )?interessieren", @"(?:auch|ebenfalls) interessant", @"lesen sie (?:dazu |hierzu )?(?:auch|mehr)",
        @"lies auch", @"weitere (?:artikel|beiträge|themen|nachrichten|meldungen|news|links)", @"weiterführende (?:informationen|links|artikel|inhalte)",
        @"(?:neueste|aktuelle|beliebte|empfohlene|letzte) (?:beiträge|artikel|news|nachrichten|kommentare|meldungen|einträge)",
        @"meistgelesen(?:e)?(?: artikel| beiträge)?", @"meist ?gelesen", @"passend(?: dazu| zum thema)", @"auch lesenswert", @"top[- ]themen", @"zum thema",
        @"articles? (?:similaires|liés|connexes|recommandés|récents)", @"(?:à )?lire aussi", @"sur le même (?:sujet|thème)",
        @"vous (?:aimerez|pourriez|pouvez) aussi(?: aimer)?", @"dans la même rubrique", @"les plus (?:lus|populaires)", @"derniers articles", @"voir aussi",
        @"(?:artículos?|noticias?|entradas|publicaciones) (?:relacionad[oa]s?|recientes|similares)", @"(?:también )?te (?:puede|podría) interesar",
        @"lee también", @"l[oa]s? más (?:leíd[oa]s?|vist[oa]s?|populares|compartid[oa]s?)", @"más noticias", @"quizás te interese", @"últimas (?:noticias|entradas|publicaciones)",
        @"(?:dernières|les dernières) (?:nouvelles|actualités|infos)", @"les plus (?:partagés|commentés|vus)", @"ultime notizie", @"(?:le )?più (?:lette|letti|visti|viste)",
        @"últimas notícias", @"(?:as )?mais (?:vistas|lidas|populares)", @"laatste nieuws", @"meest bekeken",
        @"(?:artigos|posts|notícias|publicações) (?:relacionad[oa]s|recentes)", @"leia (?:também|mais)", @"veja também",
        @"você (?:também )?pode (?:gostar|se interessar)",
        @"(?:articoli|post|notizie) (?:correlat[ie]|simili|recenti)", @"(?:ti )?potrebbe (?:interessarti|anche interessarti)", @"leggi anche", @"i più letti",
        @"gerelateerde (?:artikelen|berichten|nieuws)", @"lees ook", @"meer (?:nieuws|artikelen)", @"recente berichten", @"meest gelezen",
        // newsletter / subscription
        @"(?:subscribe|sign up)(?: (?:to|for) (?:our |the )?[\p{L} ]{0,30}newsletter)?", @"[\p{L} ]{0,30}newsletter(?: abonnieren| bestellen| anmelden)?",
        @"(?:abonniere|abonnieren sie) (?:unseren|den) newsletter", @"bleiben sie (?:auf dem laufenden|informiert)", @"bleib auf dem laufenden",
        @"abonnez-vous(?: à (?:notre|la) newsletter)?", @"inscrivez-vous(?: à (?:notre|la) newsletter)?", @"suscríbete(?: a (?:nuestro|la) (?:boletín|newsletter))?",
        @"assine (?:a|nossa) newsletter", @"iscriviti(?: alla newsletter)?", @"meld je aan voor (?:de|onze) nieuwsbrief", @"nieuwsbrief",
        // a health or science story's reference list ("Primary Source", "Journal reference:"; a bare "Sources" may head a section of
        // the story that explains them)
        @"primary sources?", @"journal references?", @"source references?",
        // about the author
        @"about the author", @"sobre la firma", @"über (?:den|die) autor(?:in)?", @"zur person", @"à propos de l'auteur", @"sobre el autor", @"sobre o autor", @"sull'autore", @"over de auteur",
        // share / follow (headings)
        @"share(?: this)?(?: (?:article|story|post|page))?(?: on)?", @"teilen(?: sie)?(?: dies| diesen artikel| diesen beitrag)?(?: mit)?", @"(?:diesen )?(?:beitrag|artikel) teilen", @"teile (?:mich|diesen (?:beitrag|artikel))",
        @"follow us(?: on [\p{L}]+)?", @"folgen sie uns(?: auf [\p{L}]+)?", @"folge uns(?: auf [\p{L}]+)?", @"partager(?: cet article| sur [\p{L}]+)?", @"suivez-nous",
        @"compart(?:ir|e|ilhar)(?: (?:en|este artículo|esta noticia|no) ?[\p{L}]*)?", @"síguenos", @"siga-nos", @"partilhar", @"condividi(?: su [\p{L}]+| questo articolo)?", @"seguici(?: su [\p{L}]+)?",
        @"delen", @"deel (?:dit|via) ?[\p{L}]*", @"volg ons",
        // a few Polish, Swedish/Danish/Norwegian phrases
        @"czytaj (?:też|także|więcej)(?: w)?", @"zobacz (?:też|także|więcej)", @"dowiedz się więcej", @"udostępnij", @"komentarze", @"polecane", @"najnowsze",
        @"čtěte (?:také|též|více)", @"související(?: články| zprávy| témata)?", @"sdílet(?: článek)?", @"diskuse", @"nejčtenější", @"komentáře",
        @"lue (?:lisää|myös)", @"aiheesta lisää", @"läs (?:också|mer)", @"relaterat",
        // Romanian, Hungarian, Ukrainian and Russian read-also labels
        @"cite[sșş]te (?:[sșş]i|mai mult)", @"також читайте", @"kapcsolódó(?: cikkek| cikk| anyagok| hírek)?", @"olvasd el (?:ezt is|ezeket is)", @"читайте (?:також|также|ещё|більше)", @"дивіться також", @"смотрите также", @"по темі", @"по теме", @"del(?: artikel| artikeln)?", @"kommentarer", @"læs (?:også|mere)", @"les (?:også|mer)",
        @"if you (?:enjoyed|liked) (?:reading )?this (?:post|article)",
        // the list of sources under the story ("Verwendete Quellen:", "Sources:")
        @"verwendete quellen", @"quellenangaben",
        // a support appeal's heading ("Before you move on...", "Support independent journalism")
        @"before you move on", @"support (?:our|quality) journalism", @"on supporting science journalism", @"how we reviewed this article", @"editors['’]? notes",
        // an investing site's pitch ("10 stocks we like better than Costco", "Should you invest $1,000 in Costco right now?")
        @"\d+ stocks we like better than [\p{L}\d .&'’-]{1,40}", @"should you invest [$£€][\d,]+ in [\p{L}\d .&'’-]{1,40} right now\??", @"support (?:our )?independent (?:local )?(?:journalism|news|reporting)",
        // a named newsletter ("Newsletter « Chaleur humaine »", "Newsletter: The Morning")
        @"newsletter\s*(?:[:|–—-]\s*|[«""“„‹]\s*)[\p{L}\d'’ .-]{1,40}[»""“”‹›]?",
        @"mehr (?:zu|aus|über|von|zur|vom) [\p{L}\d'’ .-]{1,40}", @"zum weiterlesen", @"weitere artikel(?: zum thema)?", @"kommentierte artikel",
        @"weitere informationen(?: zu[mr]? [\p{L}\d'’ .-]{1,50})?", @"erschienen in(?: [\p{L}\d .-]{1,40})?", @"(?:highlights )?aus dem heft", @"(?:die )?aktuelle ausgabe(?: [\p{L}\d .-]{1,30})?",
        @"schon gelesen", @"lust auf mehr", @"(?:diese|weitere) (?:beiträge|artikel) (?:solltest du|sollten sie) nicht verpassen", @"nicht verpassen",
        @"weiterführende?r? links?", @"empfohlener (?:redaktioneller )?inhalt", @"das könnte (?:dir|ihnen|euch) (?:auch )?gefallen", @"(?:ebenfalls|auch) lesenswert",
        @"get involved with the news in your (?:community|area)", @"tip de redactie",
        @"top stories", @"editor'?s'? picks?", @"latest videos?", @"recommended videos?", @"watch next", @"related coverage", @"(?:uk |us |world |sport |news )?news in pictures", @"you may have missed", @"around the web", @"from (?:our|the) partners?", @"(?:sponsored|promoted) stories", @"(?:did you|do you) (?:like|enjoy) this (?:post|article)\??",
        @"(?:hat (?:dir|ihnen) (?:dieser|der) (?:artikel|beitrag) gefallen)\??", @"gefällt (?:dir|ihnen) (?:dieser|der) (?:artikel|beitrag)\??",
        // reading suggestions and appeals worded around the article ("Dieser Artikel gefällt Ihnen?", "Lesen Sie auch die folgenden Beiträge")
        @"(?:dieser|der) (?:artikel|beitrag) gefällt (?:dir|ihnen|euch)\??", @"gefällt (?:dir|ihnen|euch) unser [\p{L}\d -]{1,30}\??",
        @"lesen sie auch (?:die|diese) (?:folgenden )?(?:beiträge|artikel)", @"weitere (?:beiträge|artikel) (?:aus|der|zu) (?:der |dem |unserer? )?[\p{L}\d'’ .-]{1,40}",
        @"mehr themen", @"read more (?:about|on) [\p{L}\d'’ ,&-]{2,60}", @"also on [\p{L}\d-]{2,30}\.(?:com|org|net|tv|news)", @"empfehlungen (?:für (?:sie|dich)|aus der redaktion|der redaktion)", @"(?:das|dieses) thema könnte (?:sie|dich|euch) (?:auch )?interessieren", @"(?:seite|artikel|beitrag) teilen",
        @"(?:möchten sie|willst du|möchtest du) (?:den|diesen) (?:artikel|beitrag) teilen\??",
        @"(?:did you|do you) (?:like|enjoy) (?:our|this) [\p{L} -]{1,30}\?", @"(?:vous avez aimé|vous aimez) cet article\s?\??", @"te (?:gustó|ha gustado) (?:este|esta) (?:artículo|nota|noticia)\?"
    ];

    // The whole line is one phrase, after leading numbering/punctuation and before a trailing colon or arrow.
    private const string SectionHeadingPrefix = @"[\s\p{P}\p{S}\d]*";
    // (a bar or slash before the icons that followed: "Partager cet article /", "Share |")
    private const string SectionHeadingSuffix = @"[\s:.!?…»›>→/|\p{Pd}]*";

    private static readonly PhraseIndex SectionHeading = new(SectionHeadingPhrases, SectionHeadingPrefix,
        c => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsDigit(c), SectionHeadingSuffix, Opts);

    /// <summary>The same test as one regex over all phrases (the reference the index is checked against).</summary>
    internal static Regex SectionHeadingRegex() => Vocab("^" + SectionHeadingPrefix + "(?:" + string.Join("|", SectionHeadingPhrases) + ")" + SectionHeadingSuffix + "$");

    private static bool IsSectionHeading(string text) => SectionHeading.IsMatch(text);

    // Short lines that are boilerplate wherever they stand, by kind.
    private static readonly (string Kind, Regex Pattern)[] Lines =
    [
        (BoilerplateKind.Comments, Vocab(@"(?:your|deine|ihre|votre|tu|o seu|seu|il tuo|je|uw) (?:e-?mail|email|e-mail-adresse|adresse (?:e-?mail|de messagerie|email)|dirección de correo electrónico|endereço de e-?mail|indirizzo e-?mail|e-mailadres)(?:-adresse)? (?:address )?(?:will not|wird nicht|ne sera pas|no será|não será|non sarà|wordt niet)" +
            @"|required fields are marked|erforderliche felder sind|les champs obligatoires|los campos obligatorios|campos obrigatórios|i campi obbligatori|vereiste velden" +
            @"|this site uses akismet|diese website verwendet akismet|ce site utilise akismet|este sitio usa akismet|questo sito usa akismet" +
            @"|you must be logged in to post a comment|du musst angemeldet sein|^sie müssen angemeldet sein, um (?:einen |zu )?(?:kommentar|posten|kommentieren)|cancel reply|antworten abbrechen|annuler la réponse" +
            @"|notify me of (?:follow-up|new)|benachrichtige mich|save my name, email|meinen namen, meine e-mail-adresse" +
            @"|^sei (?:der|die) erste|^be the first to (?:like|comment)|^(?:comments (?:are|have been) (?:closed|turned off|disabled)|commenting (?:is|has been) (?:closed|disabled|turned off))(?: (?:for|on) this (?:story|article|post))?\W*$|^noch keine kommentare|^no comments yet|^view the discussion thread")),
        (BoilerplateKind.Share, Vocab(@"^(?:share|tweet|teilen|partager|compartir|compartilhar|condividi|delen|drucken|print|imprimer|imprimir|stampa|afdrukken|e-?mail|mail|gefällt mir|like this|j'aime|me gusta|mi piace|url zum kopieren|link kopieren|copy link|copier le lien|pin it|pinnen|copied|link copied|link kopiert|compartilhe|partilhe" +
            // the article's toolbar: "Print this page", "Text size", "Listen to this article", "View comments"
            @"|print this (?:page|article|story)|print (?:page|article)|listen to (?:this )?(?:article|story)|artikel (?:anhören|vorlesen)|artikel merken|save (?:this )?article|(?:view|show|read) (?:all )?comments|kommentare (?:anzeigen|lesen)|jetzt kommentieren|click here to (?:subscribe|sign up|register)" +
            // news sites' article tools: "Gift this article", "Share full article", "Reprints & Permissions"
            @"|gift (?:this )?article|share full article|email this (?:article|story|page)|reprints (?:&|and) permissions|contact the (?:author|reporter|editor)" +
            // an audio player's label with its length, the app prompt, a loading placeholder
            @"|artikel verschenken|(?:zur )?merkliste(?: hinzufügen)?|kommentare öffnen|zur app|offrir cet article|ajouter à (?:vos|mes) sélections|ver (?:los )?comentarios|voir les commentaires" +
            @"|press play to listen to this (?:article|story)(?:\W+voiced by (?:ai|artificial intelligence))?\W*|do you like (?:the content of )?this (?:article|story)\?" +
            @"|listen to this (?:story|article)(?:\W{0,3}(?:\d{1,2}:\d{2}|\d(?:\.\d{1,2})?x))*(?:\W+(?:powered|voiced|read) by [\p{L}\d .'’-]{2,30})?|écouter (?:cet |l[’'])article|escuchar (?:este |el )?artículo|ouvir (?:este |o )?artigo|ascolta (?:questo |l[’'])articolo|(?:be)?luister (?:naar )?(?:dit|het) artikel|short (?:url|link)|shortlink|kurz-?(?:url|link)|this is an? (?:ai|machine|computer)[- ]generated (?:reading|audio(?: version)?|narration|voice-?over)(?: of (?:this|the) (?:article|story))?|(?:this )?audio (?:is |was )?(?:ai|machine|computer)[- ]generated|(?:new\W{1,3})?you can now listen to [\p{L}\d .'’-]{1,30} articles!?(?:\s*\d{1,2} min)?|listen\W{0,3}\d{1,2} min(?:utes)?|\d{1,2}[- ]min(?:ute)?s? listen|open in (?:the )?app|loading(?:\.\.\.|…)?" +
            // paywall labels
            @"|zum abo|abo abschließen|exklusiv für (?:abonnenten|abonnentinnen|abonnent\*innen)|nur für abonnenten|subscribers? only|(?:article )?réservé aux abonnés|exclusivo para suscriptores|jetzt (?:kostenlos |gratis )?testen|weiterlesen mit [\p{L}.+ ]{1,30})\s*[:!.]?$" +
            @"|^(?:share|teilen|teile|partager|compartir|condividi|delen)(?: (?:this|dies|diesen|mit|on|auf|sur|en|su|via|op)\b[\p{L} ]{0,30})?:?$" +
            @"|^(?:like|gefällt mir|liken)(?: this| dies)?:?\s*(?:gefällt mir )?(?:wird geladen|loading)")),
        (BoilerplateKind.Ad, Vocab(@"^[\s\p{P}]*(?:(?-i:PUB)|advertisement|advertising|advertorial|anzeige|werbung|reklama|annons|publicité|publicidad|pubblicità|publicidade|advertentie|sponsored(?: content| post)?|gesponsert|promoted|ad|ads|annonce|reklame|sponsored by [\p{L}\d .&-]{1,40}|präsentiert von [\p{L}\d .&-]{1,40}|supported by|skip (?:advertisement|ad)|ad feedback|paid (?:post|content)" +
            // news sites' markers around an ad slot: "Story continues below advertisement", "Continue reading the main story"
            @"|haberin devamı|(?:story|article|text|content) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad|video))?|continue reading (?:the main story|below|after (?:the |this )?(?:advertisement|ad))" +
            @"|scroll (?:down )?to continue(?: with content| reading)?|(?:advertisement )?hide ads?|pokračování článku pod reklamou|článek pokračuje pod reklamou|dalsza część (?:artykułu|tekstu) pod (?:reklamą|materiałem wideo|wideo)|scroll down for (?:the )?videos?|advertisement - scroll to continue)[\s\p{P}]*$")),
        (BoilerplateKind.Navigation, Vocab(@"^[\s\p{P}\p{S}]*(?:back to top|to top|top of page|nach oben|zum seitenanfang|seitenanfang|haut de page|retour en haut|volver arriba|ir arriba|voltar ao topo|torna su|naar boven|skip to (?:main )?content|zum inhalt springen|zur navigation|aller au contenu|ir al contenido|home|startseite|zur startseite|accueil|inicio|página inicial|zurück(?: zur übersicht| zur startseite| zum anfang)?|back(?: to overview)?|retour|volver|sitemap|impressum|imprint|kontakt|contact(?: us)?|datenschutz(?:erklärung|hinweise|einstellungen)?|privacy(?: policy| settings)?|terms(?: of (?:use|service))?|agb|nutzungsbedingungen|mentions légales|aviso legal|política de privacidad|menu|menü|search|suche|suchen|rechercher|buscar|cerca|zoeken|login|log in|anmelden|einloggen|registrieren|register|sign in|weiterlesen|read more|lire la suite|leer más|leia mais|continua a leggere|lees meer|mehr lesen|more|mehr|jetzt lesen|rechtliches|barrierefreiheit|accessibility|sort(?:ed)? by|sortieren nach|sortiert nach|trier par|ordenar por|ordina per|sorteer op|(?:neueste|älteste|aktuellste)(?: (?:einträge|beiträge|meldungen))? (?:zuerst|oben)|(?:les )?plus récents d'abord)[\s\p{P}\p{S}]*$")),
        // (an entry of its own, right after the one above and of its kind: "© 2024 …" may go on with any letter, so the first-letter
        // filter cannot narrow it, and together it could not narrow the menu words either)
        (BoilerplateKind.Navigation, Vocab(@"^(?:©|\(c\)|copyright)\s|^(?:©|\(c\))\d{4}\b")),
        (BoilerplateKind.Footer, Vocab(@"(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden" +
            // a press release's trademark notice ("All other trademarks are the property of their respective owners.")
            // (the notice itself, not a story that quotes it from a package: no quotation marks)
            @"|^(?![^""“”„«»]*[""“”„«»])(?:.{0,250}?\btrademarks?\b.{0,150}?)?\ball other (?:trademarks|brands|product names|names)\b[^.!?]{0,60}\b(?:are|belong to|may be) (?:the )?(?:property|trademarks) of their respective (?:owners|holders)" +
            // reprint notices of news agencies and sites
            @"|^for (?:a )?reprints? (?:of this (?:article|story)|(?:and|&) (?:licensing|permissions?)(?: requests?)?(?: for this (?:article|story))?)\b[^.!?]{0,40}\b(?:contact|e-?mail|visit|go to|click here)\b|^reproduction\b[^.!?]{0,60}\brequires (?:the )?(?:prior |written |express )*(?:permission|consent)\b" +
            @"|(?:material|article|content|story) may not be (?:published|reproduced|republished|copied|redistributed)|is the copyrighted property of|without (?:the )?(?:prior |express )?written (?:permission|consent)" +
            @"|is republished (?:from [\p{L}\d .'’-]{2,40}|here) under a creative commons|^a version of this (?:article|story) appear(?:s|ed) in (?:the )?print\b|^this (?:article|story) (?:appeared|appears) in (?:the )?[\p{L}\d .,'’&-]{0,60}\bprint edition\b|^this (?:article|story|piece|post) (?:was )?originally (?:published|appeared) (?:on|in|at|by) (?-i:\p{Lu})[^.!?:]{1,60}[.!]?$|^this (?:article|story) (?:was )?originally (?:published|appeared) (?:on|in) (?-i:\p{Lu})[^.!?:]{1,60}:\s.{1,200}$" +
            // a syndicated story's note ("Originally published on Live Science.", "This article was reprinted on Wired.com."), a
            // republishing offer ("Republish our articles for free, online or in print, under a Creative Commons license.") and a
            // licensing note ("… For licensing opportunities of our original content, please contact licensing@…")
            // (the site's name and nothing after it: "First published by Chatto & Windus in 1931, it was …" is a story's)
            @"|^(?:originally|first) published (?:on|at|by) (?-i:\p{Lu})[\p{L}\d'’&.-]*(?: (?:(?-i:\p{Lu})[\p{L}\d'’&.-]*|&|of|the|and|on))*\W*$|^this (?:article|story|piece|post|essay|column) (?:was|has been) (?:reprinted|republished|syndicated) (?:with permission )?(?:on|in|at|by|from) (?-i:\p{Lu})[\p{L}\d'’&.-]*(?: (?:(?-i:\p{Lu})[\p{L}\d'’&.-]*|&|of|the|and|on))*\W*$" +
            @"|^this (?:article|story|piece|post|essay|column) (?:first |originally )?appeared (?:in|on) (?-i:\p{Lu})[\p{L}\d'’&.-]*(?: (?:(?-i:\p{Lu})[\p{L}\d'’&.-]*|&|of|the|and|on))*(?:['’]s? [\p{L} ]{1,30})?\W*$" +
            // (an address to write to: "For licensing inquiries on the remaining claims, the university said companies can contact its office" is news)
            @"|^republish (?:our|this) (?:articles?|stor(?:y|ies))\b[^.!?]{0,80}\bcreative commons\b|(?:^|[.!?]\s+)for (?:licensing|syndication|reprint)(?: (?:and|&|or) (?:licensing|syndication|reprints?|permissions?))? (?:opportunities|inquiries|enquiries|requests|information)\b[^.!?,]{0,60},?\s*(?:please )?(?:contact|e-?mail|write to|visit)\b[^!?]{0,40}?(?:[\w.+-]+@[\w-]+\.|https?://|www\.)[^!?\s]*\s*$" +
            // an agency story taken over as it came: "Dieser Artikel wurde automatisch von Keystone-SDA übernommen.", "This story has
            // not been edited by NDTV staff and is auto-generated from a syndicated feed."
            @"|(?:^|[.!?]\s+)dieser (?:artikel|inhalt|beitrag) wurde (?:automatisch (?:von|aus) [^.!?]{1,40}|(?:von|aus) (?:der )?(?:nachrichtenagentur |presseagentur |agentur )?(?:dpa|apa|sda|keystone-sda|afp|reuters|kna|epd|ap|sid)\b[^.!?]{0,20}) übernommen\b|\bis (?:auto-?generated|published) from a syndicated (?:news )?feed\b" +
            // the network a site belongs to, under the story ("*merkur.de ist Teil des bundesweiten Ippen-Digital-Redaktionsnetzwerks.")
            @"|^\*\s*[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:de|at|ch|com|net|news) ist (?:teil (?:des|eines|von) [\p{L}\d .-]{0,50}|ein angebot (?:von|der|des) [\p{L}\d .-]{2,40})\W*$" +
            @"|^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:de|at|ch|com|net|news) ist teil (?:des|eines) [\p{L}\d .-]{0,50}redaktionsnetzwerk(?:s|es)?\W*$" +
            @"|nachdruck (?:nur mit|verboten|nicht gestattet)|vervielfältigung nur mit|reproduction (?:interdite|sans autorisation)|prohibida su reproducción|reprodução proibida|riproduzione riservata)")),
        (BoilerplateKind.Tags, Vocab(@"^(?:tags?|tagged(?: with)?|schlagw(?:orte|örter)|stichw(?:orte|örter)|themen|thema|étiquettes|mots[- ]clés|etiquetas|palavras-chave|parole chiave|trefwoorden|categories|category|kategorien|kategorie|rubrik|catégories?|categorías?|categorias?|categorie|categorieën|filed under|archivado en|posted in|veröffentlicht in|abgelegt unter|labels?|topics?|this (?:article|story) is (?:related|filed) (?:to|under))\s*:")),
        (BoilerplateKind.PrevNext, Vocab(
            @"^[\s«‹<←\p{Pd}]*(?:previous|next|older|newer|vorherige[rs]?|nächste[rs]?|vorige[rs]?|ältere[rs]?|neuere[rs]?|précédent|suivant|anterior|siguiente|seguinte|precedente|successivo|vorige|volgende)(?: (?:post|article|entry|story|beitrag|artikel|eintrag|page|seite|entrada|artículo|artigo|articolo|bericht|posts|articles|entries|beiträge))?[\s»›>→\p{Pd}:]*$" +
            @"|^[\s«‹<←\p{Pd}]*(?:previous|next|older|newer|vorherige[rs]?|nächste[rs]?|vorige[rs]?) (?:post|article|entry|story|beitrag|artikel|eintrag|bericht)\s*[:»›>→\p{Pd}]\s*.{0,120}$" +
            @"|^(?:post|article|beitrag|artikel|entrada|artículo|artigo|articolo|bericht) (?:précédent|suivant|anterior|siguiente|seguinte|precedente|successivo)\s*[:»›>→\p{Pd}]?\s*.{0,120}$")),
        (BoilerplateKind.Meta, Vocab(@"^(?:veröffentlichung|verfasst (?:von|am)|erstellt|datum|date|news date|post date|publish(?:ed)? date|release date|stand|publication|publié|publicado|pubblicato|inhaltsverzeichnis|table of contents|contents|sommaire|índice|indice|inhoudsopgave)\s*:?\s*(?:$|\d|(?-i:\p{Lu}))|^(?:this entry was posted|dieser (?:eintrag|beitrag) wurde (?:am .{0,40})?(?:veröffentlicht|geschrieben)|posted (?:on|by|in)|published (?:on|by)|veröffentlicht (?:am|von)|erstellt (?:am|von)|geschrieben (?:am|von)|publié (?:le|par)|publicado (?:el|por|em)|pubblicato (?:il|da)|gepubliceerd (?:op|door)|last (?:updated|modified)|zuletzt (?:aktualisiert|geändert))\b" +
            // (a bare label only as a label: "Updated: 5 May", "Aktualisiert am 5. Mai"; "Updated figures show…" is a sentence)
            // the reporter's place under the byline ("Reporting from Milwaukee")
            // (German public broadcasters' note on the programme: "Über dieses Thema berichtete die tagesschau am 5. Juni 2024 um 12:00 Uhr.")
            @"|^(?:dieses thema im programm:\s*)?über dieses thema (?:berichtete(?:n)?|berichtet:) .{1,60}\bam \d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+).{0,60}$" +
            // the broadcast line of ARD's regional sites ("Dieses Thema im Programm: NDR 1 Niedersachsen | Regional Osnabrück |
            // 07.09.2022 | 16:30 Uhr") and its label alone when a line break splits it (the line under it: IsProgrammeLine)
            @"|^dieses thema im programm:?\s*(?:$|[^|]{2,60}(?:\|[^|]{1,60}){1,5}$)" +
            @"|^first (?:published|uploaded|posted)(?: on)?\s*:|^live\s*updated\s*\d{1,2}:\d{2}(?:\s*[a-z]{2,4})?$|^(?:aktualisiert|updated|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|lesezeit|(?:estimated )?reading time|temps de lecture|tiempo de lectura)(?=\s*(?:[:|\-–—]|\d|$)|\s+(?:am|on|at|le|el|em|il|op)\b)" +
            @"|^(?:published|updated|posted) \d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago$|^(?:published in|erschienen in|publié dans|publicado en|pubblicato su|gepubliceerd in)\W*$" +
            // (minutes as a prime: "3' di lettura")
            @"|^[•·|\s]*\d+\s*(?:min(?:\.|ute[ns]?|utos|uti)?|['’′])\s*(?:read|lesezeit|lesen|de lecture|de lectura|di lettura|leestijd)$|^\d{1,3}\s*min\.?$|^in this (?:article|story)\W{1,3}\d{1,3}\s*min(?:s|utes)?\.?$" +
            // ("6 min read · Mar 4, 2024")
            @"|^\d+\s*min(?:\.|utes?)?\s*read\W+(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4})$" +
            // a byline's job title on its own line: "Political Editor", "Senior Reporter"
            @"|^(?:(?:senior|chief|deputy|political|associate|contributing|managing|executive|staff|foreign|science|health|business|technology|tech|sports?|economics|education|environment|culture|arts|news)\s+){0,2}(?:editor|correspondent|reporter|writer|columnist|contributor)$" +
            // view counters and page numbers: "37 views", "5343 mal gelesen", "Pages: 1 2 3 4"
            @"|^\d[\d.,]*\s*k?\s*(?:views|shares|aufrufe|vues|visitas|visualizaciones|visualizzazioni|weergaven|mal gelesen)$" +
            // a gallery's counter: "1 of 12", "Photo 3 of 12", "Bild 2 von 8"
            @"|^(?:(?:photo|image|picture|slide|bild|foto|imagen|immagine|afbeelding|page|seite|página|pagina) )?\d{1,3} (?:of|von|sur|de|di|van) \d{1,3}$|^(?:pages?|seiten?|páginas?|pagine)\s*:?\s*\d{1,3}(?:\s+\d{1,3})+$" +
            @"|^(?:bloggen auf wordpress\.com|blog at wordpress\.com|erstelle eine kostenlose website oder blog|create a free website or blog|powered by|proudly powered by|theme(?: by|:)|bereitgestellt von|betrieben von)")),
        // The note that software helped write the story: "Dieser Artikel wurde mit Unterstützung von KI erstellt und von der
        // Redaktion geprüft.", "This article was translated with the help of AI." (the verb says it made the text: "This
        // article explains, with the help of AI researchers, …" is the story; so is a sentence that goes on to say who said so:
        // "… with the help of AI, the firm acknowledged"). Its own entry: in the meta entry above, its words made the compiled
        // pattern too large a method for the JIT to optimise, and every short line paid for it (2.8 µs a call instead of 0.7).
        (BoilerplateKind.Meta, Vocab(
            @"^(?:this (?:article|story|text|content|summary|report)|(?:dieser|der) (?:artikel|text|beitrag)|cet article|ce texte|este (?:artículo|artigo|texto)|questo (?:articolo|testo)|dit (?:artikel|stuk|bericht)) (?:was|has been|is|wurde|ist|a été|fue|ha sido|foi|è stato|è|werd|is)\b" +
            @"(?=[^.!?]{0,120}\b(?:erstellt|generiert|übersetzt|geschrieben|verfasst|created|generated|produced|written|translated|drafted|prepared|créé|généré|traduit|rédigé|écrit|creado|generado|traducido|redactado|escrito|criado|gerado|traduzido|redigido|creato|generato|tradotto|scritto|redatto|gemaakt|gegenereerd|vertaald|geschreven)\b)" +
            @"[^.!?]{0,60}?\b(?:mit (?:hilfe|unterstützung)|mithilfe|unter (?:zuhilfenahme|verwendung|einsatz)|with the (?:help|assistance|support|aid)|with (?:help|assistance) from|using|avec l[’']aide|à l[’']aide|con (?:la )?(?:ayuda|ajuda)|con l[’'](?:aiuto|ausilio)|con il supporto|com (?:a )?(?:ajuda|o apoio)|met (?:behulp|hulp))\b(?:\s+(?:of|von|der|de|del|della|dell[’']|des|du|da|do|dos|van|het|een|einer|eines|an|the|la|le|l[’']|tools?|software|generative|generativer|generativen|générative|generativa|generativo))*\s*" +
            @"\b(?:ki|k\.i\.|ai|a\.i\.|künstlicher intelligenz|artificial intelligence|intelligence artificielle|ia|inteligencia artificial|inteligência artificial|intelligenza artificiale|kunstmatige intelligentie)\b(?:[^,;!?.]|,\s*(?:and|und|e|et|y|en|then|dann|reviewed|edited|checked|redigiert|geprüft|überprüft|rivisto|verificato|revisado|revisto|relu|vérifié|gecontroleerd|nagekeken)\b){0,100}(?:[.!](?:\s[^!?]{0,150})?)?$")),
        // Meta lines that open with a bracket or a digit and then any letter, which the first-letter filter cannot narrow (the
        // gate checks the opening): an Austrian or German sign-off ("(Lukas Hainzl, 12.3.2024)"), the editors' initials closing
        // a story ("(gg, yk)", "(mau/dpa)"), the date before the reading time ("8 aprile 2025 3' di lettura")
        (BoilerplateKind.Meta, Vocab(@"^\((?-i:\p{Lu})[\p{L}.'’-]+(?: (?-i:\p{Lu})[\p{L}.'’-]+){0,3}(?:/[\p{L}]+)?, \d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\)$" +
            @"|^\(\s*(?-i:[a-z]{2,4})(?:\s*[,/]\s*(?-i:[a-z]{2,4})){1,3}\s*\)$" +
            // an audio version's length beside its "Listen" button ("(2 min)")
            @"|^\(\d{1,3}\s*(?:min(?:\.|s|utes?)?)\)$" +
            @"|^\d{1,2}\.? \p{L}{3,9}\.? \d{4}\s*[|·•–-]?\s*\d+\s*(?:min(?:\.|ute[ns]?|utos|uti)?|['’′])\s*(?:read|lesezeit|lesen|de lecture|de lectura|di lettura|leestijd)$")),
        (BoilerplateKind.Credit, Vocab(
            @"^(?:banner|main) (?:image|photo)\s*:\s[^\n]{0,200}\b(?:(?:image|photo|picture)s? (?:by|courtesy of)\b|(?:image|photo|picture|credit)s?\s*:\s*(?-i:\p{Lu})[^\n:]{1,50}$)|^[\s(\[]*(?:(?:header|featured|cover|hero|lead|top) (?:image|photo)|(?:video|photo|pictured) above|rubriklistenbild|(?:photo|image|picture|header image|featured image) source|fotos?|photos?|bild(?:er)?|quelle|source|credits?|image|images|titelbild|beitragsbild|headerbild|aufmacherbild|teaserbild|foto(?:grafie|grafía)?|grafik|illustration|crédits?(?: photos?)?|photo credit|image credit|bildquelle|fotoquelle|bildnachweis|fotonachweis)\s*(?:[:©](?!\s*\.\p{L})|via\b)|^(?:image|photo|picture|video) source,\s" +
            // (the agency named, capitalised and short: "Fuente: un informe del ministerio revela…" is a sentence)
            @"|^(?:zdroj|źródło|kilde|källa|bron|fonte|fuente)\s*:\s*(?-i:\p{Lu})[^.!?:]{0,60}\.?$" +
            @"|^[(\[]?(?:afp|ap|ap photo|afp photo|reuters photo|dpa|reuters|epa|efe|ansa|anadolu|getty images|imago|picture alliance|keystone|sid)\s*[/|:]\s*(?-i:\p{Lu})" +
            // a source line: "Courtesy of Forests News"
            @"|^courtesy(?: of)? (?-i:\p{Lu})[\p{L}\d .&'’-]{1,50}$" +
            // a picture's placeholder and the article's age: "Enlarge this image", "This article is more than 2 years old"
            // (not a bare "Image": a table's column is called that)
            @"|^[(\[]?(?:representative|representational) (?:image|photo|picture|pic)[)\]]?\W*$|^[(\[]?(?:image|photo|picture) (?:used )?for (?:representation|representational purposes?|illustration)(?: (?:purposes?|only))*[)\]]?\W*$" +
            @"|^(?:file photo|file image|enlarge this image|(?:toggle|hide) caption|open this (?:photo|image) in gallery\W*)$|^(?:image|media|video) caption,\s|^this article is more than \d+ (?:years?|months?) old$" +
            // "Featured image by Alberto Riva/The Points Guy.", "Photo courtesy of the city", "Foto von Max Muster"
            @"|^(?:featured |cover |header |hero |lead |top |main )?(?:photos?|images?|pictures?|illustrations?|fotos?|bild|titelbild|beitragsbild|aufmacherbild) (?:by|von|courtesy(?: of)?(?: the)?)\s+(?-i:\p{Lu})[\p{L}.'’\-]*(?:\s+(?:(?-i:\p{Lu})[\p{L}.'’\-]*|van|von|de|der|da|di|del|la|le))*(?:\s*[/|,–—-]\s*.{1,40})?\.?$" +
            // (whole lines: "Zoom in: rents fell fastest…" is Axios's label for a point of the story)
            @"|^(?:zum vergrößern|bild vergrößern|bild anzeigen|click to enlarge|vergrößern|ansicht vergrößern|agrandir|ampliar|ingrandisci|vergroten)\b|^zoom\W*$" +
            @"|^(?:(?:zur )?(?:bildergalerie|fotostrecke)(?: ansehen)?|galerie ansehen|(?:view|see|open) (?:the )?gallery|voir la galerie|ver (?:la )?galería|show all \d+|(?:view|see) all \d+ (?:photos|images|pictures))$|^\((?:afp|ap|dpa|efe|reuters|ansa|kna|epd|sda|apa|lusa)\)$" +
            // an audio version's credit ("Produced by ElevenLabs and News Over Audio (Noa) using AI narration. Listen to more stories on the Noa app.")
            @"|^(?:produced|narrated|voiced) by [^.!?]{2,60} using (?:ai|artificial intelligence)(?: narration| voices?)?\.?(?:\s*listen to more (?:stories|articles) on the [\p{L}\d .'’()-]{1,30} app\W*)?$" +
            // a player's elapsed and total time before it plays, what is left of it ("00:00 / 08:12", "00:0008:12"; two times that
            // do not start from zero are splits, a slot's start and end: "1:02:11 / 1:01:48", "21:30 / 22:35")
            @"|^0?0:00\s*/?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$" +
            @"|^(?:watch|play|view) (?:the )?(?:video|audio|gallery)(?:\s+\d{1,2}:\d{2})?$|^(?:video|audio) (?:ansehen|abspielen|anhören|starten)$|^jetzt (?:ansehen|anhören)$|^regarder la vidéo$|^(?:ver|reproducir) (?:el )?vídeo$|^\d{1,2}:\d{2} min\.?$|^0?0:00\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$|^watch now$|^(?-i:WATCH|VIDEO)\s*[|:]\s*\S.{2,160}(?<![.!])$|^\d{1,2}:\d{2}\s*[-–—]\s*source:\s*\S.{0,40}$|^video duration\b.{0,40}$")),
        // An agency at a line's end only as a credit: alone, after a bar or slash, or after a photo word ("… first reported by
        // Reuters." is a sentence). Matched right to left: the end anchor first, not a scan from every position.
        (BoilerplateKind.Credit, new Regex(@"(?:^|[/|,©:(]\s*|(?:\b(?:photos?|fotos?|bild|symbolbild|symbolfoto|images?|pictures?|credits?|quelle|source|fuente)\b|\bfot\.).{0,40}\b)(?:getty ?images|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?|adobe ?stock|unsplash|pixabay|imago(?: images)?|picture[- ]alliance|dpa|afp|reuters(?: files)?|ap photo|epa|keystone|action press|bestimage|clipdealer|fotolia|depositphotos|123rf)\W{0,3}$", Opts | RegexOptions.RightToLeft)),
        (BoilerplateKind.Ad, Vocab(
            // (an affiliate disclosure, not any line with the word: "13% of US dentists were affiliated with a DSO")
            // (not a story about affiliates: "operates as an affiliate of ABC", "Affiliate marketing now accounts for …")
            @"\baffiliate[- ]?(?:links?|commissions?|partners?(?:hips?)?|disclosure)\b|^[\s\p{P}]*affiliate (?:disclosure|notice)\b|\bas an amazon (?:affiliate|associate)\b|\bas an? (?:affiliate|associate),? (?:we|i)\b" +
            @"|\bif you (?:buy|purchase|shop)\b[^.!?]{0,40}\b(?:our|these|the) links?\b[^.!?]{0,40}\b(?:we|i) (?:may )?(?:earn|get|receive)\b|\bearns? from qualifying purchases\b|\bals amazon-partner verdien|\ben calidad de afiliados? de amazon\b|enthält werbung|enthält (?:unbezahlte |bezahlte )?werbung|werbung\W+(?:dieser|der) (?:beitrag|artikel)|contains (?:affiliate|references to products|sponsored)|advertisers do not influence|\b(?:we|i) may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)\b|\bwhen you buy\b.{0,80}\b(?:we|i) (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)\b|if you buy something (?:from|through|via) (?:a |an |our )?[\p{L}\d .'’-]{0,30}links?\b.{0,60}\bmay (?:earn|receive|get)\b|provisions?links|partnerlinks?|^(?:bei|für|wenn sie)\b[^.!?""„“”»«]{0,60}\b(?:links?|käufen?|einkäufen|bestellungen|kaufen|bestellen)\b[^.!?""„“”»«]{0,40}\berhalten wir (?:ggf\. |gegebenenfalls |eventuell |möglicherweise |unter umständen )?eine (?:kleine )?(?:provision|vergütung)\b|sponsored post|in (?:freundlicher )?zusammenarbeit mit|in kooperation mit|paid partnership|publicidad|contenido patrocinado|contenu sponsorisé")),
        (BoilerplateKind.Related, Vocab(
            // a link that only leads on: "READ THE REST", "Continue reading", "Weiterlesen", "Lire la suite"
            // and the toggles of a collapsed box: "mehr anzeigen", "Show more"
            @"^[\s\p{P}]*(?:read the rest|continue reading|keep reading|read (?:the )?full (?:story|article)|read more|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|sigue leyendo|mehr dazu lesen sie hier|ler mais|continuar lendo|leggi tutto|continua a leggere|lees meer|verder lezen" +
            @"|go deeper|(?:show|see|view) (?:more|less)|(?:see|view) all (?:stories|articles|news|posts)|(?:mehr|weniger) anzeigen|alle anzeigen|afficher (?:plus|moins)|voir plus|(?:ver|mostrar) (?:más|menos)|mostra (?:di più|meno)|(?:meer|minder) (?:weergeven|tonen)|toon (?:meer|minder))[\s\p{P}]*$" +
            @"|^[\s\p{P}-[„“”""«‹‘’]]*(?:read more|read also|also read|read next|see also|more on this|lesen sie (?:dazu |hierzu )?(?:auch|hier|mehr|weiter)|lesen sie (?:aus|in) unserem [\p{L}+-]{2,20}(?:[ -]angebot)?|lies auch|mehr (?:zum thema|dazu|zu)|auch interessant|weiterlesen|à lire aussi|lire aussi|voir aussi|lee también|lea también|ver también|leia também|veja também|leggi anche|lees ook|czytaj (?:też|także|więcej)|dowiedz się więcej|zobacz też|mira|related(?: stor(?:y|ies)| articles?| coverage| content| reading)?)\s*[:»›>|→\p{Pd}]+\s*\S.{2,160}$" +
            // "Read more in Daily Maverick: <headline>" (the site's name before the colon)
            @"|^[\s\p{P}]*read more (?:in|on|from|at) (?:the )?(?-i:\p{Lu})[\p{L}\d'’.& -]{1,40}\s*[:»›>|→]\s*\S.{2,160}$" +
            // a label in capitals before the headline, without a separator ("LEGGI ANCHE Superbonus, maxi sequestro …"; in lower case,
            // "Leggi anche il rapporto …" is a sentence)
            @"|^[\s\p{P}-[„“”""«‹‘’]]*(?-i:READ MORE|READ ALSO|ALSO READ|SEE ALSO|LESEN SIE AUCH|LIRE AUSSI|À LIRE AUSSI|A LIRE AUSSI|LEE TAMBIÉN|LEA TAMBIÉN|LEIA TAMBÉM|LEGGI ANCHE|LEES OOK)\s+(?-i:\p{Lu})\S.{2,160}$" +
            // "MORE: headline" as news sites print it (in capitals: "More: the council will vote…" is a sentence)
            @"|^(?-i:MORE):\s*\S.{2,160}$")),
        (BoilerplateKind.Newsletter, Vocab(
            // ("Sign up for emergency alerts through your county" is advice: the sign-up names the site's own offer)
            // "Don't miss the biggest and breaking stories by signing up to the Hull Live newsletter here.", "Make sure you are signed
            // up for our breaking and regular headlines newsletters"
            // (a Spanish newsletter's blurb: "Exposiciones, estrenos y conciertos en Valencia. Recíbelo gratis cada viernes.")
            // (with its schedule: «Tu árbol, recíbelo gratis» is a campaign's name; "… by signing up to the club's ticketing
            // newsletter." and "Make sure you are signed up to our ticket alerts newsletter before noon" are a story's advice)
            @"\brec[ií]bel[oa]s? gratis (?:cada|todos los|todas las|en tu (?:correo|e-?mail|bandeja))\b|\bby signing up (?:to|for) (?:the |our )?[\p{L}\d .'’&-]{0,40}\bnewsletters? here\W*$|^make sure you(?:'re|’re| are) signed up (?:to|for) our\b[^.!?]{0,60}\bnewsletters?(?: here)?\W*$|" +
            @"^get our (?:free |weekly |daily )?newsletter (?:about|on) [^.!?]{3,100}[.!]?(?:\s+we (?:don['’]t|do not|never) (?:sell|share) your (?:data|e-?mail|information)\.?)?$|^(?:la |the |die |le |el |a |il |de )?newsletter (?:di|de|del|della|do|da|of|von|der|from) (?-i:\p{Lu})[\p{L}\d'’ .-]{1,40}$|subscribe (?:now|today|to)|sign up now\b|^(?!.*\b(?:said|says|told|according to)\b).*?\b(?:stories|news|headlines|updates|newsletter|briefing)\b[^.!?]{0,40}\b(?:delivered|sent) (?:straight |directly |right )?(?:to|into) your inbox\b|^(?:get|sign up to get|sign up for) (?:the )?(?-i:\p{Lu})[\p{L}\d .'’&-]{1,40},? (?:delivered|sent) (?:straight |directly |right )?(?:to|into) your inbox\b|sign up (?:for|to) (?:our|a free|free|e-?mail|daily|weekly|breaking|push)\b|sign up (?:for|to) the [\p{L} ]{0,30}(?:newsletter|briefing|digest|alerts|updates)\b|\bsign up (?:for|to) [\p{L}\d’' .-]{0,30}\bnewsletters?\b|download (?:the|our) [\p{L}\d ]{0,40}apps?\b(?=\s*(?:$|[.!:,;(|–—-]|now\b|today\b|for\b|here\b|on\b|from\b|to (?:get|stay|receive|read|listen|watch|follow)\b|and (?:get|stay|never|receive|follow|turn on|enable|sign up)\b))|(?:^|[.!?]\s+)(?-i:D)ownload (?:it )?(?:from|on|at) (?:the )?(?:google play|play store|app store)\b[^.!?]{0,40}$|^check out (?:us|our channel|(?-i:[\p{Lu}\d])[\p{L}\d.'’&-]{1,30}) on youtube\b[^.!?]{0,40}:$|^follow (?:us|the [\p{L}]+(?: [\p{L}]+)?) on (?:twitter|facebook|instagram|x|linkedin|youtube|tiktok)\b" +
            // a site's channel and app prompts ("📣 The Indian Express is now on Telegram. Click here to join our channel …", "For all
            // the latest Pune News, download Indian Express App.")
            @"|^\W*(?:the )?(?-i:\p{Lu})[\p{L}\d.'’&-]*(?: (?-i:\p{Lu})[\p{L}\d.'’&-]*){0,4} is (?:now )?on (?:telegram|whatsapp)\W+(?:click|tap) here to (?:join|subscribe)\b|^for (?:all )?the latest [\p{L}\d .'’&-]{1,40} news,? download (?:the )?[\p{L}\d .'’&-]{1,40}\bapp\W*$" +
            @"|hazte miembro|become a (?:member|subscriber|patron)|support (?:our|independent|quality) journalism|unterstützen sie (?:unseren|unabhängigen|guten) journalismus" +
            @"|jetzt abonnieren|abonnieren sie|(?:to view|for) the full story|already a subscriber|bereits abonnent|bereits ein (?:digital-?|online-?|e-paper-)?abo|ya eres suscriptor|la suite est réservée aux abonnés|^il vous reste \d+ ?% de cet article" +
            @"|abonnez-vous|suscríbete|assine" +
            // a Dutch paywall's box: "Dit artikel is exclusief voor abonnees.", "Lees verder met Telegraaf Premium"
            @"|^(?:dit|deze) (?:artikel|stuk|verhaal|bericht) is exclusief voor abonnees\b|^lees verder met [\p{L}\d .'’-]{2,30}\b(?:premium|plus)\W*$" +
            @"|protected by recaptcha|(?:^|[.?!]\s+)sign up here\W{0,3}$" +
            @"|^we need your help\b|^unterstütze(?:n sie)? |periodismo (?:incómodo|independiente|de calidad)|hacemos periodismo|canal de youtube|^besuchen sie unseren|^kennt ihr schon|zapraszamy (?:też )?do subskrypcji" +
            // the site's own newsletter ("... sign up for our newsletter", "Melde dich für unseren Newsletter an") and support appeals
            // (a promo verb first: "as we reported in our newsletter" is a sentence of the article; an appeal is not a quotation)
            @"|(?:sign(?:ing)? up|subscrib\w*|regist\w*|anmelden|melde dich|melden sie sich|abonnier\w*|bestellen|inscri\w*|abonne\w*|suscr[ií]b\w*|assin\w*|iscriviti|aanmelden|meld je)\b.{0,40}(?:unseren?|our|notre|nuestr[oa]|noss[oa]|nostra|onze) (?:kostenlosen |free |gratuite? |gratis |wöchentlichen |weekly |daily |täglichen )?(?:(?-i:\p{Lu})[\p{L}\d'’-]* ){0,4}(?:e-?mail )?(?:newsletter|nieuwsbrief|boletín)" +
            @"|(?:unseren?|our|notre|nuestr[oa]|noss[oa]|nostra|onze) (?:kostenlosen |free |gratuite? |gratis |wöchentlichen |weekly |daily |täglichen )?(?:newsletter|nieuwsbrief|boletín)\W{0,3}(?:abonnieren|bestellen|anmelden|sign up|subscribe)" +
            @"|^[^""“”„«»‚‘’']{0,80}?(?:(?:brauchen|benötigen) wir (?:deine|ihre|eure) (?:unterstützung|hilfe)|we need your support|necesitamos tu apoyo|nous avons besoin de (?:votre|ton) (?:soutien|aide))" +
            // the site's messenger channels ("¿Ya sabías que tenemos canal de Telegram?", "Folgen Sie unserem WhatsApp-Kanal")
            // (with a promo verb: "he wrote on his Telegram channel" is news)
            @"|(?:folg\w*|join|abonnier\w*|subscribe|únete|síguenos|sigue\w*|tenemos|rejoignez|suivez|segui\w*|volg\w*)\b.{0,40}(?:canal de (?:telegram|whatsapp)|(?:telegram|whatsapp)[- ]?(?:kanal|channel))")),
        // Calls to action and sign-up form texts, whole-line or at the line's start (their own entry, without keywords: an
        // anchored pattern fails at once, while the keywords would wake the costly unanchored newsletter pattern above):
        // "CLICK HERE TO GET THE … APP", "Get the latest news delivered to your inbox", a paywall's prompt, a tip line.
        (BoilerplateKind.Newsletter, Vocab(
            @"^enter your e-?mail(?: address)?\W{0,2}$|^please enter a valid e-?mail(?: address)?\b" +
            @"|^sign up (?:for|to get) (?:our |the )?(?:(?-i:\p{Lu})|latest\b|best\b|top\b).{1,60}\b(?:in|to) your inbox\W*$" +
            // a reader-question box (Hearken: "Have a question about the Treasure Valley? Ask it below and our reporters may answer it …")
            @"|^ask (?:it|your question|us) (?:below|here)\b[^.!?]{0,60}\b(?:reporters?|journalists?|newsroom|team)\b[^.!?]{0,30}\banswer\b" +
            @"|^reviewed on\s*:\s*[^.!?]{1,40}$|^feedback\s*:\s*use this form to send a message to the (?:author|editor|writer|reporter)\b|^listen (?:now|live) to [^|]{2,60}\|(?:[^|]{1,25}\|){2,}[^|]{1,25}$" +
            // (with what follows it: "… This is how you can continue to access our trusted content:"; an editor's column says "Our
            // journalists work hard to provide news you cannot get anywhere else")
            @"|^our (?:journalists|reporters|newsroom) work(?:s)? hard to (?:provide|bring|deliver)\b[^.!?]{0,100}[.!]\s*(?:this is how|here(?:'s| is) how)\b[^:]{0,80}:$" +
            @"|^we want to hear from you\W*$|^(?:want|interested|would you like) to submit (?:a |an )?(?:guest (?:commentary|column|essay|op-ed)|op-ed|letter to the editor)\b" +
            // the site's closing line: "Catch all the Latest India News, Cities News and Business News on The Indian Express."
            @"|^catch (?:all )?the latest\b[^.!?]{0,60}\bnews\b.{0,60}\b(?:on|at) (?:the )?(?-i:\p{Lu})[^.!?]{1,40}\.?$" +
            // a newsletter's blurb in its box, a label, not a sentence: "A free daily email with the biggest news stories of the day"
            @"|^(?:a|our) (?:free )?(?:daily|weekly|monthly|morning|evening|twice-weekly)(?: free)? (?:e-?mail|newsletter|briefing|digest|round-?up) (?:with|from|featuring|of|about|on|for|delivering|bringing)\b(?:[^.!?]|\.(?=\p{L})){0,120}$" +
            @"|^by (?:signing up|subscribing|registering|clicking)\b.{0,80}\b(?:terms|privacy)" +
            @"|^click here (?:to|for)\b" +
            @"|^get (?:the latest|the best|the top|our|all)\b.{0,40}\b(?:news|updates|alerts|headlines|stories|newsletters?)\b.{0,30} (?:delivered (?:straight |directly )?to your inbox|(?:straight |directly )?(?:to|on) your (?:phone|inbox)\b)" +
            @"|^submit (?:your|a) letter to the editor\b|^let us know what you think (?:about|of) this (?:article|story)\b" +
            @"|^send us your (?:news|stories|story|photos|pictures|videos|tips)\b|^send your (?:news|stories|story|photos|pictures|videos)(?: and (?:news|stories|photos|pictures|videos))? (?:to us|now|here)\W*$" +
            @"|^folgst du (?:uns|[\p{L}\d .'’-]{2,40}) (?:schon |bereits )?auf (?:whatsapp|telegram|instagram|tiktok|youtube)\?\s*$" +
            @"|^get (?:our|the) (?:free )?app\W{0,3}$" +
            @"|^thank you for (?:signing up|subscribing)" +
            @"|^create a (?:free )?account to (?:continue|keep) reading" +
            @"|^(?:this (?:article|story|content) is )?(?:for|available (?:to|for)) subscribers only(?:\W{0,2}$|[.!]\s)" +
            @"|^i would like to (?:be emailed|receive (?:emails|newsletters|updates|offers))\b" +
            @"|^send us a (?:news )?tip\b" +
            @"|^(?:got|have) a (?:news )?tip\?" +
            @"|^(?:s[’']inscrire|inscrivez-vous|abonnez-vous|subscribe|sign up|suscr[ií]bete|iscriviti) (?:à|a|to|for|al?) (?:la |the |our |el |nuestro |notre )?(?:newsletter|boletín)\W*$" +
            // a sign-up line that opens with its verb ("Iscriviti alla newsletter di Corriere Milano. Arriva ogni giorno…")
            @"|^(?:iscriviti|abonnez-vous|inscrivez-vous|suscr[ií]bete|assine|inscreva-se|subscribe|sign up|melde dich an|abonniere|abonnieren sie|meld je aan|schrijf je in)\b.{0,20}\b(?:newsletter|nieuwsbrief|boletín)\b" +
            // "Sigue toda la información de Economía en Facebook y X, o en nuestra newsletter semanal", "Follow all the latest on…"
            @"|^(?:sigue|siga|segue|segui|suivez|folgen sie|folge|follow|volg)\b.{0,10}\b(?:toda la (?:información|actualidad)|todas las noticias|las últimas noticias|todas as notícias|toda a informação|tutte le notizie|toute l[’']actualité|toute l[’']information|all (?:the|our) (?:news|coverage|latest)|the latest|alle nachrichten|alle news|alle nieuws|het laatste nieuws)\b.{0,80}\b(?:facebook|twitter|x|instagram|whatsapp|telegram|linkedin|youtube|tiktok|threads|bluesky|newsletter|nieuwsbrief|boletín)\b" +
            // the site's messenger channel ("📲 Participe do canal do g1 SP no WhatsApp", "Únete al canal de Telegram")
            @"|^\W*(?:participe|junte-se|únete|une-te|join|rejoignez|entra|iscriviti|segue|siga|sigue|follow|folgen sie|folge|abonniere)\b[^,;.!?]{0,40}\b(?:canal|channel|kanal|chaîne|grupo|group|comunidade|community|comunidad)\b[^,;.!?]{0,40}\b(?:whatsapp|telegram)\b" +
            // (not reported: "Join the residents' group on WhatsApp to hear when …, said the mayor")
            @"(?![^.!?]*\b(?:said|says|told)\b)")),
        (BoilerplateKind.Meta, Vocab(
            // (the word, or the plural as the line's label: "Two have since moved their disclaimers to the end" is a story's)
            @"disclaimer(?!s\b)|^\W*disclaimers\b|^our standards:|^why you can trust (?!(?:the|this|these|those|our|your|its|a|an|my)\b)(?:us|(?-i:\p{Lu})[\p{L}\d.'’&-]*(?: (?-i:\p{Lu})[\p{L}\d.'’&-]*){0,3})\W*$|^corrections? (?:&|and) amplifications?:\s*(?:please )?(?:report|send|write|e-?mail)\b|^please report (?:any )?(?:errors?|mistakes?) to [\w.+-]+@|has no position in any of the stocks mentioned|has a disclosure policy|does not provide (?:tax|investment|legal|financial)(?:,? (?:or )?(?:tax|investment|legal|financial))+ (?:services and )?advice|^this (?:article|content|post|story) (?:does not|doesn['’]t) (?:contain|constitute) (?:investment|financial) advice\b|^medically reviewed by (?-i:\p{Lu})[\p{L}.'’-]+(?: (?-i:\p{Lu})[\p{L}.'’-]+)+|reviewed according to [\p{L}\d .'’-]{2,30} editorial process" +
            // (a science site's notes: "More information: A. Farrugia et al, … (2025). DOI: …", "Citation: … retrieved 9 April 2025 from …")
            @"|^more information:\s.{0,250}(?:\bet al\b|\bdoi\b|\(\d{4}\))|^journal information:\s*(?-i:\p{Lu})[^.!?]{2,80}$|^provided by (?-i:\p{Lu})[^.!?,]{1,60}$|^citation:\s.{10,300}\bretrieved \d{1,2} \p{L}+ \d{4} from\b" +
            // a nonprofit newsroom's notes: "This article was produced in partnership with the Nebraska Examiner.", "This story can be
            // republished for free (details).", "Civil Beat's coverage of Hawaiʻi Island is supported in part by grants from …",
            // (the funder a foundation's or donors': "Al Jazeera's coverage … is funded by the Qatari government" is news)
            @"|^this (?:article|story|piece) (?:was|is) (?:produced|published|reported|written|co-published|copublished) in partnership with\b|^this (?:article|story) (?:can|may) be republished for free\b[^:;]{0,80}$" +
            @"|^(?:this (?:coverage|story|reporting|article)|[\p{L}ʻ'’ .&-]{2,40}(?:'s|’s) (?:coverage|reporting) of [^.!?]{2,80}) (?:is|was) (?:supported|funded|made possible|underwritten) (?:in part )?(?:by|through) (?:a )?(?:grants?\b|donors\b|readers\b|(?:the )?[\p{L}\d .'’&-]{0,60}\b(?:foundation|fund|trust|endowment|fellowship)\b)" +
            @"|^accuracy and availability of [\p{L} ]{2,30} (?:transcripts|content) may vary|redaktionell nicht bearbeitet|^[(\[]?alle angaben ohne gewähr|^(?:the )?[\p{L}\d .'’&-]{2,30} (?:is|are) not responsible for the content of external (?:sites|websites|internet sites|links)\W*$|is not responsible for the (?:opinions|views)|is solely responsible for all content|gibt die meinung des autors wieder|does not necessarily reflect|opinions expressed (?:here|in this)|nicht (?:notwendigerweise|unbedingt) die (?:meinung|der redaktion)|blog aus der [\p{L}-]{1,30}-?community")),
        (BoilerplateKind.Cookie, Vocab(@"(?:we use cookies|uses cookies|wir (?:verwenden|nutzen|setzen) cookies|(?:web)?seite (?:verwendet|nutzt) cookies|ce site utilise des cookies|nous utilisons des cookies|utilizamos cookies|(?:sitio|site) (?:web )?(?:utiliza|usa) cookies|korzystamy z (?:plików )?cookies|questo sito (?:utilizza|usa) (?:i )?cookie|(?:deze )?(?:web)?site (?:gebruikt|maakt gebruik van) cookies|(?:wij|we) gebruiken cookies|cookies en vergelijkbare technieken|utilizziamo (?:i )?cookie|usamos cookies|accept (?:all )?cookies|alle (?:cookies )?akzeptieren|cookie[- ](?:settings|einstellungen|policy|richtlinie|hinweis)" +
            // a social post's placeholder: "Om dit te bekijken moet je cookies van sociale media accepteren."
            @"|\bcookies? (?:van|von|voor|de|of|for|from) (?:sociale media|social media|sozialen medien|sociale netwerken|redes sociales|réseaux sociaux)\b.{0,40}\b(?:accepteren|akzeptieren|accept|aceptar|accepter|toestaan|zulassen|allow))")),
        // follow prompts and support appeals at the end of articles (can be longer than a phrase: "Follow X on Twitter ... email us at ...")
        // (the one followed is us, a handle or a capitalised name: "Follow these steps shared on Twitter to…" is a sentence)
        (BoilerplateKind.Share, Vocab(@"^follow (?:us|him|her|them|@[\w.]{1,30}|(?:the )?(?-i:\p{Lu}[\p{L}\d.'’&-]*(?: (?:\p{Lu}[\p{L}\d.'’&-]*|@[\w.]{1,30}|of|the|and|de|da|van|von|der|del|la|le|&|section|desk)){0,5})) on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|x|threads|bluesky)\b(?=\s*(?:$|[.,;:!|•@(]|and\b|&|or\b))" +
            // the writer's own line ("Follow me on Twitter or LinkedIn. Check out my website."), not a quoted post that goes on
            @"|^follow me on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|x|threads|bluesky|mastodon|substack)(?:\s*(?:,|or|and|&)\s*(?:twitter|facebook|instagram|linkedin|youtube|tiktok|x|threads|bluesky|mastodon|substack))*\s*[.!]?(?:\s*check out my (?:website|blog|book|newsletter|podcast)\W*)?$" +
            @"|^(?:folgen sie|folge|folgt) (?:uns|[\p{L}\d.'’& ]{2,40}?) (?:auf|bei) (?:twitter|facebook|instagram|linkedin|youtube|tiktok|x|threads|bluesky)\b" +
            // a paper's stock line under a section's stories ("Like Business on Facebook, follow @TribuneBiz on Twitter to stay
            // informed …") and a prompt under a label ("Stay current – Follow FMT on WhatsApp, Google news and Telegram")
            @"|^like (?:us|(?-i:\p{Lu})[\p{L}\d.'’&-]*(?: (?-i:\p{Lu})[\p{L}\d.'’&-]*){0,3}) on facebook,? (?:and )?follow (?:us|@[\w.]{1,30}|(?-i:\p{Lu})[\p{L}\d.'’&-]*) on (?:twitter|x|instagram)\b" +
            @"|^stay (?:current|updated|informed|connected|in the know)\s*[–—:-]+\s*follow (?:us|(?-i:\p{Lu})[\p{L}\d.'’&-]*(?: (?-i:\p{Lu})[\p{L}\d.'’&-]*){0,3}) on (?:whatsapp|telegram|google news|twitter|facebook|instagram|x)\b" +
            // a follow prompt as a sentence of its own when it lists three platforms or more ("… Follow News18.com on Twitter,
            // Instagram, Facebook, Telegram and on YouTube, and stay in the know …"; "a billion people follow Ronaldo on Instagram,
            // Facebook and X" is news)
            @"|(?:^|[.!?]\s+)(?-i:Follow) (?:us|(?-i:\p{Lu})[\p{L}\d.'’&-]{1,30}) on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|x|threads|bluesky|telegram|whatsapp)(?:\s*(?:,|and|&|or)\s*(?:on )?(?:twitter|facebook|instagram|linkedin|youtube|tiktok|x|threads|bluesky|telegram|whatsapp)\b){2,}" +
            // a wire's pointer to its coverage ("Follow AP's coverage of the war at https://apnews.com/hub/…", "Follow all AP
            // stories on Greece at …") and a Spanish follow prompt ("Puedes seguir a CLIMA Y MEDIO AMBIENTE en Facebook y Twitter …")
            @"|^follow (?:all )?(?:of )?(?:[\p{L}\d.'’&-]+['’]s |our |the )?(?:[\p{L}\d .'’&-]{1,20} )?(?:stories|coverage|reporting)\b[^.!?]{0,80}\bat:?\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+\S*\W*$" +
            @"|^(?:puedes seguir a|sigue a) (?-i:\p{Lu})[^.!?]{1,60}? en (?:facebook|twitter|x|instagram)\b(?:\s*(?:,|y|e|o)\s*(?:facebook|twitter|x|instagram|tiktok|youtube)\b)*\s*(?:$|[.,]|o ap[uú]nta)" +
            // a site's stock line ("Just hit 'Like' on our Digital Spy Facebook page and 'Follow' on our @digitalspy Instagram …")
            @"|^(?!.*[""“”„«»])(?:[^.!?]*[.!?]\s+)?(?:just )?hit ['‘]?like['’]? on our\b[^.!?]{0,60}\bfacebook\b[^.!?]{0,20}\band ['‘]?follow['’]? on our\b" +
            @"|^while you(?:'re|’re| are) here\b|would you consider supporting|please consider supporting|consider supporting (?:us|our [\p{L}-]{0,30} ?(?:work|journalism|reporting))")),
        // Support appeals, the site's offers, tip and contact lines (their own entry, of the newsletter kind: a box that
        // opens with a heading and holds one goes whole; up to a notice's length, the appeals run long)
        (BoilerplateKind.Newsletter, Vocab(
            // a support appeal and a tabloid's tip line ("… we have a small favour to ask.", "We pay for your stories! Do you have a story…")
            @"\bwe have a small (?:favou?r|request) to ask\b|" +
            // the paper's letters policy under a letter ("The World-Herald welcomes letters to the editor. Letters should be …")
            @"^(?:the )?(?-i:\p{Lu})[\p{L}\d.'’&-]*(?: (?-i:\p{Lu})[\p{L}\d.'’&-]*){0,4} welcomes (?:your )?letters to the editor(?: on (?:any|all) (?:topics?|subjects?|issues?))?\s*[.:!]|^we welcome (?:your )?letters to the editor(?: on (?:any|all) (?:topics?|subjects?|issues?))?\s*[.:!]|^(?![^""“”„«»]*[""“”„«»]).*?\bwe(?:'re|’re| are) more reliant on your support than ever\b|\b(?:obserwuj nas|follow us|folgen sie uns|folge uns|suivez-nous|síguenos|seguici|volg ons)\b.{0,30}\b(?:google news|wiadomościach google|google nachrichten|google actualités|google noticias|google notizie)\b|^\W*ya (?:conoces|sigues|nos sigues) (?:nuestr[ao] (?:cuenta|página|perfil|canal) )?(?:en|de) google (?:news|noticias)\b|\bplease consider (?:becoming a (?:member|supporter|subscriber|patron)|(?:making )?a (?:donation|contribution|gift)|donating|supporting (?:us|our (?:[\p{L}-]+,? ){0,3}(?:work|journalism|reporting)))\b|\bsupport us\b.{0,60}\b(?:starting (?:from|at)|from just|for (?:just|only)) [$£€]\s?\d|\byour (?:contribution|donation|gift|support) of (?:just |only )?as little as [$£€]\s?\d(?!.*\b(?:said|says|according to)\b)|\b(?:support|contribute to|donate to) (?:us|our (?:work|journalism|reporting|newsroom))\b.{0,40}\bas little as [$£€]\s?\d|(?:^|[.!?]\s+)become a (?:sustaining |monthly |founding )?(?:member|supporter|donor)\b.{0,80}\bas little as [$£€]\s?\d|\bto support (?:our|us)\b.{0,60}\bfirst month is (?:only|just) [$£€]\s?\d|^we accept credit cards?\b.{0,80}\bcontribute\b|^(?:will|would|can) you (?:help )?support (?-i:\p{Lu})[\p{L}\d.'’&-]*(?: (?-i:\p{Lu})[\p{L}\d.'’&-]*){0,3} (?:today|now|this (?:year|month))\W*$|^support (?:(?-i:\p{Lu})[\p{L}\d.'’&-]*(?:'s|’s) |our |independent |local )(?:independent |local )?journalism (?:with|by making) (?:a|your) (?:contribution|donation|gift)\b(?!.*\b(?:said|says|tell|tells|told|wrote|according to)\b)|^support (?-i:\p{Lu})[\p{L}\d.&-]*(?: (?-i:\p{Lu})[\p{L}\d.&-]*){0,3}(?:'s|’s|'|’) journalism(?: of [\p{L} ,&-]{2,40})?\W*$|^sostieni (?-i:\p{Lu})[\p{L}\d.'’&-]*\W*$|(?:^|[.!?]\s+)(?:se [^.!?:]{0,60},\s*)?sostienici con un (?:contributo|abbonamento)\b|^you['’]ve read \d+ (?:free )?(?:articles?|stor(?:y|ies)) (?:in the last month|this month)\b" +
            // a reporter's contact line ("Taylor Dolven can be reached at t.dolven@globe.com.", "Contact this reporter at …")
            @"|(?:^|[.!?:]\s+)(?:abonnier(?:e|en sie)|folg(?:e|en sie)|join|subscribe to|follow)\b.{0,40}\b(?:whatsapp|telegram)[- ]?(?:kanal|channel)\b|(?:^|[.!?]\s+)join (?:the |our )?[^,;.!?]{0,40}\b(?:whatsapp|telegram)[- ]?community\b|\babbonati\s*[:!,]\s*[^.]{0,60}\b\d+ euro (?:al mese|all[’']anno)" +
            // (a name, perhaps after the reporter's role, or the paper's own "this reporter": "The county's housing ombudsman may be
            // reached at …" is a service line)
            @"|^(?:(?:(?-i:\p{Lu})[\p{L}\d.'’&-]+ ){0,3}(?:staff )?(?:reporter|writer|correspondent|editor|columnist|photographer) )?(?:(?-i:\p{Lu}[\p{L}.'’-]+(?: (?:(?:de|da|del|van|von|der|la|le) )?\p{Lu}[\p{L}.'’-]+){1,3})|(?:this|the) (?:reporter|writer|author|columnist|public editor)) (?:can|may) be reached at [\w.+-]+@[\w-]+\.|\bcontact this reporter at [\w.+-]+@[\w-]+\." +
            // the site's own offers closing the story ("Try The Telegraph free for 1 month…", "Find The Irish Times on WhatsApp…",
            // "Listen to our Inside Politics podcast…", "Get in touch with our news team by emailing…", "For more stories like this, check our news page.")
            @"|\btry (?:the )?[\p{L}\d .'’-]{2,30} free for \d+ (?:months?|weeks?|days?)\b|^find (?:the )?[\p{L}\d .'’-]{2,30} on (?:whatsapp|telegram|facebook|instagram|twitter|x|tiktok|youtube)\b(?!.{60})" +
            // a newsletter's pitch under the story ("„Hier ist Bayern“: Der BR24 Newsletter informiert Sie immer montags bis freitags …")
            // (the line's own opening, perhaps after the newsletter's quoted name: a slogan quoted in a story, "„Der Morgen-Newsletter
            // informiert Sie in fünf Minuten.“", is the story's)
            @"|^(?:„[^“”]{1,40}[“”]\s*:\s*)?(?:der|unser) [\p{L}\d .'’-]{0,30}newsletter (?:informiert|hält|bringt|liefert|versorgt) (?:sie|dich|euch)\b(?![^.!?]{0,80}\b(?:sagt|sagte|erklärt|erklärte)\b)" +
            // a donation box's lines ("Whether $5 or $50, every contribution counts.", "Support us to deliver journalism without an agenda.")
            // (the box's own voice: not quoted, not reported — "she said: “Whether $5 or $50, every contribution counts.”")
            @"|^(?![^""“”„«»]*[""“”„«»])(?!.*\b(?:said|says|told|wrote)\b)(?:.*?[.!?]\s+)?whether [$£€]\s?\d+ or [$£€]\s?\d+,? every (?:contribution|donation|gift) counts\b|^support us to deliver (?:independent |quality )?journalism\b" +
            // the site's podcast over its blurb ("Luister ook naar onze podcast", "Hören Sie auch unseren Podcast")
            @"|^(?:luister (?:ook )?naar onze podcast|hören sie (?:auch )?(?:in )?unseren podcast|hört (?:auch )?(?:in )?unseren podcast|écoutez (?:aussi )?notre podcast|escucha (?:también )?nuestro podcast|ouça (?:também )?o nosso podcast|ascolta (?:anche )?il nostro podcast|listen to our podcast)\W*$" +
            // ("Join The Irish Times on WhatsApp and stay up to date")
            @"|^join (?:the )?[\p{L}\d .'’-]{2,30} on (?:whatsapp|telegram)(?: and stay (?:up to date|informed|in the know))?\W{0,2}$" +
            // (the paper's own voice: not inside quotation marks, not reported — "Donors like you make it possible," the director said)
            @"|^(?![^""“”„«»]*[""“”„«»])(?!.*\b(?:said|says|told|tells|reads|wrote|writes|according to)\b).*?(?:\b(?:click here to make|with) a tax-deductible (?:donation|gift|contribution)\b|(?:^|[.!?]\s+)click here to (?:support|donate)\b)" +
            @"|^(?![^""“”„«»]*[""“”„«»])(?!.*\b(?:said|says|told|tells|reads|wrote|writes|according to)\b)(?=.*\b(?:our|we|us)\b).*?(?:\b(?:readers|members|supporters|donors|people) like you (?:pay for it|make (?:it|this|our [\p{L}]+) possible|keep it free|are keeping (?:these|our) (?:stories|articles|reports) free)\b|\bmade possible by (?:readers|members|supporters|donors) like you\b)" +
            @"|^(?![^""“”„«»]*[""“”„«»])(?!.*\b(?:said|says|told|tells|reads|wrote|writes|according to)\b).*?\bis an? (?:independent,? )?(?:nonprofit|non-profit|not-for-profit) (?:news ?room|news (?:outlet|organization|site))\b.{0,200}\b(?:support our work|donate (?:now|today)|become a (?:member|donor))\b" +
            // the chain's closing sign-up line ("Stay up to date with the latest news by signing up to the MEN's newsletters here.")
            @"|^stay (?:up to date|in the know|informed) with (?:all )?the latest (?:news|headlines|stories)\b[^.!?]{0,40}\bby (?:signing up|subscribing) (?:to|for)\b[^.!?]{0,40}\bnewsletters?\b" +
            // a newsroom's callout ("Do you work in a nursing home? We want to hear from you. Tell us about your experience.") and a
            // station's promo line ("►Breaking news and weather alerts: Get the 10 Tampa Bay app")
            @"|^(?:(?:do|are|have|did|were|is|was) you\b[^?]{3,120}\?\s*)?we(?:['’]d| would)? (?:want|like|love) to hear from you\b[^.!?]{0,10}[.!]?\s*(?:$|(?:tell|share|send|email|contact|fill|please|get in touch)\b)" +
            @"|^[►▶➤]\s*[\p{L}\d ,&'’-]{2,60}:\s*(?:get|download|sign up for|subscribe to|watch|stream)\b.{0,60}\b(?:app|apps|newsletters?|alerts|live)\b" +
            // a call for tips closing the story, to the reporter or the newsroom ("Are you a renter who had to move? Reach out to this
            // reporter at …", "… contact our team in confidence at tips@…"; not quoted: "'Email us at …,' the council said")
            @"|^(?![^""“”„«»]*[""“”„«»])(?!.*\b(?:said|says|told)\b).*?\b(?:reach out to|contact|e-?mail|write to)\s+(?:this reporter|the reporter|this writer|our (?:team|reporters?|newsroom|news desk|investigations team)|the newsroom|us)\b[^.!?]{0,30}?\bat [\w.+-]+@[\w-]+\." +
            // a plea for a donation in the site's own voice, for its own work ("Wenn Sie mit dafür sorgen möchten, dass unser
            // unabhängiger Journalismus … bildet, unterstützen Sie uns bitte mit einer Spende!"; a food bank's plea in an interview,
            // a sign that "reads: … support us with a donation" are the story's)
            @"|^(?![^""“”„«»‘]*[""“”„«»‘])(?!.*\b(?:said|says|told|reads|wrote|sagte|sagt|erklärte|a déclaré|dijo|dice|ha detto|zei|zegt|aldus)\b)(?=.*\b(?:journalis\w*|reporting|newsroom|stories|paywalls?|arbeit|redaktion|rédaction|periodismo|redacción|giornalismo|redazione|journalistiek|redactie|jornalismo|redação)\b).*?\b(?:support us with (?:a |an |your )?(?:[\w-]+ ){0,5}?(?:donation|gift|contribution|payment)|unterstützen sie uns (?:bitte )?(?:mit einer|mit ihrer|durch eine) spende|unterstütze uns (?:bitte )?mit einer spende|soutenez-nous (?:en faisant|avec|par) un don|apóyanos con (?:una|tu) (?:donación|aportación)|sostienici con una donazione|steun ons met een (?:donatie|gift)|apoie-nos com uma doação)\b" +
            @"|^listen to [""“][^""”]{3,80}\bpodcast[""”]?\W*$" +
            // the newsroom's request for feedback closing the story ("Haben Sie Feedback? Schreiben Sie uns! briefe@…")
            @"|^(?:haben sie|hast du) (?:feedback|anregungen|fragen|hinweise|kritik)(?: oder (?:feedback|anregungen|fragen|hinweise|kritik|lob))?\?\s*(?:schreiben sie|schreib) (?:uns|der redaktion)\b[!.:]?\s*(?:[\w.+-]+@[\w-]+\.[\w.]+)?\W*$" +
            @"|^(?:have|got) (?:feedback|a question|questions|comments)(?: (?:or|and) [\p{L} ]{2,20})?\?\s*(?:write to|e-?mail|contact|tell) us\b[!.:]?\s*(?:(?:at )?[\w.+-]+@[\w-]+\.[\w.]+)?\W*$" +
            @"|^listen to our [\p{L}\d .'’-]{2,40} podcast\b|(?:^|[.?!]\s+)listen to our (?:latest |new |daily )?podcasts?\b|^get in touch with (?:our|the) (?:news )?(?:team|newsroom|desk)\b.{0,60}@|^for more stories like this,? (?:check|see|visit) (?:out )?our [\p{L} ]{2,20} page\b" +
            @"|^was this (?:article|page|story|information) helpful\??$|^did you find this (?:article|page|story|information) (?:helpful|useful|insightful|informative|interesting)\??$" +
            @"|^already (?:contributed|a (?:member|supporter|subscriber))\?\s*(?:log|sign) in\b|^we pay for (?:your )?(?:stories|news tips|videos|pictures|photos)\b" +
            @"|^(?:do you have|have you got|got) a (?:story|news tip)\b.{0,80}\b(?:e-?mail us|contact us|call us|whatsapp us|message us|get in touch|send (?:it )?(?:to )?us|tell us)\b" +
            @"|^(?:have you got|got) a (?:story|news tip)\?\s*e-?mail [\w.+-]+@[\w-]+\." +
            // the paper's messenger channel ("Receba as notícias do Correio no seu WhatsApp.")
            @"|^(?:receba|recebe|reciba|recibe|ricevi|get|receive)\b[^?]{0,60}\b(?:notícias|noticias|notizie|news|updates|headlines|destaques|titulares|informações|información|nachrichten)\b[^?]{0,40}\b(?:no seu|no teu|en tu|sul tuo|on your)\s+(?:whatsapp|telegram)\b[^?]*$")),
        // placeholders of embedded content that waits for the reader's consent (video, tweet, map): "Externer Inhalt",
        // "Wir benötigen Ihre Zustimmung, um den Inhalt zu laden", "To view this content, please accept cookies"
        (BoilerplateKind.Cookie, Vocab(
            @"^[\s\p{P}]*(?:empfohlener |weitere )?(?:externer inhalt|externe inhalte|contenu externe|contenido externo|conteúdo externo|contenuto esterno|externe inhoud|external content|embedded content|third[- ]party content)(?: (?:laden|anzeigen|von [\p{L}\d.]+|from [\p{L}\d.]+))?[\s\p{P}]*$" +
            // the same label over its request: "Externer Inhalt: Um diesen Inhalt anzuzeigen, benötigen wir Ihre Zustimmung."
            @"|^[\s\p{P}]*(?:externer inhalt|external content|contenu externe|contenido externo|externe inhoud)\s*:\s.{0,250}\b(?:zustimmung|einwilligung|consent|consentement|consentimiento|toestemming|cookies?)\b" +
            // an embed's fallback without scripts: "Die Grafik kann nicht angezeigt werden. Bitte aktivieren Sie JavaScript."
            @"|^.{0,80}\b(?:(?:bitte )?aktivieren sie javascript|please enable javascript|activez (?:le )?javascript|habilita (?:el )?javascript|schakel javascript in)\W*$" +
            // (the reader's consent to load embedded content: "need your consent before they load trackers" is news)
            @"|(?:need|benötigen|brauchen|require|requires|erfordert|necesitamos|avons besoin)\b(?=.{0,200}\b(?:inhalte?|content|contenu|contenido|videos?|tweets?|beitrag|embed|instagram|youtube|twitter|vimeo|spotify|podcast|karte|map)\b).{0,20}\b(?:your|ihre|deine|eure|votre|tu|su) (?:consent|zustimmung|einwilligung|einverständnis|consentement|consentimiento)\b.{0,80}\b(?:laden|anzuzeigen|anzeigen|load|display|show|charger|afficher|cargar|mostrar)" +
            @"|(?:ich bin (?:damit )?einverstanden|i agree|i consent|j'accepte|acepto|accetto|ik ga akkoord)\b.{0,60}\b(?:externe|external|externes|externos|esterni) (?:inhalte|content|contenus|contenidos|contenuti|inhoud)" +
            @"|mit dem laden des (?:inhalts|videos|tweets|beitrags|podcasts) akzeptieren sie|by loading (?:the|this) (?:content|video|tweet|post),? you (?:accept|agree)" +
            @"|ohne (?:dein|deine|ihr|ihre) (?:einverständnis|zustimmung) keine verbindung|klicken sie auf (?:den|diesen) (?:unteren |folgenden )?(?:button|link|schalter),? um (?:den|das|diesen|dieses) (?:inhalt|video|beitrag)\w* (?:nach)?zu ?laden|wir respektieren (?:deine|ihre) privatsphäre" +
            @"|an dieser stelle (?:findest du|finden sie|findet ihr) (?:einen |ein )?externen? (?:inhalt|beitrag|video)|hier steht ein externer (?:inhalt|beitrag)" +
            @"|(?:to (?:view|see|watch|display) this (?:content|video|tweet|post|embed)|um (?:diesen|den|dieses|das) (?:inhalt|video|beitrag) (?:zu sehen|anzuzeigen|zu laden)|pour (?:voir|afficher) ce contenu|para ver este contenido|per visualizzare questo contenuto|om deze inhoud te (?:bekijken|zien)),? (?:please |bitte |veuillez |por favor )?(?:you (?:need|have) to |(?:müssen|musst) (?:sie|du) )?(?:accept|enable|allow|akzeptieren|aktivieren|erlauben|zustimmen|accepter|activer|aceptar|habilitar|accetta|accettare|accepteer)")),
        // a caption with its credit at its end, set as a paragraph under the picture: "Prédios na orla de Copacabana — Foto:
        // Fabiano Rocha / Agência O Globo" (the credit, capitalised and short, closes the line)
        (BoilerplateKind.Credit, Vocab(@"\s[—–-]\s*(?:fotos?|photos?|bild|imagem|imagen|image|foto ?credit)\s*:\s*(?:(?-i:\p{Lu})[\p{L}.'’-]+(?: (?:(?-i:\p{Lu})[\p{L}.'’-]*|de|da|do|dos|van|von|der|del|di|la|le))*(?:\s*/\s*[^.!?:/]{1,40})?|arquivo pessoal|divulgação|reprodução|archivo(?: personal)?|privat|handout)$")),
        // Newer anchored entries of their own: an alternative added to a long entry makes every line's call of it slower (a long
        // pattern's compiled method is less optimised), while an entry of its own runs only for lines its first letters open.
        // An ad slot's marker in more languages: "Continua a leggere dopo la pubblicità", "La suite après cette publicité"
        (BoilerplateKind.Ad, Vocab(@"^[\s\p{P}]*(?:continua a leggere dopo (?:la )?pubblicità|(?:weiterlesen|lesen sie weiter) nach (?:der|dieser) (?:anzeige|werbung)|(?:la )?suite (?:de l[’']article )?après (?:cette |la )?publicité|(?:el artículo|la noticia) (?:continúa|sigue) (?:después|tras) (?:de )?(?:la |este |el )?(?:publicidad|anuncio)|(?:continua|continue) (?:depois|após) (?:da )?publicidade|(?:lees|het artikel gaat) verder (?:na|onder) de advertentie)[\s\p{P}]*$")),
        // a tip line with how to reach the newsroom: "Have a tip or story idea? Email reporter …", "Got a tip, story idea or
        // something you think we should be investigating? Contact us at …" (the question, then the newsroom's address: "Have a
        // tip for parents…? The district says…" is the story's, "Call Crime Stoppers" or "Bel de politie" a police appeal)
        (BoilerplateKind.Newsletter, Vocab(@"^(?:tip de redactie:?\s+)?(?:(?:got|have|do you have) a (?:news )?tip|do you know more(?=\?)|har du (?:ett |et )?tips|heb je een tip|heb jij een tip|hebt u een tip|heb (?:jij|je) nieuws of een tip|weet (?:jij|je|u) (?:er )?meer(?=[^.!?]{0,80}\btips?\b|[^?]{0,100}\?[^?!]{0,80}\bredactie\b)|haben sie einen (?:tipp|hinweis)|hast du einen (?:tipp|hinweis))\b(?![^\n]*\b(?:polic|polizei|politie|polis|kripo|crime ?stoppers|sheriff|investigators|ermittler|meldpunt|tip ?line))[^.!?]{0,100}\?\s*(?:e-?mail|contact|call|send|write|reach|let us know|tell us|message|text|mejla|maila|ring|skicka|kontakta|mail|bel|stuur|mailen|neem (?:dan )?contact op|app|laat (?:het )?ons weten|schreiben sie|schreib|kontaktieren)\b[^?!]{0,60}(?:@|\b(?:us|uns|ons|oss|nous|reporter|newsroom|redaktion|redactie|redaktionen)\b)" +
            @"|^we welcome your (?:comments|feedback|letters|tips)\b[^.!?]{0,60}@[\w-]+\." +
            // the station's app prompt: "Get breaking news alerts in the free FOX LOCAL app for iOS or Android."
            @"|^get (?:breaking news|news|local news|the latest news) (?:alerts|updates|push notifications)\b[^.!?]{0,60}\b(?:in|with|on) (?:the|our) (?:free )?[\p{L}\d .'’-]{2,40}\bapp\b" +
            // "You can receive Breaking News alerts on a smartphone or tablet via the Sky News App."
            @"|^you can (?:now |also )?(?:receive|get) (?:breaking news|news|the latest news) (?:alerts|updates|push notifications) (?:on|to) (?:a|your) (?:smartphone|phone|mobile|device)\b[^.!?]{0,60}\bapp\b" +
            // the feedback widget's other lines ("Was this page helpful?" is matched above)
            @"|^thanks? (?:you )?for your feedback(?:!|\s*$)|^what is your feedback\?\s*(?:other|helpful|report|not helpful)")),
        // a CMS's stamp of the last change: "Última modificação em Quarta, 15 Junho 2016 08:47", "Zuletzt aktualisiert am 3. Mai 2019"
        (BoilerplateKind.Dateline, Vocab(@"^(?:última modificação|última modificación|última actualización|ultima modifica|dernière (?:modification|mise à jour)|last (?:modified|updated)|zuletzt (?:aktualisiert|geändert|bearbeitet)|laatst (?:gewijzigd|bijgewerkt))(?:\s*(?:em|en|il|le|on|am|op|:))?\s*(?:\p{L}+,?\s+)?\d[^.!?]{0,40}\b\d{4}\b[^.!?]{0,12}$")),
        // a reporting scheme's note: "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air."
        (BoilerplateKind.Meta, Vocab(@"^local democracy reporting is public interest journalism\b|^this (?:article|story|report) (?:was|is) (?:produced|written|supplied) (?:by|for|through|as part of) the local democracy reporting service\b" +
            // a recipe's nutrition disclaimer and a health site's review note: "Nutritional information is provided by Edamam and is
            // for informational purposes only.", "Fact checked by Daniel Cho"
            @"|^nutrition(?:al)? (?:information|info|facts) (?:is |are )?(?:provided|calculated|supplied) by\b[^.!?]{0,60}\bfor informational purposes only\b|^fact[- ]checked by (?-i:\p{Lu})[\p{L}.'’-]+(?: (?-i:\p{Lu})[\p{L}.'’-]+)+\W*$")),
        // a live blog's controls together, the auto-refresh switch and the sort order ("Automatisch aktualisieren Neueste zuerst")
        // (the toggle's label alone, "Mise à jour automatique", is IsUpdateToggle's)
        (BoilerplateKind.Navigation, Vocab(@"^[\s\p{P}\p{S}]*(?:auto-?(?:refresh|update)|automatisch aktualisieren|automatische aktualisierung|actualisation automatique|actualización automática|aggiornamento automatico|automatisch verversen)[\s\p{P}]+(?:(?:newest|latest|oldest) first|(?:neueste|älteste) zuerst|(?:les )?plus (?:récents|anciens) d[’']abord|(?:más|mais) (?:recientes|antiguos|recentes|antigos) primero|(?:più recenti|meno recenti) prima|nieuwste eerst|oudste eerst)[\s\p{P}\p{S}]*$")),
        // the sign-up sentence addressed to the reader: "Se vuoi restare aggiornato … iscriviti gratis alla newsletter di Corriere
        // Milano." (the reader's condition first: a spokesperson's "Meld je aan voor de nieuwsbrief van het project" is news)
        (BoilerplateKind.Newsletter, Vocab(@"^(?:se vuoi|si vous (?:voulez|souhaitez)|si quieres|si queréis|wenn (?:du|sie)|if you (?:want|would like|'d like)|als je)\b[^.!?]{0,120}\b(?:iscriviti|inscrivez-vous|abonnez-vous|suscr[ií]bete|abonniere|abonnieren sie|subscribe|sign up|meld je aan|schrijf je in)\b[^.!?]{0,40}\b(?:newsletter|boletín|nieuwsbrief)\b")),
        // With keywords (a pattern that may open with any letter would run on every line; these run on lines that hold
        // their words): a cross-link closing a shopping piece, "Want to keep your bedroom warm too? Read our guide to the
        // best hot water bottles", and a health site's sourcing note, "… uses only high-quality sources, including
        // peer-reviewed studies, to support the facts within our articles."
        (BoilerplateKind.Related, Vocab(@"^[^.!?]{3,80}\?\s+read our (?:full |complete )?(?:guide|review|round-?up|pick|list)s? (?:to|of|on|for)\b(?![^.!?]*\b(?:below|above)\b)[^.!?]{0,80}\W{0,2}$")),
        (BoilerplateKind.Meta, Vocab(@"^[\p{L}\d .'’&-]{2,40} uses only high-quality sources, including peer-reviewed studies\b")),
        // A breaking story's stock notice, as a line of its own: "This is a breaking news story. Check back for updates.", "This
        // story will be updated." (anchored at both ends: "Police said the story will be updated" is reported speech)
        (BoilerplateKind.Meta, Vocab(@"^(?:this is an? (?:breaking(?: news)?|developing)(?: news)? story\b[^.!?]{0,40}[.!]?\s*)?(?:(?:please )?check back (?:later |soon |here )?for (?:updates|more(?: details)?)|this (?:story|article|report) (?:will be|is being|may be) updated\b[^.!?]{0,40})\W*$" +
            @"|^this is an? (?:breaking(?: news)?|developing)(?: news)? story(?:\s*(?:and|that) (?:will|may) be updated)?\W*$" +
            // and a live page's note on itself, alone or after the notice ("This breaking news story is being updated and more
            // details will be published shortly. Please refresh the page for the fullest version.")
            @"|^(?:this (?:is a )?breaking news story\b[^.!?]{0,80}[.!]\s+)?please refresh (?:the|this) page (?:for|to see) the (?:fullest|full|latest|most up[- ]to[- ]date) version\b[\s\p{P}]*$")),
        // A reader-submission prompt closing the story: "Have something to say? Send a letter to the editor at …", "Have an
        // event you'd like us to consider? Email …" (a question to the reader, then where to send)
        (BoilerplateKind.Newsletter, Vocab(@"^do you have a (?:tip|news tip|story|story idea)\b[^?]{0,80}\?\s*(?:(?:do you have|have you got|got) [^?]{0,80}\?\s*)?(?:let us know|tell us|get in touch|email us|e-mail us|contact us|write to us|contact (?:our|the) (?:newsdesk|news desk|newsroom))\b" +
            @"|^have (?:something to say|an event|a (?:story|tip|news tip|story idea|question|comment|photo|letter))\b[^?]{0,60}\?\s*(?:let us know\b|(?:send|e-?mail|write|submit|tell|share|contact)\b[^.!?]{0,40}?\b(?:us|our|the (?:editor|editors|newsroom|news desk|desk)|[\w.+-]+@[\w-]+\.)|[\w.+-]+@[\w-]+\.\w+\W*$)" +
            // (a call for readers' pictures sent to the site's address: "Editor's Note: If you snap an amazing photo of the asteroid
            // and would like to share it with Space.com's readers, send your photo(s) … to spacephotos@space.com.")
            // (a photographer's wording, and sent by the reader: "If you have photos of flood damage, the county asks that you send
            // them to damage@…" is a story's)
            @"|^editor['’]s note:\s*if you (?:snap|snapped|take|took|capture|captured|shoot|shot|get|got)\b.{0,80}?\b(?:photos?|pictures?|images?|videos?)\b.{0,160}?\b(?:send|e-?mail|share|submit) (?:your|us|it|them)\b.{0,120}?\b(?:to|at) [\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$" +
            @"|^(?:do you )?have (?:any )?(?:photos?|pictures|videos?|footage)(?: or (?:photos?|pictures|videos?|footage))?\b[^?]{0,60}\?\s*(?:send|e-?mail|share|submit)\b[^.!?]{0,40}?\b(?:us\b|to [\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$)")),
        // A player's and a gallery's own lines, whole: "Video Loading", "Video Unavailable", "The video will start in 8",
        // "Photos 1 of 8", an embedded post's "View this post on Instagram"; and the label a chain prints between the parts of a story split by ads ("Article content")
        // (bare: a subheading quoting an error message, "“Video unavailable”", is a story's; headings are spared, see IsPlayerLine)
        (BoilerplateKind.Navigation, Vocab(@"^\s*(?:(?:video (?:loading|unavailable|not available|is loading)|(?:click|tap) to play)(?:\s+(?:video (?:loading|unavailable|not available|is loading)|(?:click|tap) to play)){0,5}[\s.…]*$|(?:photo |image )?gallery\W*$|watch the latest (?:videos?|clips) (?:from|on) (?:the )?[\p{L}\d .'’&-]{2,40}$|(?:the|your) video will (?:start|play|begin|resume) in \d+(?: ?(?:s|sec|secs|seconds?))?(?:\s+cancel)?|(?:the )?video will auto-?play (?:soon|in \d+(?: seconds?)?)\s*\d*(?:\s*cancel)?|video wordt geladen|deze video is niet beschikbaar|sieh dir diesen beitrag auf instagram an|dit bericht op instagram bekijken|(?:view (?:this|the) post|diesen beitrag|voir cette publication|ver esta publicación|visualizza questo post|bekijk dit bericht|ver esta publicação|ver essa foto) (?:on|auf|sur|en|su|op|no) (?:instagram|tiktok|facebook|threads)(?: ansehen)?|(?:photos?|images?|pictures?|slides?|fotos?|bilder?|imágenes|immagini) \d+ (?:of|von|de|di|van|/) \d+|article content)[\s.…]*$|^up next\W*$")),
        // A newsletter box's other lines: the legal line under its form ("By submitting your email, you agree to our Terms…",
        // "This site is protected by reCAPTCHA…") and the local edition's pitch ("Get more local stories in your inbox with Axios Denver.")
        // (the legal words too: "By submitting your email, you agree to far more than a newsletter, the researchers concluded" is a story's)
        (BoilerplateKind.Newsletter, Vocab(@"^by (?:submitting|entering|providing) your (?:e-?mail|email address|information|details)\b[^.!?]{0,40}\b(?:you agree|you consent|you accept)\b[^.!?]{0,60}\b(?:terms|privacy|policy|conditions)\b|^this site is protected by recaptcha\b" +
            @"|^by clicking (?:on )?(?:the )?(?:sign[- ]?up|subscribe)(?: button)?\b[^.!?]{0,20}\byou (?:consent|agree) to receive\b" +
            @"|^get (?:more |the )?(?:latest |top |best |local |daily )*(?:news|stories|headlines|updates)\b[^.!?]{0,40}\bin your inbox\b")),
        // Opinion pages' standing lines: "Do you have an opinion on the issues raised in this article? …" (The Guardian), "The
        // views expressed here are my own", "The Times is committed to publishing a diversity of letters …", "To contact the author
        // of this story: …" (Bloomberg), "Published in the print edition of the … issue" (The New Yorker), a think tank's funding note
        // (whole lines in the paper's voice: "“Do you have an opinion …?” The question, printed under …", "The views expressed are
        // his own, his lawyer argued …", "Published in the print edition of the Herald every day since 1931, …" are a story's)
        (BoilerplateKind.Meta, Vocab(@"^(?:•\s*)?(?:do you )?have an opinion on the issues raised in this article\?\s*(?:$|if you\b|e-?mail\b|send\b|write\b|submit\b)" +
            @"|^(?:the )?(?:views|opinions) expressed (?:here |in this (?:article|post|piece|column|blog|essay|commentary|op-ed) |by [\p{L}\d .'’&-]{1,40} )?(?:are|is) (?:(?:solely|entirely|strictly) )?(?:my|the author['’]?s?|the writer['’]?s|his|her|their|our) own\b(?!.*\b(?:said|says|argued|wrote|told|according to)\b)[^.!?,—–]{0,140}[.!]?\s*$" +
            @"|^the [\p{L}\d .'’&-]{2,40} is committed to publishing a diversity of letters to the editor\b|^to contact the (?:author|reporter|writer|editor)s?(?: responsible for| of| on)? this (?:story|article|column)\s*:" +
            @"|^published in the print edition of the [\p{L}\d ,.]{3,40}\bissue\b|^the (?-i:\p{Lu})[\p{L}\d .'’&-]{2,60} is financed through the support of a diverse array of\b(?!.*\b(?:said|says|argued|wrote|according to)\b)")),
        // The Guardian's writer line under a comment piece: "• Anna Thorne is a writer on technology and consumer rights" (the
        // bullet marks it: a story's sentence does not open with one; a list is rendered as a list)
        (BoilerplateKind.AuthorBio, Vocab(@"^[•▪]\s*(?-i:\p{Lu})[\p{L}'’.-]*(?:\s+(?-i:\p{Lu})[\p{L}'’.-]*){1,3}\s+(?:is|was) (?:a|an|the)\s(?=[^!?\n]{0,80}\b(?:writer|columnist|author|journalist|reporter|editor|contributor|critic|commentator|novelist|poet|historian|professor|lecturer|fellow|correspondent)s?\b)[^!?\n]{3,200}$")),
        // A call for readers' pictures, sent to the paper: "Heb je foto's of video's van het noodweer? Stuur ze naar ons …", "Got
        // photos of the flooding? Send them to us …" (to us or the newsroom: "… mail them to the museum at …" is a story's)
        (BoilerplateKind.Newsletter, Vocab(@"^if you have (?:any )?(?:photos?|videos?|pictures)(?: or (?:photos?|videos?|pictures))?\b[^.!?]{0,80},\s*(?:you can |please )?(?:share|send|submit|upload|e-?mail)\w*\b[^.!?]{0,20}?\b(?:us|with (?-i:\p{Lu})[\p{L}\d.'’&-]*(?: (?-i:\p{Lu})[\p{L}\d.'’&-]*){0,3})\b[^.!?]{0,40}[.!]?$|^¿?(?:heb je|heb jij|hebt u|haben sie|hast du|do you have|have you got|got|vous avez|tu as|avez-vous|tienes|tiene usted|hai|tem|você tem) (?:(?:nog |ook |any )?(?:foto'?s|video'?s|beelden|fotos|videos?|bilder|photos?|vidéos?|vídeos?|imágenes|immagini|imagens))\b[^?]{0,100}\?\s*" +
            @"(?:send|e-?mail|share|submit|upload|stuur|mail|deel|schicken sie|schick|senden sie|mailen sie|envoyez|envoie|partagez|env[ií]a|envíanos|mándanos|m[aá]ndalos|inviaci|inviale|inviacele|mandaci|mandacele|scrivici|envie)\w*\b[^.!?]{0,60}?\b(?:us|uns|ons|nous|noi|nos|our|unsere?n?|onze|notre|nuestra|nostra|nossa|newsroom|redactie|redaktion|rédaction|redacción|redazione|redação)\b")),
        // the site's own offers around the story: a registration wall's title ("Register now for FREE unlimited access to
        // Reuters.com"), a sign-up line ("Get a round-up of the day's top stories in your inbox"), a subscription pitch ("Your
        // subscription helps us to continue to bring quality news …"), a station's pointer ("For the latest news, weather,
        // sports, and streaming video, head to WGN-TV.")
        (BoilerplateKind.Newsletter, Vocab(@"^register (?:now )?(?:for free,? )?(?:for )?(?:free,? )?(?:unlimited )?access to (?:the )?(?:[\w-]+\.)+[a-z]{2,}\W*$|^register (?:now )?(?:for free,? )?to (?:continue|keep) reading\b[^!?]{0,40}$" +
            @"|^get (?:a |the )?(?:round-?up of |digest of )?(?:the day['’]s |today['’]s |our |the )?(?:top |latest |biggest |best |most important )?(?:stories|news|headlines)\b[^.!?]{0,40}\b(?:in|into|to) your inbox\W*$" +
            @"|^your subscription (?:helps|supports|makes|keeps|funds) (?:us|our|local|independent|quality)\b[^!?]{0,150}\b(?:journalism|news|reporting|newsroom|stories|coverage)\b" +
            @"|^for the latest (?:[\p{L}\d.'’ -]{1,30} )?news,? weather\b[^.!?]{0,60}\b(?:head to|visit|go to|download)\s+(?:the )?(?-i:\p{Lu})[\p{L}\d.'’&-]*(?:[ -][\p{L}\d.'’&-]+){0,3}\W*$")),
        // a French paper's signature with the agency ("Le Monde avec AFP")
        (BoilerplateKind.Credit, Vocab(@"^(?-i:\p{Lu})[\p{L}\d.'’&-]*(?: (?:(?-i:\p{Lu})[\p{L}\d.'’&-]*|du|de|des|la|le|d['’][\p{L}]+)){0,4} avec (?:l['’])?(?:afp|ap|reuters|ansa|efe|dpa|belga)(?: et (?:l['’])?(?:afp|ap|reuters|ansa|efe|dpa|belga))?\W*$")),
        // a reaction widget's prompt with its moods ("What do you think about this story? Happy Sad Excited Angry Neutral") and a
        // betting box's legal line ("Gambling Problem? Call 1-800-GAMBLER. 21+. Odds subject to change.", "18+ | T&Cs apply | BeGambleAware")
        (BoilerplateKind.Ad, Vocab(@"^(?:what do you think (?:about|of) this (?:story|article|news)\??|how (?:do you feel|does this (?:story|article) make you feel)\??)\s*(?:(?:happy|sad|excited|angry|neutral|love|wow|surprised|inspired|amused|annoyed|informed|afraid|shocked|funny)\s*){2,}$" +
            @"|\bgambling problem\?|\b1-800-gambler\b|\bbegambleaware\b|\bgamble responsibly\b|\bplease gamble responsibly\b|^(?:18|21)\+\s*(?:\||only\b|t&cs)")),
    ];

    private static readonly Regex BylinePattern = new(
        @"^[\s\p{Pd}*•]*(?:(?i:by|von|par|por|di|door|from|written by:?|geschrieben von|text(?: und fotos?)?:|autor(?:in)?:|author:|auteur\s*:|redactor:|redacción:|a cura di)\s+(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|van|von|de|der|den|da|di|del|la|le|y|und|and|&|e|et)){0,6})(?:\s+(?i:for|für|pour|para|per|voor)\s+\p{Lu}.{1,50}|\s*[,|/•·–—-]\s*.{0,60}|\s+(?i:on|am|le|el|il|em|op)\s+(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:,?\s+(?i:at\s+)?\d{1,2}[:.]\d{2}\s*(?:(?i:[ap]\.?m\.?))?)?(?:\s+[^.!?]{0,40})?)?" +
            // openers that also start sentences ("Ein Artikel von X, der …", "An article by X, published in …"): only
            // a date or a bar may follow the name
            // a name over its role, without "By": "Peter Brandt Contact Reporter The Harbor Courant" (Tribune), "Jane Doe Staff Writer", "Lea Ernst Redaktorin News"
            @"|(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})\s+(?:Contact Reporter|Staff Writer|Staff Reporter|Staff Correspondent|Redaktor(?:in)?|Redakteur(?:in)?|Reporter(?:in)?|Korrespondent(?:in)?|Journaliste|Rédacteur|Rédactrice|Correspondant(?:e)?)(?:\s+(?:\p{Lu}[\p{L}.'’&\-]*|of|the)){0,5}" +
            @"|(?i:ein (?:artikel|beitrag) von|(?:an )?article by|un article de|un artículo de)\s+(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|van|von|de|der|den|da|di|del|la|le|y|und|and|&|e|et)){0,6})(?:\s*[|•·–—]\s*[\d\s.:/-]{4,30})?)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SocialWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "xing", "e-mail", "email", "mail", "flipboard", "tumblr",
        "pocket", "messenger", "instagram", "youtube", "threads", "mastodon", "bluesky", "print", "drucken", "imprimer", "imprimir", "teilen", "share",
        "tweet", "partager", "compartir", "condividi", "delen", "copy", "kopieren", "link", "url", "sms", "vk", "weibo", "wechat", "rss", "feed", "google", "tiktok",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A heading or short block that opens a boilerplate section (comments, related, newsletter, share, author bio).</summary>
    public static string? MatchSectionHeading(string text)
    {
        if (text.Length == 0 || text.Length > 90) return null;
        if (!IsSectionHeading(text)) return null;
        var t = text.ToLowerInvariant();
        if (t.Contains("comment") || t.Contains("kommentar") || t.Contains("coment") || t.Contains("reply") || t.Contains("repl") || t.Contains("reac") || t.Contains("antwort") || t.Contains("réponse") || t.Contains("risposta") || t.Contains("discussi") || t.Contains("réagir") || t.Contains("respuesta") || t.Contains("resposta") || t.Contains("response") || t.Contains("forum") || t.Contains("posting") || t.Contains("talkback")) return BoilerplateKind.Comments;
        if (t.Contains("newsletter") || t.Contains("subscri") || t.Contains("sign up") || t.Contains("abonn") || t.Contains("suscr") || t.Contains("iscriviti") || t.Contains("nieuwsbrief") || t.Contains("laufenden") || t.Contains("informiert") || t.Contains("inscrivez") || t.Contains("assine")) return BoilerplateKind.Newsletter;
        if (t.Contains("autor") || t.Contains("author") || t.Contains("auteur") || t.Contains("zur person")) return BoilerplateKind.AuthorBio;
        if (t.Contains("share") || t.Contains("teilen") || t.Contains("partag") || t.Contains("compart") || t.Contains("condivid") || t.Contains("delen") || t.Contains("deel ") || t.Contains("follow") || t.Contains("folg") || t.Contains("suivez") || t.Contains("síguenos") || t.Contains("siga-nos") || t.Contains("seguici") || t.Contains("volg ons") || t.Contains("partilhar")) return BoilerplateKind.Share;
        return BoilerplateKind.Related;
    }

    // Headings that open a related box only when links follow ("Más información" over story cards); over text they are
    // the article's own subheadings ("Before you go" in a travel piece, "Más información" over practical details).
    private static readonly Regex WeakSectionHeading = Vocab(
        @"^[\s\p{P}\p{S}\d]*(?:before you (?:go|leave|continue|scroll on)|más información|mais informações|maggiori informazioni|more information|plus d'informations|meer informatie" +
        // (sources and further reading: over a list of links; over prose they are the article's own sections)
        @"|sources|quellen|fuentes|fontes|fonti|bronnen|further reading(?: on [\p{L}\d'’ .-]{1,30})?|additional resources)[\s:.!?…»›>→/|\p{Pd}]*$");

    /// <summary>A heading that is only a count of readers' comments or reviews: "Reviews (38)", "12 Kommentare", "Avis (3)".</summary>
    public static bool IsCountedCommentsHeading(string text) => text.Length <= 40 && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && CountedComments.IsMatch(text);

    private static readonly Regex CountedComments = Vocab(@"^\W*(?:(?:reviews?|ratings?|bewertungen|rezensionen|avis|reseñas|opiniones|recensioni|avaliações|comments?|kommentare|commentaires|comentarios|comentários|commenti|reacties|reactions|comentarii|komentarze|komentáře|hozzászólások|коментарі|комментарии)\s*[(\[]?\s*\d[\d.,]*\s*[)\]]?|\d[\d.,]*\s+(?:reviews?|ratings?|bewertungen|rezensionen|avis|reseñas|opiniones|recensioni|avaliações|comments?|kommentare|commentaires|comentarios|comentários|commenti|reacties|reactions))\W*$");

    /// <summary>A heading that opens a related box when what follows it is links.</summary>
    public static bool IsWeakSectionHeading(string text)
    {
        if (text.Length > 40) return false;
        // (the phrases start with a, b, m, p, s, q, f: most headings are spared the regex call)
        foreach (var c in text)
            if (char.IsLetter(c)) return char.ToLowerInvariant(c) is 'a' or 'b' or 'm' or 'p' or 's' or 'q' or 'f' && WeakSectionHeading.IsMatch(text);
        return false;
    }

    private static readonly Regex PlayerLine = Lines.First(l => l.Pattern.ToString().StartsWith(@"^\s*(?:(?:video (?:loading", StringComparison.Ordinal)).Pattern;

    /// <summary>A player's or a gallery's own line ("Video Loading", "Photos 1 of 8", "Article content"): as a heading it is a
    /// section's name (a standards page's "Article content", a help page's "Video unavailable").</summary>
    public static bool IsPlayerLine(string text) => text.Length <= 60 && PlayerLine.IsMatch(text);

    /// <summary>A short line or block that is boilerplate wherever it stands; returns its kind.</summary>
    public static string? MatchLine(string text)
    {
        if (text.Length == 0 || text.Length > MaxNoticeLength) return null;
        // The same lines come back: the pruner asks about a block, the paragraph cleanup about the same text, and a site
        // prints its labels on every page ("Advertisement", "Share this article"). The answer depends on the text alone.
        return (t_lineMemo ??= new(1024)).Get(text, MatchLineUncached);
    }

    [ThreadStatic] private static BoundedMemo<string?>? t_lineMemo;

    private static string? MatchLineUncached(string text)
    {
        bool phrase = text.Length <= MaxPhraseLength;
        ulong found = LineKeywordLists.Find(text);
        var first = phrase ? FirstLetterBit(text) : 0;
        var (letter, after) = phrase ? FirstPair(text) : (-1, -1);
        for (int i = 0; i < Lines.Length; i++)
        {
            var (kind, pattern) = Lines[i];
            // the unanchored patterns only run when one of their keywords is present
            if (LineKeywords[i] is not null) { if ((found & (1UL << i)) == 0) continue; }
            else if (!phrase) continue; // phrase patterns only on short lines; notices (with keywords) up to MaxNoticeLength
            else if (LineFirstLetters[i] != UInt128.MaxValue)
            {
                // the anchored ones only when the line's first letter, and the character after it, can open them
                if ((LineFirstLetters[i] & first) == 0) continue;
                if (letter >= 0 && (LineFirstPairs[i]![letter] & (1u << after)) == 0) continue;
            }
            if (!Gate(Lines[i].Pattern, kind, text)) continue;
            foreach (var part in LineParts[i])
                if (part.IsMatch(text)) return kind;
        }
        if (phrase && IsShareBar(text)) return BoilerplateKind.Share;
        return null;
    }

    /// <summary>
    /// The page's invitation to report a mistake, as a whole line ("Fehler gefunden? Jetzt melden.", "Spotted an error? Let us
    /// know."). Not as a heading: a corrections column's or a feature's section may be headed so.
    /// </summary>
    public static bool IsReportErrorLine(string text) => text.Length <= 120 && text.AsSpan().IndexOfAny(ErrorWords) >= 0 && ReportError.IsMatch(text);

    private static readonly System.Buffers.SearchValues<string> ErrorWords = System.Buffers.SearchValues.Create(
        ["error", "mistake", "typo", "wrong", "correction", "fehler", "fout", "erreur", "faute", "coquille", "errore", "erro", "ctrl"], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex ReportError = Vocab(@"^[\s\p{P}]*(?:(?:found|spotted|spot|see|notice)(?: an?)? (?:error|mistake|typo)(?: in this (?:article|story))?\??\s*(?:report it(?: here| to us)?|(?:please )?let us know|tell us|contact us|e-?mail us)?|did we get something wrong\??\s*(?:(?:please )?let us know|tell us|e-?mail us)?|haben sie einen fehler (?:gefunden|entdeckt)\??\s*(?:melden sie (?:ihn|es) uns)?" +
            @"|report (?:an? )?(?:error|mistake|typo|correction)|fehler (?:gefunden|entdeckt)\??\s*(?:jetzt melden|hier melden|melden sie (?:ihn|es|ihn uns|es uns)|schreiben sie uns)?|fehler melden" +
            @"|(?:taal)?fout gezien\??(?:\s*(?:mail|meld|laat)\b[^.!?]{0,30})?|signaler une (?:erreur|faute|coquille)|(?:vous avez )?(?:repéré|vu) une (?:erreur|faute|coquille)\s*\??(?:\s*signalez-la\b[^.!?]{0,20})?" +
            @"|reportar? un error|¿?(?:has visto|viste|encontraste) un error\??(?:\s*(?:avísanos|escríbenos|repórtalo)\b[^.!?]{0,20})?|segnala(?:ci)? un errore|reportar (?:um )?erro|(?:viu|encontrou) um erro\??(?:\s*(?:avise|reporte|fale)\b[^.!?]{0,20})?)[\s.!?…»›>→]*$" +
            // the select-and-press notice, in any language ("Якщо Ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter")
            // (with an error word: "In Outlook, Ctrl+Enter sends the email" is a how-to's)
            @"|^(?=.{0,200}?(?:error|mistake|typo|помилк|ошибк|greșeal|greşeal|greseal|błąd|błęd|chyb|hib[aá]|fehler|erreur|errore|erro|fout|λάθος|hata|virhe|\bfel\b))[^.!]{0,150}\bctrl\s*\+\s*enter\b[^.!?]{0,60}[.!]?\s*$");

    /// <summary>A press release's label over its text ("FOR IMMEDIATE RELEASE", perhaps with the date; not as a heading: a
    /// novel may be called so).</summary>
    public static bool IsReleaseLabel(string text) => text.Length <= 80 && text.AsSpan().IndexOfAny(ReleaseWords) >= 0 && ReleaseLabel.IsMatch(text);

    // (through KeywordSearch: "immédiate" is looked for by its ASCII part, which keeps the search fast)
    private static readonly System.Buffers.SearchValues<string> ReleaseWords = KeywordSearch.Create(["release", "immédiate", "inmediata", "sofortigen"]);

    private static readonly Regex ReleaseLabel = Vocab(@"^[\s\p{P}]*(?:(?:news|press|media) release\s*[–—:-]\s*)?(?:for immediate release|immediate release|pour (?:diffusion|publication) immédiate|para (?:su )?(?:publicación|divulgación|difusión) inmediata|zur sofortigen (?:veröffentlichung|freigabe))\b[\s:–—-]*(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9} \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?\W*$");

    /// <summary>
    /// A prompt to comment closing the story, in the site's voice, alone or after questions to the reader ("What do you make
    /// of the order? Let us know what you think in the comments!"). In the trailing run only, and not a list item: a list of
    /// the prompts that drew the most comments is a story's; a paragraph of the story that ends with one keeps it.
    /// </summary>
    public static bool IsCommentPrompt(string text) => text.Length <= MaxNoticeLength && text.AsSpan().IndexOfAny(CommentWords) >= 0 && CommentPrompt.IsMatch(text);

    private static readonly System.Buffers.SearchValues<string> CommentWords = System.Buffers.SearchValues.Create(
        ["comment", "kommentar", "comentario", "reacties"], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex CommentPrompt = Vocab(@"^(?:[^.!?]{0,150}\?\s+){0,2}(?:let us know|tell us|share your (?:thoughts|views|opinions?)|sound off|weigh in|drop (?:it|them|yours|a (?:comment|line|note))|leave (?:it|them|a comment|your thoughts)|have your say)\b[^.!?]{0,60}\bin the comments?(?: section)?(?: (?:down )?below)?\s*[.!]?\s*$" +
            @"|^(?:[^.!?]{0,150}\?\s+){0,2}(?:schreiben sie (?:es )?uns|schreibt (?:es )?uns|schreib (?:es )?uns|diskutieren sie mit)\b[^.!?]{0,40}\bin (?:die|den) kommentar(?:e|en)\b[^.!?]{0,20}[.!]?\s*$" +
            @"|^(?:[^.!?]{0,150}\?\s+){0,2}dites-(?:le[- ])?nous\b[^.!?]{0,40}\ben commentaires?\s*[.!]?\s*$|^(?:[^.!?]{0,150}\?\s+){0,2}(?:déjanos|cuéntanos|dinos)\b[^.!?]{0,40}\ben (?:los )?comentarios\s*[.!]?\s*$" +
            @"|^(?:[^.!?]{0,150}\?\s+){0,2}(?:diccelo|ditecelo|fatecelo sapere|fatecelo|scrivetelo|scrivetecelo)\b[^.!?]{0,40}\bnei commenti\s*[.!]?\s*$|^(?:[^.!?]{0,150}\?\s+){0,2}laat (?:het )?(?:ons )?(?:weten|horen)\b[^.!?]{0,40}\bin de (?:reacties|comments)\s*[.!]?\s*$");

    /// <summary>
    /// A paper's note on where the story ran, closing it: "Published in Dawn, May 12th, 2025" (in the trailing run only: a fact
    /// box's "First published in Paris, 2 February 1922" is the text's).
    /// </summary>
    public static bool IsPublishedInLine(string text) => text.Length <= 100 && text.Contains("ed in ", StringComparison.OrdinalIgnoreCase) && PublishedIn.IsMatch(text);

    private static readonly Regex PublishedIn = Vocab(@"^(?:(?:first |originally )?published|printed) in (?:the )?(?-i:\p{Lu})[\p{L}\d .'’&-]{1,40}, (?:on )?(?:\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)?\.? \p{L}{3,9}\.?,? \d{4})\W{0,2}$");

    /// <summary>
    /// A line that closes a story as the paper's own (in the trailing run only: inside the story it is quoted or told): the
    /// reporter's line with an address ("Rachel Thibodeaux covers energy for the Houston Chronicle. Reach her at r.t@chron.com."),
    /// the paper's event ("Join us at the … Summit May 19–20 in Atlanta. … Register now.").
    /// </summary>
    public static bool IsClosingPromo(string text) => text.Length <= MaxNoticeLength && (text.StartsWith("join us ", StringComparison.OrdinalIgnoreCase) || text.AsSpan().IndexOfAny(ClosingPromoWords) >= 0) && ClosingPromo.IsMatch(text);

    private static readonly System.Buffers.SearchValues<string> ClosingPromoWords = System.Buffers.SearchValues.Create([" at ", "@", "becoming a", "for more ", "journalism by", "more of our", "more from our", "issue of", " grant", "app"], StringComparison.OrdinalIgnoreCase);

    // (after a dash too: "— Jenna Morales covers courts and criminal justice. Reach her at …")
    private static readonly Regex ClosingPromo = Vocab(
        // the reporter's address under the name, then the bio ("Nina Castellanos: nc@seattletimes.com; Nina Castellanos is a … staff reporter …")
        @"^(?-i:\p{Lu})[\p{L}.'’ -]{2,40}: [\w.+-]+@[\w-]+\.[\w.]+\s*;\s*(?-i:\p{Lu})[\p{L}.'’ -]{2,40} is an? [^.!?]{0,60}\b(?:reporter|writer|correspondent|editor|columnist)\b|" +
        @"^(?:[—–-]\s*)?(?-i:\p{Lu})[\p{L}\d.'’ -]{2,40} (?:covers|writes about|reports on)\b[^.!?]{3,120}[.!]\s*(?:(?:reach|contact|e-?mail) (?:her|him|them)|share your (?:story )?(?:ideas?|tips?|stories)(?: with (?-i:\p{Lu})[\p{L}'’.-]+)?) (?:(?:at|on|via) (?:[\w.+-]+@[\w-]+\.|@\w|\(?\d{3})|on (?:x|twitter|bluesky|threads|instagram) (?:at )?@\w)" +
        @"|^join us (?:at|for) .{5,250}\bregister (?:now|here|today)\W*$" +
            // the site's pitch for membership ("The Daily Wire is one of America's fastest-growing … Get inside access to The Daily
            // Wire by becoming a member.")
            @"|\b(?:get|gain|enjoy) (?:inside |full |unlimited |exclusive |ad-free )*access\b[^.!?]{0,60} by becoming a (?:member|subscriber|supporter|patron)(?: today| now)?\W*$" +
            // a pointer to the site's own page on the subject ("For more on what to expect from the next MacBook Air, be sure to
            // check out our dedicated roundup.")
            // the reporter's address with the beat before the name ("Reach business reporter Sam Whitaker at sw@… or 502-582-4110.")
            @"|^(?:reach|contact|e-?mail) (?:[\p{L}-]+ ){0,3}?(?:reporter|writer|columnist|editor|correspondent) (?-i:\p{Lu})[\p{L}'’.-]+(?: (?-i:\p{Lu})[\p{L}'’.-]+){1,3} (?:at|via|on) (?:[\w.+-]+@|\(?\d{3})" +
            // a subscription pitch closing the story ("Support strong local journalism by subscribing today: …/subscribe.")
            @"|^support (?:[\p{L}-]+ ){0,3}journalism by (?:subscribing|becoming a (?:subscriber|member|supporter)|donating)\b" +
            @"|^for more (?:on|about|information on|details on)\b[^.!?]{0,100}?,? (?:be sure to |make sure to |please )?(?:check out|see|read|visit|head (?:over )?to) our\b[^.!?]{0,60}\b(?:roundup|round-up|guide|coverage|explainer|hub|page|article|story|live ?blog)\W*$" +
            // the magazine's own offer ("The latest issue of Radio Times magazine is on sale now – subscribe now and get each issue …")
            @"|^the (?:latest|new|current) issue of (?:the )?(?-i:\p{Lu})[^.!?]{1,50}\b(?:is|are) (?:on sale|out|available) now\b[^.!?]{0,10}?(?:[–—-]|[.!])\s*(?:subscribe|buy|order|get (?:it|your copy))\b" +
            // the site's app closing the story, named last ("Recevez les alertes météo de votre commune : téléchargez l'application
            // L'Est Républicain.", "DESCARGA LA APP EL TIEMPO"; a step "Téléchargez l'application France Identité sur l'App Store"
            // and advice "download de app Burgernet" between the paragraphs are the story's)
            @"|(?:^|[:.!?]\s*)(?:t[ée]l[ée]chargez|descarga|descargue|scarica|baixe|descarregue|laden sie|lade dir|download) (?:gratuitement |gratis |kostenlos )?(?:l['’]application|la app(?:licación)?|l['’]app|o app|a app|die app|unsere app|de app|onze app|notre application|nuestra app|the app|our app) (?-i:\p{Lu})[\p{L}'’.-]*(?: (?-i:\p{Lu})[\p{L}'’.-]*){0,3}\W*$" +
            // a funding line naming the coverage first, its funder closing the sentence ("Environmental coverage on azcentral.com and
            // in The Arizona Republic is supported by a grant from the Nina Mason Pulliam Charitable Trust."; "… reporting at the
            // Courier was funded by a grant from the … Foundation for three years, until …" is the story's)
            @"|^(?:[\p{L}-]+ ){1,2}(?:coverage|reporting|journalism) (?:on|in|at|of|for) [^!?]{2,100}? (?:is|are) (?:supported|funded|made possible|underwritten) (?:in part )?by (?:a )?grants? from (?:the )?[\p{L}\d .'’&-]{2,80}\.(?:\s+(?:follow|read|support|learn|find)\b[^!?]{0,200})?$" +
            // a pointer to the site's section ("Check out more of our Drama coverage or visit our TV Guide to see what's on tonight.")
            @"|^(?![^""“”„«»]*[""“”„«»])(?!.*\b(?:says|said|told)\b)(?:.*?[.!?]\s+)?(?:check out|explore|browse|see|read|find) more (?:of|from) our\b[^.!?]{0,60}\b(?:coverage|hub|section|guides?|reviews|news|features|articles|stories)\b");

    /// <summary>A UK paper's note on its press regulator closing the page ("This website and associated newspapers adhere to the
    /// Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint …"; in the trailing run only).</summary>
    public static bool IsRegulatorNotice(string text) => text.Length <= 600 && text.Contains("Code of Practice", StringComparison.OrdinalIgnoreCase) && RegulatorNotice.IsMatch(text);

    private static readonly Regex RegulatorNotice = Vocab(@"^(?:this (?:website|site|newspaper|title)|(?:the )?(?-i:\p{Lu})[\p{L}\d.'’& -]{1,40}) (?:and (?:its |our )?(?:associated|sister) (?:newspapers|titles|websites) )?(?:adheres?|subscribes?|is committed) to the (?:independent press standards organisation|ipso)['’]?s? editors['’] code of practice\b\.?\s*(?:$|if you (?:have|wish|want)\b|(?:any )?complaints?\b|to (?:make|submit) a complaint\b)");

    /// <summary>A broadcaster's programme line under its label ("NDR 1 Niedersachsen | Regional Osnabrück | 07.09.2022 |
    /// 16:30 Uhr"): its own cheap test, as a German page has many lines with "Uhr" that the keyword entries need not see.</summary>
    public static bool IsProgrammeLine(string text) =>
        text.Length <= 160 && text.EndsWith("Uhr", StringComparison.OrdinalIgnoreCase) && text.Contains('|') && ProgrammeLine.IsMatch(text);

    private static readonly Regex ProgrammeLine = Vocab(@"^[^|]{2,60}(?:\|[^|]{1,60}){0,4}\|\s*\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|\p{L}+ \d{4})\s*\|\s*\d{1,2}:\d{2} uhr$");

    /// <summary>A live page's toggle ("Mise à jour automatique", "Auto-refresh on"): a label beside its button (as a heading,
    /// it is a subheading of a story about updates).</summary>
    public static bool IsUpdateToggle(string text) => text.Length <= 40 && UpdateToggle.IsMatch(text);

    private static readonly Regex UpdateToggle = Vocab(@"^[\s\p{P}\p{S}]*(?:mise à jour automatique|actualisation automatique|automatische aktualisierung|aggiornamento automatico|actualización automática|automatisch verversen|auto-?(?:refresh|update)(?:s)? (?:on|off))[\s\p{P}\p{S}]*$");

    /// <summary>The publisher's description of itself closing the story ("KHN (Kaiser Health News) is a national newsroom that
    /// produces in-depth journalism about health issues. …"; in the trailing run only).</summary>
    public static bool IsPublisherBlurb(string text) => text.Length <= 700 && text.Contains(" is a", StringComparison.Ordinal) && PublisherBlurb.IsMatch(text);

    // (what it does in the present: "Nordvik Press is a cooperative news agency that was founded in 1924" is a story's)
    private static readonly Regex PublisherBlurb = Vocab(@"^(?-i:\p{Lu})[^.!?]{1,60}? is an? (?:[\p{L}-]+,? ){0,4}(?:newsroom|news organi[sz]ation|media organi[sz]ation|news service|news site|news outlet)(?: that| which|,)? (?:produces|covers|covering|provides|providing|reports|reporting|delivers|publishes|dedicated to|focused on)\b");

    /// <summary>The reporter's sign-off with an address, closing the text: "Lee Jung-joo (jjlee@heraldcorp.com)" (a name of two to four
    /// capitalised words; in the trailing run only: a list of offices with their addresses is a service story's).</summary>
    public static bool IsSignOffWithAddress(string text) => text.Length <= 100 && text.EndsWith(')') && text.Contains('@') && SignOff.IsMatch(text);

    private static readonly Regex SignOff = new(@"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} \(\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A shop box's price line: "$250 at Amazon", "Amazon $184.99 View" (a whole line: "prices rose to $250 at Walmart" is news).</summary>
    public static bool IsPriceLine(string text) => text.Length <= 60 && text.AsSpan().IndexOfAny("$£€") >= 0 && PriceLine.IsMatch(text);

    private static readonly Regex PriceLine = Vocab(@"^[$£€]\s?\d[\d,.]*\s+at\s+\S[^.!?]{0,30}$|^\S[^.!?$£€]{0,30}\s[$£€]\s?\d[\d,.]*\s+(?:view|buy|shop|see)(?: deal| it| now)?$");

    /// <summary>The reporter's place under the byline: "Reporting from Milwaukee", "Reporting from Kyiv, Ukraine" (not a sentence).</summary>
    public static bool IsReportingFrom(string text) => text.Length <= 50 && text.StartsWith("reporting from ", StringComparison.OrdinalIgnoreCase) && ReportingFrom.IsMatch(text);

    private static readonly Regex ReportingFrom = new(@"^(?i:reporting from) \p{Lu}[\p{L}'’-]+(?:,? \p{Lu}[\p{L}'’-]+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A reporter's contact line closing a story: "Contact Renata Solberg at (309) 555-0148.", "Reach Joel Harkin at …"
    /// (in the trailing run only).</summary>
    public static bool IsContactLine(string text) => text.Length <= 200 && (text.StartsWith("contact ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("reach ", StringComparison.OrdinalIgnoreCase) ||
        (text.Contains("? Contact ", StringComparison.Ordinal) || text.Contains("? Reach ", StringComparison.Ordinal))) && ContactLine.IsMatch(text); // ("Have a transportation question? Contact …")

    // (also Gannett's "Reach Joel Harkin at jharkin@tennessean.com or 615-259-8000 and on Twitter @joelharkin.")
    private static readonly Regex ContactLine = new(@"^(?:[^?.!]{3,80}\?\s+)?(?i:contact|reach) (?:(?i:reporter|staff writer) )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} (?i:at) (?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|[\w.+-]+@[\w-]+\.)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Lines of the comment-form notice kind can be longer than a phrase ("Your email address ... marked *").</summary>
    public static bool IsCommentFormText(string text) => text.Length <= 300 && LineKeywordLists.Contains(text, 0) && Lines[0].Pattern.IsMatch(text);

    // Keywords one of which every match of the unanchored Lines patterns contains (null: anchored, no prefilter).
    private static readonly string[]?[] LineKeywords =
    [
        ["mail", "correo", "akismet", "feld", "field", "champ", "campo", "campi", "veld", "logged", "angemeldet", "reply", "antwort", "réponse", "notify", "benachrichtig", "save my", "meinen namen", "erste", "first", "kommentar", "comment", "discussion"],
        null, null,
        null, // navigation (anchored)
        null, // copyright lines (anchored)
        ["reserv", "rechte", "ist teil des", "ist teil eines", "ist teil von", "ist ein angebot", "respective", "droits", "derechos", "direitos", "diritti", "rechten", "may not be", "copyrighted", "reprint", "written", "übernommen", "syndicated", "nachdruck", "vervielfältigung", "reproduc", "riproduzione", "republish", "originally", "first published", "licensing", "syndication", "appeared", "in print", "the print", "print edition"],
        null, null, null,
        null, // the note that software helped write the story (anchored)
        null, // meta lines that open with a bracket or a digit (anchored, gated)
        null, // credits: anchored at either end, only on short lines
        // agency credits (right to left, short lines only: see Gate)
        ["getty", "istock", "shutterstock", "adobe", "unsplash", "pixabay", "imago", "picture", "dpa", "afp", "reuters", "ap photo", "epa", "keystone", "action press", "bestimage", "clipdealer", "fotolia", "depositphotos", "123rf"],
        ["affiliate", "qualifying purchases", "amazon-partner", "afiliado", "werbung", "contains", "advertisers", "may ", "commission", "compensation", "buy something", "provision", "partnerlink", "sponsor", "zusammenarbeit", "kooperation", "partnership", "publicidad", "patrocinado"],
        null, // read-also lines (anchored)
        ["subscri", "sign up", "signing up", "signed up", "recíbel", "recibel", "inbox", "download", "follow", "miembro", "member", "patron", "journalis", "abonn", "full story", "suscr", "assine", "unterstütz", "periodismo", "youtube", "besuchen sie", "kennt ihr", "subskrypcj",
         "newsletter", "nieuwsbrief", "boletín", "brauchen wir", "benötigen wir", "need your support", "need your help", "necesitamos tu", "besoin de", "telegram", "whatsapp",
         "bereits ein", "ya eres", "réservée aux", "recaptcha", "sign up here", "lees verder met"],
        null, // calls to action (anchored)
        ["disclaimer", "our standards", "trust ", "amplification", "please report", "in partnership with", "be republished", "supported in part", "is supported by", "was supported by", "funded by", "made possible by", "underwritten by", "supported through", "accuracy and availability", "no position", "disclosure policy", "does not provide", "advice", "medically reviewed", "editorial process", "information:", "provided by", "citation:", "redaktionell", "gewähr", "meinung", "reflect", "opinions", "community", "responsible"],
        ["cookie"],
        ["follow", "folg", "while you", "consider supporting", "seguir", "sigue a"],
        ["onze podcast", "unseren podcast", "notre podcast", "nuestro podcast", "nosso podcast", "nostro podcast", "our podcast", "contribution counts", "donation counts", "gift counts", "newsletter informiert", "newsletter hält", "newsletter bringt", "newsletter liefert", "newsletter versorgt", "favour to ask", "favor to ask", "letters to the editor", "more reliant on your support", "please consider", "support us", "hear from you", ": get", ": download", ": sign up", ": subscribe", ": watch", ": stream", "stay up to date", "stay in the know", "stay informed", "reach out to", "contact", "mail", "write to", "unterstützen sie uns", "unterstütze uns", "soutenez-nous", "apóyanos", "steun ons", "apoie-nos", "you support", "you help support", "feedback", "anregungen", "journalism with", "journalism by", "' journalism", "’ journalism", "'s journalism", "’s journalism", "sostien", "google news", "wiadomościach google", "google nachrichten", "google actualit", "google noticias", "google notizie", "whatsapp", "telegram", "abbonati", "request to ask", "first month", "we accept credit", "ve read", "can be reached at", "may be reached at", "contact this reporter", "free for", "on whatsapp", "on telegram", "on facebook", "on instagram", "on twitter", "on tiktok", "on youtube", "listen to our", "get in touch", "stories like this", "was this", "did you find this", "as little as", "already contributed", "already a member", "already a supporter", "already a subscriber", "we pay for", "have a story", "got a story", "have a news tip", "got a news tip", "no seu whatsapp", "no teu whatsapp", "en tu whatsapp", "sul tuo whatsapp", "on your whatsapp", "no seu telegram", "en tu telegram", "on your telegram", "tax-deductible", "click here to support", "click here to donate", "like you", "nonprofit", "non-profit", "not-for-profit", "podcast"],
        ["inhalt", "content", "contenu", "contenido", "conte", "contenuto", "inhoud", "consent", "zustimm", "einwillig", "einverst", "agree", "accepte",
         "acepto", "accetto", "akkoord", "loading", "privatsph", "video", "tweet", "post", "embed", "beitrag", "javascript"],
        ["foto", "photo", "bild", "imagem", "imagen", "image"],
        null, null, null, null, null, // the newer anchored entries: ad markers, tip lines, live-blog controls, last-change stamps, scheme notes
        ["newsletter", "boletín", "nieuwsbrief"],
        ["read our"],
        ["high-quality sources"],
        null, // a breaking story's notice (anchored)
        ["have ", "if you "],
        null, // player and gallery lines (anchored)
        ["submitting your", "entering your", "providing your", "recaptcha", "inbox", "clicking"],
        ["opinion on the issues", "expressed", "diversity of letters", "to contact the", "print edition of", "financed through"], // (Meta)
        null, // the writer's line after a bullet (anchored)
        null, // a call for readers' pictures (anchored) // (a legal line runs longer than a phrase)
        ["register", "inbox", "your subscription", "for the latest"],
        [" avec "],
        ["what do you think", "how do you feel", "make you feel", "gambl", "18+", "21+"],
    ];

    // The support appeals' entry (the one that opens with "we have a small favour to ask").
    private static readonly int AppealsIndex = Array.FindIndex(Lines, l => l.Pattern.ToString().StartsWith(@"\bwe have a small", StringComparison.Ordinal));

    /// <summary>A support appeal, an offer, a tip or contact line (not a bare sign-up line): the box it stands in is the appeal's.</summary>
    public static bool IsAppeal(string text)
    {
        if (text.Length > MaxNoticeLength) return false;
        // (the entry's keywords first, as MatchLine reads them: each part's match holds one)
        if (LineKeywordLists.Contains(text, AppealsIndex))
            foreach (var part in LineParts[AppealsIndex])
                if (part.IsMatch(text)) return true;
        return SupportAsk.IsMatch(text);
    }

    // (the ask that closes an appeal box: "Would you consider supporting us with a modest contribution?")
    private static readonly Regex SupportAsk = Vocab(@"^(?:would you|will you|please|could you) consider supporting\b|^will you support (?:us|our (?:work|journalism|reporting|newsroom))\b|^consider supporting (?:us|our)\b|^support (?:quality|independent|good|our) journalism\b");

    // The unanchored newsletter pattern (the first newsletter entry), limited to short lines.
    private static readonly Regex NewsletterPattern = Lines.First(l => l.Kind == BoilerplateKind.Newsletter).Pattern;

    // The meta lines that open with a bracket or a digit.
    private static readonly Regex BracketOrDigitMeta = Lines.First(l => l.Pattern.ToString().StartsWith(@"^\((?-i:\p{Lu})", StringComparison.Ordinal)).Pattern;

    /// <summary>Cheap necessary conditions that spare a regex call (each call has a fixed cost).</summary>
    private static bool Gate(Regex pattern, string kind, string text)
    {
        switch (kind)
        {
            case BoilerplateKind.Share or BoilerplateKind.Ad when ReferenceEquals(pattern, Lines[1].Pattern) || ReferenceEquals(pattern, Lines[2].Pattern):
                return text.Length <= 80; // whole-line labels
            case BoilerplateKind.Navigation:
                return text.Length <= 60 || text[0] == '©' || text.StartsWith("(c)", StringComparison.OrdinalIgnoreCase) || text.StartsWith("copyright", StringComparison.OrdinalIgnoreCase);
            case BoilerplateKind.Tags:
                return text.IndexOf(':') is > 1 and < 40;
            case BoilerplateKind.Meta when ReferenceEquals(pattern, BracketOrDigitMeta):
                return (text[0] == '(' && text[^1] == ')') || char.IsAsciiDigit(text[0]);
            case BoilerplateKind.Credit when (pattern.Options & RegexOptions.RightToLeft) != 0:
                return text.Length <= MaxPhraseLength; // the agency credits: a phrase's length (the keywords let longer lines through)
            case BoilerplateKind.Newsletter when ReferenceEquals(pattern, NewsletterPattern):
                return text.Length <= MaxPhraseLength; // "subscribe to" can be a sentence in an article: short lines only
            default:
                return true;
        }
    }

    // An entry's pattern, split where .NET's engine does better with parts than with the whole (IsMatch(A|B) = IsMatch(A) ||
    // IsMatch(B), so the answer is the same):
    // - the ^-anchored alternatives stay together and are tried at the start only (mixed with unanchored ones, every start
    //   position would try them all);
    // - but one that opens with a lookaround ("^(?![^"“”]*["“”])(?!.*\bsaid\b).*?…") goes alone: in one alternation with
    //   the others the five such appeals cost three times the sum of their costs;
    // - each unanchored alternative goes alone: an alternation of them is tried with all of them at every position, while
    //   alone each is found by a vectorised search for its leading text.
    // On the lines the dev pages send the keyword-gated entries, that is 11.7 instead of 35.6 ms per pass (the support
    // appeals' entry 15.6 instead of 49.3 µs a line).
    private static readonly Regex[][] LineParts = Lines.Select(l => SplitForSpeed(l.Pattern)).ToArray();

    private static Regex[] SplitForSpeed(Regex rx)
    {
        var alternatives = PhraseIndex.SplitTopLevel(rx.ToString());
        if (alternatives.Count == 1) return [rx];
        static bool OpensWithLookaround(string a) => a.StartsWith("^(?=", StringComparison.Ordinal) || a.StartsWith("^(?!", StringComparison.Ordinal);
        var anchored = alternatives.Where(a => a.StartsWith('^') && !OpensWithLookaround(a)).ToList();
        if (anchored.Count == alternatives.Count) return [rx];
        var parts = new List<Regex>();
        if (anchored.Count > 0) parts.Add(new Regex(string.Join("|", anchored), rx.Options));
        foreach (var a in alternatives.Except(anchored)) parts.Add(new Regex(a, rx.Options));
        return parts.ToArray();
    }

    // For each anchored entry (no keywords), the ASCII letters in lower case its matches can open with once the line's
    // leading spaces, digits, punctuation and symbols are skipped, as bits, and bit 0 when a match may hold no letter at
    // all ("00:00 / 4:18"); all bits when the pattern does not tell. One call per entry costs about half a microsecond even
    // when it fails at once: most short lines now skip most entries.
    private static readonly UInt128[] LineFirstLetters = Lines.Select((l, i) => LineKeywords[i] is null ? FirstLetterMask(l.Pattern) : UInt128.MaxValue).ToArray();

    // And for each first letter, which characters may follow it (as FirstPair codes them): an entry whose first letters are read
    // has its pairs read too. A first letter narrows the anchored entries to about two in three lines; the pair, to about one in
    // eight (most of them open with words, "share", "photo", "advertisement", whose first two letters rarely open a line).
    private static readonly uint[]?[] LineFirstPairs = Lines.Select((l, i) => LineFirstLetters[i] == UInt128.MaxValue ? null : FirstPairMasks(l.Pattern)).ToArray();

    // (properties: the masks above are computed while the class's fields are initialised, in the order they are written)
    private static UInt128 NoLetter => UInt128.One;
    private static UInt128 AnyAsciiLetter => ((UInt128.One << 26) - 1) << 'a';

    internal static UInt128 FirstLetterMask(Regex rx) => FirstLetters(rx, null);

    /// <summary>For each ASCII letter ('a' = 0), the bits of what may follow it (as <see cref="FirstPair"/> codes them) when a match of the
    /// pattern opens with it; only for a pattern whose <see cref="FirstLetterMask"/> is read.</summary>
    internal static uint[] FirstPairMasks(Regex rx)
    {
        var pairs = new uint[26];
        if (FirstLetters(rx, pairs) == UInt128.MaxValue) Array.Fill(pairs, AnyFollow);
        return pairs;
    }

    private static UInt128 FirstLetters(Regex rx, uint[]? pairs)
    {
        if ((rx.Options & RegexOptions.RightToLeft) != 0) return UInt128.MaxValue;
        UInt128 mask = 0;
        foreach (var alt in PhraseIndex.SplitTopLevel(rx.ToString()))
        {
            if (!alt.StartsWith('^') || LeadMask(alt, 1, pairs) is not { } m) return UInt128.MaxValue;
            mask |= m;
        }
        return mask;
    }

    // What may follow a line's first letter, as a bit: 0-25 an ASCII letter in either case, 26 another ASCII character, 27 the
    // line's end. A line whose character after its first letter is not ASCII is not narrowed by it (the regex engine matches
    // some letters ignoring case across ASCII and beyond: 'k' and the Kelvin sign).
    private const int OtherAscii = 26, LineEnd = 27;
    private const uint AnyFollow = (1u << 28) - 1, LetterFollow = (1u << 26) - 1;

    /// <summary>The line's first letter after what <see cref="FirstLetterBit"/> skips ('a' = 0) and the code
    /// of the character after it; (-1, -1) when the line has no ASCII first letter or a character beyond ASCII after it.</summary>
    internal static (int Letter, int Follow) FirstPair(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsSkipped(c)) continue;
            if (!char.IsAsciiLetter(c)) return (-1, -1);
            if (i + 1 == text.Length) return ((c | 0x20) - 'a', LineEnd);
            char n = text[i + 1];
            if (!char.IsAscii(n)) return (-1, -1);
            return ((c | 0x20) - 'a', char.IsAsciiLetter(n) ? (n | 0x20) - 'a' : OtherAscii);
        }
        return (-1, -1);
    }

    /// <summary>
    /// The first-letter bits of what the pattern matches from <paramref name="i"/> on (see <see cref="LineFirstLetters"/>), or
    /// null when it cannot be read. It reads literals, escapes, classes, groups and quantifiers, and passes over what
    /// <see cref="FirstLetterBit"/> passes over (spaces, digits, punctuation, symbols) and over zero-width assertions.
    /// (A non-ASCII first letter adds no bit: a line that opens with one passes every entry.)
    /// </summary>
    private static UInt128? LeadMask(string p, int i, uint[]? pairs = null)
    {
        while (true)
        {
            if (i >= p.Length) return UInt128.MaxValue; // no end anchor: anything may follow
            char c = p[i];
            if (c == '$') return NoLetter;
            if (c == '^') { i++; continue; }
            UInt128 bits;
            int next;
            bool optional, repeats;
            if (c == '\\')
            {
                if (i + 1 >= p.Length) return null;
                char e = p[i + 1];
                int end = i + 2;
                string? category = null;
                if (e is 'p' or 'P')
                {
                    int close = p.IndexOf('}', i);
                    if (close < 0 || i + 2 >= p.Length || p[i + 2] != '{') return null;
                    category = p[(i + 3)..close];
                    end = close + 1;
                }
                if (e is 'b' or 'B') { i = end; continue; } // zero width
                next = AfterQuantifier(p, end, out optional, out repeats);
                if (e is 's' or 'd' or 'W' || (e == 'p' && category is "P" or "S" or "Pd" or "Ps" or "Pe" or "Po" or "Pi" or "Pf" or "Sm" or "So" or "Sc" or "Nd") ||
                    (!char.IsAsciiLetterOrDigit(e) && IsSkipped(e)))
                {
                    i = next;
                    continue;
                }
                if (e == 'p' && category is "L" or "Lu" or "Ll") bits = AnyAsciiLetter;
                else return null;
            }
            else if (c == '[')
            {
                int close = ClassEnd(p, i);
                if (close < 0) return null;
                var cls = ClassBase(p[(i + 1)..close]);
                next = AfterQuantifier(p, close + 1, out optional, out repeats);
                if (IsSkippedClass(cls)) { i = next; continue; }
                if (ClassLetters(cls) is not { } letters) return null;
                bits = letters;
            }
            else if (c == '(')
            {
                int close = MatchingParen(p, i);
                if (close < 0) return null;
                var rest = p.AsSpan(close + 1);
                if (p.AsSpan(i).StartsWith("(?=") || p.AsSpan(i).StartsWith("(?!") || p.AsSpan(i).StartsWith("(?<=") || p.AsSpan(i).StartsWith("(?<!"))
                {
                    i = close + 1; // zero width
                    continue;
                }
                int bodyStart = p.AsSpan(i).StartsWith("(?:") ? i + 3 : p.AsSpan(i).StartsWith("(?-i:") ? i + 5 : p.AsSpan(i).StartsWith("(?i:") ? i + 4 : p[i + 1] == '?' ? -1 : i + 1;
                if (bodyStart < 0) return null;
                next = AfterQuantifier(p, close + 1, out optional, out repeats);
                var after = p[next..];
                // each alternative followed by the rest (a repeated group's later rounds open with one of them too)
                // (for the pairs, a round's letters may be followed by another round: the group's own text is read as repeated)
                if (repeats && pairs is not null) after = p[i..(close + 1)] + "?" + after;
                UInt128 union = 0;
                foreach (var alt in PhraseIndex.SplitTopLevel(p[bodyStart..close]))
                {
                    if (LeadMask(alt + after, 0, pairs) is not { } m) return null;
                    union |= m;
                }
                if (optional)
                {
                    if (LeadMask(after, 0, pairs) is not { } m) return null;
                    union |= m;
                }
                return union;
            }
            else if (c is '.' or ')' or '|' or '*' or '+' or '?' or '{' or '}' or ']') return null;
            else
            {
                next = AfterQuantifier(p, i + 1, out optional, out repeats);
                if (char.IsLetter(c)) bits = char.IsAsciiLetter(c) ? UInt128.One << (c | 0x20) : 0;
                else if (IsSkipped(c)) { i = next; continue; }
                else return null;
            }
            if (pairs is not null)
            {
                // the first letter: what may follow it is the pattern's next character (or the letter's own again)
                uint follow = FollowMask(p, next) | (repeats ? AnyFollow : 0);
                for (int l = 0; l < 26; l++)
                    if ((bits & (UInt128.One << ('a' + l))) != 0) pairs[l] |= follow;
            }
            if (!optional) return bits;
            return LeadMask(p, next, pairs) is { } rest2 ? bits | rest2 : null;
        }
    }

    /// <summary>The position after a quantifier at <paramref name="j"/> (and its lazy '?'), if any; optional when it allows none,
    /// repeats when it allows more than one.</summary>
    private static int AfterQuantifier(string p, int j, out bool optional) => AfterQuantifier(p, j, out optional, out _);

    private static int AfterQuantifier(string p, int j, out bool optional, out bool repeats)
    {
        optional = repeats = false;
        if (j >= p.Length) return j;
        if (p[j] == '?') { optional = true; j++; }
        else if (p[j] == '*') { optional = repeats = true; j++; }
        else if (p[j] == '+') { repeats = true; j++; }
        else if (p[j] == '{')
        {
            int close = p.IndexOf('}', j);
            if (close < 0) return j;
            optional = p[j + 1] == '0';
            repeats = !p.AsSpan(j, close + 1 - j).SequenceEqual("{1}") && !p.AsSpan(j, close + 1 - j).SequenceEqual("{0,1}");
            j = close + 1;
        }
        else return j;
        if (j < p.Length && p[j] == '?') j++; // lazy
        return j;
    }

    /// <summary>
    /// The bits (as <see cref="FirstPair"/> codes them) of the characters a match may have at pattern position <paramref name="j"/> (right after
    /// its first letter); all bits for what it does not read. Zero-width assertions are passed over (they only narrow what
    /// matches), optional parts add what follows them.
    /// </summary>
    private static uint FollowMask(string p, int j)
    {
        while (true)
        {
            if (j >= p.Length) return AnyFollow; // the match may end here: anything follows
            char c = p[j];
            uint bits;
            int next;
            bool optional;
            if (c == '$') return (1u << LineEnd) | (1u << OtherAscii); // the end, or before a final line break
            if (c == '\\')
            {
                if (j + 1 >= p.Length) return AnyFollow;
                char e = p[j + 1];
                int end = j + 2;
                if (e is 'p' or 'P')
                {
                    int close = p.IndexOf('}', j);
                    if (close < 0 || j + 2 >= p.Length || p[j + 2] != '{') return AnyFollow;
                    var category = p[(j + 3)..close];
                    end = close + 1;
                    bits = e == 'P' ? AnyFollow
                        : category is "L" or "Lu" or "Ll" ? LetterFollow
                        : category is "P" or "S" or "Pd" or "Ps" or "Pe" or "Po" or "Pi" or "Pf" or "Sm" or "So" or "Sc" or "Nd" ? 1u << OtherAscii
                        : AnyFollow;
                }
                else if (e is 'b' or 'B') { j = end; continue; } // zero width
                else if (e is 's' or 'd' or 'W' or 'n' or 't' or 'r' || (!char.IsAsciiLetterOrDigit(e) && char.IsAscii(e))) bits = 1u << OtherAscii;
                else bits = AnyFollow; // \w, \S, \u…
                next = AfterQuantifier(p, end, out optional);
            }
            else if (c == '[')
            {
                int close = ClassEnd(p, j);
                if (close < 0) return AnyFollow;
                bits = ClassFollow(ClassBase(p[(j + 1)..close]));
                next = AfterQuantifier(p, close + 1, out optional);
            }
            else if (c == '(')
            {
                int close = MatchingParen(p, j);
                if (close < 0) return AnyFollow;
                if (p.AsSpan(j).StartsWith("(?=") || p.AsSpan(j).StartsWith("(?!") || p.AsSpan(j).StartsWith("(?<=") || p.AsSpan(j).StartsWith("(?<!"))
                {
                    j = close + 1;
                    continue;
                }
                int bodyStart = p.AsSpan(j).StartsWith("(?:") ? j + 3 : p.AsSpan(j).StartsWith("(?-i:") ? j + 5 : p.AsSpan(j).StartsWith("(?i:") ? j + 4 : p[j + 1] == '?' ? -1 : j + 1;
                if (bodyStart < 0) return AnyFollow;
                next = AfterQuantifier(p, close + 1, out optional);
                var after = p[next..];
                bits = 0;
                foreach (var alt in PhraseIndex.SplitTopLevel(p[bodyStart..close])) bits |= FollowMask(alt + after, 0);
                return optional ? bits | FollowMask(after, 0) : bits;
            }
            else if (c is '.' or '^' or ')' or '|' or '*' or '+' or '?' or '{' or '}' or ']') return AnyFollow;
            else
            {
                next = AfterQuantifier(p, j + 1, out optional);
                bits = CharFollow(c);
            }
            return optional ? bits | FollowMask(p, next) : bits;
        }
    }

    // A class's follow bits: its ASCII letters, and OtherAscii for its other characters; all bits for a negated class or one
    // it does not read.
    private static uint ClassFollow(string cls)
    {
        if (cls.Length == 0 || cls[0] == '^') return AnyFollow;
        uint bits = 0;
        for (int k = 0; k < cls.Length; k++)
        {
            char c = cls[k];
            if (c == '\\')
            {
                if (k + 1 >= cls.Length) return AnyFollow;
                char e = cls[++k];
                if (e == 'p' && k + 1 < cls.Length && cls[k + 1] == '{')
                {
                    int end = cls.IndexOf('}', k);
                    if (end < 0) return AnyFollow;
                    var category = cls[(k + 2)..end];
                    bits |= category is "L" or "Lu" or "Ll" ? LetterFollow
                        : category is "P" or "S" or "Pd" or "Ps" or "Pe" or "Po" or "Pi" or "Pf" or "Sm" or "So" or "Sc" or "Nd" ? 1u << OtherAscii
                        : AnyFollow;
                    k = end;
                    continue;
                }
                if (e is 's' or 'd' or 'n' or 't' or 'r' || (!char.IsAsciiLetterOrDigit(e) && char.IsAscii(e))) { bits |= 1u << OtherAscii; continue; }
                return AnyFollow;
            }
            if (k + 2 < cls.Length && cls[k + 1] == '-' && cls[k + 2] != ']')
            {
                char to = cls[k + 2];
                if (to - c > 1000) return AnyFollow;
                for (int x = c; x <= to; x++) bits |= CharFollow((char)x);
                k += 2;
                continue;
            }
            bits |= CharFollow(c);
        }
        return bits;
    }

    // A pattern character's follow bit; one beyond ASCII matches an ASCII letter only when it is a case of it ignoring case (the
    // Kelvin sign 'k', the long s 's', the dotted and dotless i), and otherwise no character the filter reads.
    private static uint CharFollow(char c)
    {
        if (char.IsAsciiLetter(c)) return 1u << ((c | 0x20) - 'a');
        if (char.IsAscii(c)) return 1u << OtherAscii;
        if (c is '\u0130' or '\u0131') return 1u << ('i' - 'a');
        char lower = char.ToLowerInvariant(c), upper = char.ToUpperInvariant(c);
        return char.IsAsciiLetter(lower) ? 1u << ((lower | 0x20) - 'a') : char.IsAsciiLetter(upper) ? 1u << ((upper | 0x20) - 'a') : 0;
    }

    // The ']' that closes the class opened at open, past a subtraction ("[\s\p{P}-[„“]]" ends at its second ']').
    private static int ClassEnd(string p, int open)
    {
        for (int k = open + 1; k < p.Length; k++)
        {
            if (p[k] == '\\') { k++; continue; }
            if (p[k] == '-' && k + 1 < p.Length && p[k + 1] == '[')
            {
                int inner = ClassEnd(p, k + 1);
                return inner >= 0 && inner + 1 < p.Length && p[inner + 1] == ']' ? inner + 1 : -1;
            }
            if (p[k] == ']' && k > open + 1) return k;
        }
        return -1;
    }

    // A class's body without its subtraction: what it matches is a part of what the rest matches (enough for a filter).
    private static string ClassBase(string cls)
    {
        for (int k = 0; k + 1 < cls.Length; k++)
        {
            if (cls[k] == '\\') { k++; continue; }
            if (cls[k] == '-' && cls[k + 1] == '[') return cls[..k];
        }
        return cls;
    }

    // The bits of a class made of letters and letter ranges only ("[a-z]", "[\p{L}]"); null for anything else.
    private static UInt128? ClassLetters(string cls)
    {
        if (cls.Length == 0 || cls[0] == '^') return null;
        UInt128 bits = 0;
        for (int k = 0; k < cls.Length; k++)
        {
            char c = cls[k];
            if (c == '\\')
            {
                if (cls.AsSpan(k).StartsWith(@"\p{L}") || cls.AsSpan(k).StartsWith(@"\p{Lu}") || cls.AsSpan(k).StartsWith(@"\p{Ll}"))
                {
                    bits |= AnyAsciiLetter;
                    k = cls.IndexOf('}', k);
                    continue;
                }
                return null;
            }
            if (!char.IsLetter(c)) return null;
            if (k + 2 < cls.Length && cls[k + 1] == '-')
            {
                char to = cls[k + 2];
                if (!char.IsAsciiLetter(c) || !char.IsAsciiLetter(to)) return null;
                for (int x = c | 0x20; x <= (to | 0x20); x++) bits |= UInt128.One << x;
                k += 2;
                continue;
            }
            if (char.IsAsciiLetter(c)) bits |= UInt128.One << (c | 0x20);
        }
        return bits;
    }

    private static int MatchingParen(string p, int open)
    {
        int depth = 0;
        for (int k = open; k < p.Length; k++)
        {
            if (p[k] == '\\') { k++; continue; }
            if (p[k] == '[') { k = ClassEnd(p, k); if (k < 0) return -1; continue; }
            if (p[k] == '(') depth++;
            else if (p[k] == ')' && --depth == 0) return k;
        }
        return -1;
    }

    /// <summary>Each anchored entry's parts with its first-letter mask (for the test that the mask never rejects a match).</summary>
    internal static IEnumerable<(Regex[] Parts, UInt128 Mask, uint[]? Pairs)> AnchoredEntries() =>
        Lines.Select((_, i) => (LineParts[i], LineFirstLetters[i], LineFirstPairs[i])).Where((_, i) => LineKeywords[i] is null);

    // A class made of spaces, digits, punctuation and symbols only (what FirstLetterBit skips).
    private static bool IsSkippedClass(string cls)
    {
        if (cls.Length > 0 && cls[0] == '^') return false; // a negated class ([^.!?]) matches letters too
        for (int i = 0; i < cls.Length; i++)
        {
            if (cls[i] == '\\')
            {
                if (i + 1 >= cls.Length) return false;
                char e = cls[++i];
                if (e is 's' or 'd') continue;
                if (e == 'p' && i + 2 < cls.Length && cls[i + 1] == '{')
                {
                    int end = cls.IndexOf('}', i);
                    if (end < 0 || cls.AsSpan(i + 2, end - i - 2) is not ("P" or "S" or "Pd" or "Ps" or "Pe" or "Po" or "Pi" or "Pf" or "Sm" or "So")) return false;
                    i = end;
                    continue;
                }
                if (char.IsLetterOrDigit(e)) return false; // \w, \b, …
                if (!IsSkipped(e)) return false;
                continue;
            }
            if (!IsSkipped(cls[i])) return false;
        }
        return true;
    }

    private static bool IsSkipped(char c) => char.IsWhiteSpace(c) || char.IsDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c);

    /// <summary>
    /// The bit of the line's first letter after what FirstLetterMask skips; bit 0 for a line without a letter; all bits for
    /// a non-ASCII one (it may fold to an ASCII letter) or anything else.
    /// </summary>
    internal static UInt128 FirstLetterBit(string text)
    {
        foreach (var c in text)
        {
            if (IsSkipped(c)) continue;
            if (char.IsAsciiLetter(c)) return UInt128.One << (c | 0x20);
            return UInt128.MaxValue;
        }
        return NoLetter;
    }

    // The keyword lists, list i for Lines[i] (empty when it has none): one pass over a line tells which patterns may run.
    private static readonly KeywordLists LineKeywordLists = new(LineKeywords.Select(k => k ?? []).ToArray());

    /// <summary>"By Jane Doe", "Von Max Mustermann | 12.03.2021", ...; returns the name.</summary>
    public static string? MatchByline(string text)
    {
        if (text.Length < 5 || text.Length > 120) return null;
        var m = BylinePattern.Match(text);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.Trim();
        return name.Length >= 2 ? name : null;
    }

    /// <summary>A block made (almost) only of social network / share words: "Facebook Twitter WhatsApp E-Mail".</summary>
    public static bool IsShareBar(string text)
    {
        if (text.Length > 200) return false;
        int words = 0, social = 0;
        var span = text.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && IsSeparator(span[i])) i++;
            int start = i;
            while (i < span.Length && !IsSeparator(span[i])) i++;
            if (i == start) break;
            var token = span[start..i].Trim(":.()!-");
            if (token.Length == 0 || token.ContainsAnyExcept("0123456789") == false) continue;
            words++;
            if (SocialWords.Contains(token)) social++;
            else if (words - social > 2) return false; // early out: too many ordinary words
        }
        return words >= 2 && social * 10 >= words * 7;

        static bool IsSeparator(char c) => c is ' ' or '\t' or '\n' or '|' or '/' or '•' or '·' or ',' or '\u00A0';
    }
}
