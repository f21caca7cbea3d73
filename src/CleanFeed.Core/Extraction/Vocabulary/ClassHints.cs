using System.Text.RegularExpressions;

namespace CleanFeed.Core.Extraction.Vocabulary;

/// <summary>
/// What an element's class and id suggest. A supporting signal only: the extractor combines it with the
/// element's text statistics (length, link density, paragraphs) before it removes anything.
/// </summary>
internal static class ClassHints
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // token boundaries: start, end, space, '-', '_' ; camelCase is lowered so substrings are used for long words.
    private const string B = @"(?:^|[\s_\-])";
    private const string E = @"(?:$|[\s_\-])";

    // Account panels: login, password reset. Shown on demand; their validation messages read like sentences.
    // A token prefix, so that "bloginfo" is not a login.
    // Whole words: an id made from a heading's text ("how-to-reset-your-password", "login-issues") is not a panel.
    private const string Account = B + "(?:login|log-in|signin|sign-in|password|forgot-?password)(?:$|\\s|[_-](?:form|box|panel|modal|popup|dialog|wrapper|container|area|overlay)" + E + ")";

    // Each pattern with keywords one of which every match of it contains: a class string holding none of them cannot
    // match, and the regex call (a fixed cost of a few hundred nanoseconds, 17 patterns in a row) is spared.
    private static readonly (string Kind, bool Strong, Regex Pattern, string[] Keys)[] Negative =
    [
        (BoilerplateKind.Form, true, new Regex(Account, Opts), ["login", "log-in", "signin", "sign-in", "password"]),
        // (not "commentary", an editorial genre; live tickers' entries are exempted by IsLiveCommentary)
        // (Dutch readers' comments as a container of them, "reactiesContainer": "reacties" alone are also a story's reactions)
        (BoilerplateKind.Comments, true, new Regex(@"(?<!(?:tone|type)-{1,2})comment(?!ar(?:y|ies))|disqus|respond|kommentar|discussion|" + B + "(?:replies|reply|talkbacks?|postings|posting-list|forum[-_]{1,2}postings?|story-community|article-community)" + E + "|(?-i:responsesStream)|(?:^|[\\s_-])reacties?(?:container|lijst)|guest[-_]?book", Opts),
            ["comment", "disqus", "respond", "kommentar", "discussion", "repl", "talkback", "posting", "community", "reacties", "responses", "guest"]),
        // consent-management platforms ("cmp", "cmpbox", "qc-cmp2-ui"), not Adobe Experience Manager's core components
        // ("cmp-text", "cmp-container", "cmp-image"), which hold the article itself on AEM sites
        // (and the platforms' own names: Didomi, Sourcepoint's "sp_message_container", OneTrust, Usercentrics, iubenda)
        (BoilerplateKind.Cookie, true, new Regex(@"cookie|consent|gdpr|didomi|sp_message|onetrust|usercentrics|iubenda|privacy[-_]?(?:wall|gate)|qc-cmp|embed-blocked|" + B + @"(?:cmp|cmpbox|cmpwrapper|cmp2?-(?:banner|modal|popup|dialog|overlay|layer|notice|ui|root))(?:$|\s)", Opts),
            ["cookie", "consent", "gdpr", "cmp", "didomi", "sp_message", "onetrust", "usercentrics", "iubenda", "privacy", "embed-blocked"]),
        // (print as a button's or a print-only part's name, not a print layout's: "gem-print-columns-none", "print-full")
        // ("sw-ctt-btn", "bctt-ctt-btn": the "Click To Tweet" button beside a quote offered for sharing)
        (BoilerplateKind.Share, true, new Regex(@"share|sharing|social|addthis|shariff|sociable|ctt-btn|" + B + @"(?:follow|follow-us|print(?![_-](?:columns?|full|width|cols?)(?:$|[\s_-]))|tools)" + E, Opts),
            ["shar", "social", "addthis", "sociable", "ctt-btn", "follow", "print", "tools"]),
        // ("most-viewed", "mas-leidas", "mais-lidas", "piu-letti": the site's most read stories, in a column beside the article)
        (BoilerplateKind.Related, true, new Regex(@"related|recommend|more-?(?:stories|articles|news|posts)|also-?read|readmore|read-more|read-?next|(?:mira|lee|lea|vea|ver)[-_]?tambien|(?:^|[\s_-])rel-(?:embed|posts?|links?|articles?|stories|news|items?|box)(?:$|[\s_-])|outbrain|taboola|yarpp|teaser-?list|most-?(?:read|viewed|popular|shared|commented)|(?:mas|mais)-?(?:leidas|lidas|vistas|vistos|populares)|piu-?(?:letti|lette|visti)|" + B + "(?:popular|trending|most-read|mostread|further)" + E +
            // a video player's playlist of other stories (Connatix "cnx-", AnyClip, "video-playlist__list")
            @"|connatix|(?:^|\s)cnx-|anyclip|(?:^|[\s_-])(?:video-?)?playlists?(?:$|[\s_-])", Opts),
            ["related", "recommend", "more", "readnext", "read-next", "also", "tambien", "rel-", "outbrain", "taboola", "yarpp", "teaser", "popular", "trending", "most", "further", "leidas", "lidas", "vistas", "vistos", "populares", "letti", "lette", "visti", "connatix", "cnx-", "anyclip", "playlist"]),
        // (and contribution asks and upsells: "c-contribution-ask", "contributions-epic", "slate-plus-upsell"; donation boxes set
        // inline, "newspack-inline-donate", and in Italian, "ifq-sostieni"; a paywall's barrier with its offers, "barrier--article",
        // not a box about one: "barrier-facts")
        (BoilerplateKind.Newsletter, true, new Regex(@"newsletter|subscri|suscripcion|suscription|suscribete|boletin-suscripcion|signup|sign-up|mailchimp|mc4wp|optin|opt-in|paywall|upsell|(?:contribution|donation|support|membership)s?(?:-|_|__)?(?:ask|epic)|(?:^|\s)(?:contributions?|donations?|contribute)-inline(?:$|\s)|support-?(?:box|us|module|banner|appeal|our-?journalism)|(?:story|article)-support(?:$|\s)|(?:article|reader|member)[-_]?support(?:$|[\s_-])|(?<!(?:how|where|ways)-to)[-_]donate(?:$|\s)|donat(?:e|ion)-?(?:ask|appeal|box|cta|banner|module|teaser|inline|callout)|newspack-(?:inline-)?popup|contribut(?:e|ion)-?(?:teaser|box|banner|cta|module)|article-?pitch|pitch-?container|(?:inline|blocks?)[-_]?(?:donate|donation|support)(?:$|[\s_-])|" + B + "(?:promo|cta|sostieni|sostienici)" + E + "|" + B + "barrier(?:$|\\s|--|__|-page(?:$|\\s))" +
            // (a subscription teaser named in German or as premium: "article__abo-teaser", "article__premium-box"; a "premium-teaser"
            // is a premium article's standfirst)
            "|" + B + "(?:abo[-_]{1,2}(?:teaser|box|promo|banner|cta|hinweis|angebot|offer|upsell)|premium[-_]{1,2}(?:box|promo|banner|cta|offer|upsell))" + E, Opts),
            ["newsletter", "subscri", "suscri", "boletin", "signup", "sign-up", "mailchimp", "mc4wp", "optin", "opt-in", "paywall", "upsell", "ask", "epic", "support", "pitch", "promo", "cta", "donat", "contribut", "sostie", "barrier", "newspack", "abo-", "abo_", "premium"]),
        // (shop boxes of review sites: "caas-commerce-module", "commerce-product")
        (BoilerplateKind.Ad, true, new Regex(@"advert|sponsor|adsense|adslot|bet-?odds|odds-?(?:table|module|widget|box|disclaimer)|sportsbook|betting-?(?:odds|module|widget|offer)|ad-slot|ad-container|adwrap|ad-wrap|dfp|googlead|" + B + "ad(?:container|unit|placeholder)|(?<!e-)commerce-(?:module|product|unit|widget|card)|product-?card|" + B + "(?:ad|ads|anzeige|werbung|banner|commercial|affiliate)" + E + "|(?:^|[\\s_-])adv[-_]?(?:container|slot|box|wrapper|unit|label|banner|inline|intext)(?:$|[\\s_-])" +
            // (the short word last in a token: "medyanet-inline-adv")
            "|(?:inline|intext|in-text|top|side|mid)[-_]adv(?:$|\\s)", Opts),
            ["ad", "adv", "sponsor", "odds", "sportsbook", "betting", "dfp", "anzeige", "werbung", "banner", "commercial", "affiliate", "commerce", "product"]),
        (BoilerplateKind.Navigation, true, new Regex(@"breadcrumb|pagination|pager|" + B + "(?:nav|navbar|navigation|menu|topbar|toolbar|skip|skiplink|jump)" + E + "|navigation|-menu" + E + "|menu-", Opts),
            ["breadcrumb", "pag", "nav", "menu", "topbar", "toolbar", "skip", "jump"]),
        (BoilerplateKind.Footer, true, new Regex(B + "(?:footer|site-footer|page-footer|colophon|copyright|masthead|site-header|page-header|header-top)" + E + "|footer|[-_]boilerplate(?:$|\\s)", Opts),
            ["footer", "colophon", "copyright", "masthead", "header", "boilerplate"]),
        // (an "embed-widget" in the body holds a post the story quotes)
        (BoilerplateKind.Sidebar, true, new Regex(@"sidebar|(?<!embed[-_]?)widget|" + B + "(?:aside|rail|sidebox)" + E +
            // (not a style's variant: Arc XP prints every paragraph of a body "font--secondary"; "btn-secondary", "text-secondary")
            "|" + B + @"(?<!(?:font|text|colou?r|btn|button|bg|link|title|heading|headline|typo|typography|theme)[-_]{1,2})secondary" + E, Opts), ["sidebar", "widget", "aside", "rail", "sidebox", "secondary"]),
        // a disclaimer box, or the article's or analyst's disclosure: positions held, the site's affiliate or investment
        // disclaimer ("article__disclaimer", "article-disclosure"; not a show/hide widget's part, "disclosure__panel", nor a
        // story's section on "financial-disclosures"; "disclosure-statement" is the author's, below; a box named only
        // "disclosure" must say so, as the extractor checks: the show/hide widget is named so too)
        (BoilerplateKind.Meta, true, new Regex(@"(?:^|[\s_-])disclaimers?(?:$|\s|__|--|-(?:box|text|block|container|wrapper|notice|content))|(?:^|[\s_-])article-sources(?:$|\s)|(?:^|\s)(?:(?:article|analyst|affiliate|post|ftc)(?:-|_|__))?disclosures?(?:$|\s)", Opts), ["disclosure", "disclaimer", "article-sources"]),
        (BoilerplateKind.AuthorBio, false, new Regex(@"(?:author|autor)-?(?:bio|box|info|profile|description|blurb|popup|card|details|note)|about-?(?:the-)?author|disclosure-?statement|" + B + @"(?:bio|authors)(?:$|[\s_\-](?!view|take))|(?<=view[-_])authors?[-_]view", Opts), ["author", "autor", "bio", "disclosure"]),
        (BoilerplateKind.Tags, false, new Regex(@"tagcloud|tag-?list|tags-?links|cat-?links|post-?tags|entry-?tags|article-?tags|" + B + "(?:tags|tag|categories|keywords|schlagworte|topics)" + E, Opts),
            ["tag", "cat", "keywords", "schlagworte", "topics"]),
        (BoilerplateKind.PrevNext, false, new Regex(@"post-?navigation|nav-?links|prev-?next|" + B + "(?:prev|previous|next)" + E, Opts), ["nav", "prev", "next"]),
        (BoilerplateKind.Byline, false, new Regex(@"byline|dateline|entry-?meta|post-?meta|article-?meta|postmetadata|meta-?data|post-?info|article-?info|" + B + "(?:meta|author|date|time|timestamp|published|posted|credits?)" + E + @"|(?:^|\s)signature(?:$|\s)|(?<!(?:cita|citacao|citação|frase|quote|zitat)[-_])(?<![\p{L}])autor(?:$|[\s_-])" +
            // Italian templates' meta line (Il Gazzettino, Il Messaggero: "info_articolo", "autore", "data_pubblicazione", "tempo_lettura")
            @"|(?<![\p{L}])(?:autore|info[_-]articolo|data[_-]pubblicazione|tempo[_-]lettura)(?:$|[\s_-])" +
            // the paper's name printed with the story ("<div class=publication-name>Irish Independent</div>")
            @"|(?:^|\s)(?:publication|paper|masthead)[-_]{0,2}name(?:$|\s)", Opts),
            ["byline", "date", "meta", "info", "author", "autor", "time", "published", "posted", "credit", "signature", "publication", "paper", "masthead"]),
        // image captions (wp-caption-text, image-caption, bildunterschrift): they describe the picture, not the story
        // (and "cutline", the US newspaper word)
        (BoilerplateKind.Credit, false, new Regex(@"caption|(?:^|\s)cutline(?:$|\s)|bildunterschrift|legende|" + B + "(?:legend|legenda|leyenda|didascalia|bijschrift|epigrafe)" + E +
            // (Spanish "pie de foto": "pie_foto", "pie-de-foto", "piefoto", "foto-pie", "texto-pie", "pie-multimedia")
            "|" + B + "pie[-_]?(?:de[-_]?)?(?:foto|imagen|multimedia)|(?:foto|imagen|texto)[-_]?pie" + E, Opts),
            ["caption", "cutline", "bildunterschrift", "legend", "leyenda", "didascalia", "bijschrift", "epigrafe", "pie"]),
        // whole class tokens only: "field--label-hidden" (Drupal) is a visible field with a hidden label
        // (screen-reader-only names also as the end of a generated token: "ssrcss-1ie2htp-VisuallyHidden")
        (BoilerplateKind.Hidden, true, new Regex(@"(?:^|\s)(?:hidden|hide|is-hidden|u-hidden|sr-only|screen-reader-text|visually-hidden|visuallyhidden|invisible|d-none|offscreen|print-only|noprint)(?:$|\s)|(?<!not)[_-](?:sr-only|screen-reader-text|visually-?hidden)(?:$|\s)", Opts),
            ["hid", "sr-only", "screen-reader-text", "invisible", "d-none", "offscreen", "print"]),
        (BoilerplateKind.Meta, false, new Regex(@"rating|vote|like-?button|likes|reactions|" + B + "(?:modal|popup|overlay|lightbox|dialog|poll|polls|umfrage)" + E, Opts),
            ["rating", "vote", "like", "reactions", "modal", "popup", "overlay", "lightbox", "dialog", "poll", "umfrage"]),
    ];

    private static readonly Regex Positive = new(
        @"article|content|entry|post-?body|story|main|text|body|blog-?post|hentry|page-?content|prose|" + B + "(?:post|single|column)" + E, Opts);

    private static readonly Regex StrongNegativeWords = new(@"comment(?!ar(?:y|ies))|footer|sidebar|widget|related|share|social|cookie|newsletter|advert|menu|navigation|breadcrumb", Opts);

    // Substrings at least one of which every negative pattern's match contains (the first pre-check).
    private static readonly string[] Keywords =
    [
        "comment", "disqus", "respond", "kommentar", "discussion", "repl", "talkback", "posting", "community", "responses", "guest", "cookie", "consent", "gdpr", "cmp", "didomi", "sp_message", "onetrust", "usercentrics", "iubenda", "privacy", "embed-blocked",
        "share", "sharing", "social", "addthis", "shariff", "sociable", "ctt-btn", "follow", "print", "tools", "related", "recommend",
        "more", "also", "tambien", "rel-", "read", "connatix", "cnx-", "anyclip", "playlist", "leidas", "lidas", "vistas", "vistos", "letti", "lette", "visti", "outbrain", "taboola", "yarpp", "teaser", "popular", "trending", "further",
        "newsletter", "subscri", "suscri", "boletin", "signup", "sign-up", "mailchimp", "mc4wp", "optin", "opt-in", "paywall", "upsell", "-ask", "epic", "support", "pitch", "promo", "cta", "donat", "contribut", "sostie", "barrier", "abo-", "abo_", "premium",
        "advert", "sponsor", "adsense", "adslot", "productcard", "product-card", "adcontainer", "adunit", "adplaceholder", "ad-", "ad_", "adv-", "adv_", "dfp", "googlead", "anzeige", "werbung", "banner", "commercial", "affiliate", "commerce",
        "breadcrumb", "pagination", "pager", "nav", "menu", "topbar", "toolbar", "skip", "jump", "footer", "colophon", "copyright", "boilerplate",
        "masthead", "header", "sidebar", "widget", "aside", "rail", "sidebox", "secondary", "author", "autor", "bio", "disclosure", "disclaimer", "article-sources", "tag", "cat-links", "reacties",
        "categories", "keywords", "schlagworte", "topics", "prev", "next", "byline", "dateline", "meta", "date", "time",
        "published", "posted", "credit", "signature", "publication", "paper", "login", "log-in", "signin", "sign-in", "password", "info", "hidden", "hide", "sr-only", "screen-reader", "invisible", "d-none", "offscreen",
        "print-only", "noprint", "caption", "cutline", "bildunterschrift", "legend", "leyenda", "didascalia", "bijschrift", "epigrafe", "pie", "poll", "umfrage", "rating", "vote", "like", "reactions", "modal", "popup", "overlay", "lightbox", "dialog",
    ];

    // List 0: Keywords; list 1 + i: the keywords of Negative[i]. One pass over a class string finds them all.
    private static readonly KeywordLists ClassKeywords = new([Keywords, .. Negative.Select(n => n.Keys)]);

    /// <summary><see cref="Classify"/>, remembered: sites print the same class names on every page ("entry-content", "col-md-8").</summary>
    public static (string? Kind, bool Strong) ClassifyCached(string classAndId) => (t_memo ??= new(8192)).Get(classAndId, Classify);

    [ThreadStatic] private static BoundedMemo<(string? Kind, bool Strong)>? t_memo;

    /// <summary>Returns the kind the class/id suggests, and whether the hint is strong.</summary>
    public static (string? Kind, bool Strong) Classify(string classAndId)
    {
        if (classAndId.Length == 0 || IsMinified(classAndId)) return (null, false);
        ulong found = ClassKeywords.Find(classAndId);
        if ((found & 1) == 0 && !HasAdToken(classAndId)) return (null, false);
        var key = WithoutDescriptiveTokens(classAndId);
        if (IsLiveCommentary(key)) return (null, false);
        if (!ReferenceEquals(key, classAndId)) found = ClassKeywords.Find(key);
        bool anyPattern = KeywordSearch.HasKelvinSign(key); // then the keywords prove nothing
        for (int i = 0; i < Negative.Length; i++)
        {
            var (kind, strong, pattern, _) = Negative[i];
            if ((anyPattern || (found & (2UL << i)) != 0) && pattern.IsMatch(key))
            {
                // Adobe Experience Manager marks every component "cmp" beside its type ("cmp cmp-text", "cmp cmp-title"):
                // the article's own parts, not a consent manager
                // (only when the bare "cmp" made the match: "cmp-experiencefragment consent-layer" is a consent layer)
                if (kind == BoilerplateKind.Cookie && AemComponent.IsMatch(key) && !pattern.IsMatch(BareCmp.Replace(key, " "))) continue;
                return (kind, strong);
            }
        }
        return (null, false);
    }

    private static readonly Regex BareCmp = new(@"(?:^|\s)cmp(?=$|\s)", Opts);
    private static readonly Regex AemComponent = new(@"(?:^|\s)cmp-(?!(?:banner|modal|popup|dialog|overlay|layer|notice|ui|root|consent|cookie)(?:$|[\s_-]))[a-z]", Opts);

    /// <summary>
    /// Drops class tokens that describe the block's state or topic rather than its role, so that they cannot name an
    /// article container as boilerplate: state flags ("isPaywall", "is-sticky", "has-sidebar", "has-comments": the
    /// article is paywalled, or holds a sidebar) and the taxonomy tokens CMSs add to a post's own element
    /// ("tag-social-media", "category-sponsored" next to "type-post"/"status-publish"/"hentry"). Hidden-state
    /// tokens ("is-hidden") stay: they do describe the block. Allocates only when such a token is present.
    /// </summary>
    internal static string WithoutDescriptiveTokens(string key)
    {
        // only tokens that start with "is"/"has" can be state flags
        bool state = key.StartsWith("is", StringComparison.Ordinal) || key.StartsWith("has", StringComparison.Ordinal) ||
                     key.Contains(" is", StringComparison.Ordinal) || key.Contains(" has", StringComparison.Ordinal);
        bool post = key.Contains("type-", StringComparison.Ordinal) || key.Contains("status-publish", StringComparison.Ordinal) || key.Contains("hentry", StringComparison.Ordinal);
        bool generated = key.Contains("sc-", StringComparison.Ordinal) || key.Contains("css-", StringComparison.Ordinal);
        // the text a subscriber reads ("subscriber-preview", "subscriber-only": BLOX/TownNews), not a prompt to subscribe
        bool gated = key.Contains("subscriber", StringComparison.OrdinalIgnoreCase);
        if (!state && !post && !generated && !gated) return key;
        var tokens = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool styled = generated && tokens.Any(t => t.StartsWith("sc-", StringComparison.Ordinal));
        int kept = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            bool drop = (generated && IsGeneratedToken(t, styled)) || (state && IsStateToken(t)) || (gated && IsGatedTextToken(t)) ||
                        (post && (t.StartsWith("tag-", StringComparison.Ordinal) || t.StartsWith("category-", StringComparison.Ordinal) ||
                                  t.StartsWith("post_tag-", StringComparison.Ordinal) || t.StartsWith("format-", StringComparison.Ordinal)));
            if (!drop) tokens[kept++] = t;
        }
        return kept == tokens.Length ? key : string.Join(' ', tokens, 0, kept);
    }

    /// <summary>
    /// Class names that CSS-in-JS libraries generate from a hash: styled-components ("sc-pDboM dXmEmK", "cdfpMG"), emotion
    /// ("css-1w6fdng"). Their letters are random, so they can spell "dfp" or "nav" by chance (a headline classed
    /// "sc-qQkqj cdfpMG" is no ad). An emotion class with a label ("css-k31kfd-Skeleton") keeps its label.
    /// </summary>
    private static bool IsGeneratedToken(string t, bool styledComponents)
    {
        // (a site's own "sc-" names of words too, "sc-affiliate-disclaimer": read as names, they took an expert's comment,
        // "sc-expert-comment", for readers' comments; most "sc-" tokens are hashes, "sc-1tmu4vu-0", "sc-bdVaJa")
        if (t.StartsWith("sc-", StringComparison.Ordinal)) return true;
        if (t.StartsWith("css-", StringComparison.Ordinal))
        {
            var hash = t.AsSpan(4);
            int dash = hash.IndexOf('-');
            if (dash >= 0) return false; // labelled: the label names the role; the hash cannot start a match of a whole-token hint
            return hash.Length is >= 5 and <= 8 && hash.ContainsAnyInRange('0', '9') && !hash.ContainsAnyExceptInRange('0', 'z');
        }
        // styled-components' component hash: 5-6 letters in irregular mixed case, next to an "sc-" token ("Footer",
        // "Teaser" written as words are real names)
        if (!styledComponents || t.Length is < 5 or > 6) return false;
        bool upper = false, lower = false;
        for (int i = 0; i < t.Length; i++)
        {
            char c = t[i];
            if (c is >= 'A' and <= 'Z') { if (i > 0) upper = true; }
            else if (c is >= 'a' and <= 'z') lower = true;
            else return false;
        }
        return upper && lower;
    }

    private static bool IsGatedTextToken(string t) =>
        System.Text.RegularExpressions.Regex.IsMatch(t, @"^subscribers?[-_](?:only|preview|premium|content|exclusive|text|body)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool IsStateToken(string t)
    {
        int n = t.StartsWith("is", StringComparison.Ordinal) ? 2 : t.StartsWith("has", StringComparison.Ordinal) ? 3 : 0;
        if (n == 0 || t.Length <= n + 1) return false;
        char c = t[n];
        // "is-x"/"has-x" or camelCase "isX"/"hasX" ("issue", "hashtag" are not state flags)
        if (c == '-' || c == '_') { if (t.Length <= n + 1) return false; }
        else if (!char.IsUpper(c)) return false;
        var rest = t.AsSpan(n).TrimStart("-_");
        return !(rest.Equals("hidden", StringComparison.OrdinalIgnoreCase) || rest.Equals("invisible", StringComparison.OrdinalIgnoreCase) ||
                 rest.Equals("hide", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Live tickers name their entries "live-comment", "match-comment", "liveticker-comment", "live-match-comment-body":
    /// the reporter's running commentary is the story there, not readers' comments.
    /// </summary>
    private static bool IsLiveCommentary(string key)
    {
        if (!key.Contains("comment", StringComparison.OrdinalIgnoreCase)) return false;
        // whole words of a token only ("live-match-comment", "liveticker_comments"): "livefyre-comments" is a reader
        // comment system, and "live-comments-section" a reader comment list (only an entry's parts may follow)
        foreach (var t in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = t.ToLowerInvariant().Split('-', '_');
            int c = Array.FindLastIndex(parts, p => p is "comment" or "comments");
            if (c < 1 || (c < parts.Length - 1 && !(c == parts.Length - 2 && parts[^1] is "body" or "text" or "entry" or "item" or "content"))) continue;
            foreach (var p in parts.AsSpan(0, c))
                if (p is "live" or "match" or "ticker" or "liveticker") return true;
        }
        return false;
    }

    /// <summary>
    /// Two or more class names of two lower-case letters each ("jl jm", "ad ae"): a minifier's names, which can spell "ad"
    /// by chance.
    /// </summary>
    private static bool IsMinified(string key)
    {
        if (key.Length < 5 || key.Length % 3 != 2) return false;
        for (int i = 0; i < key.Length; i++)
        {
            char c = key[i];
            if (i % 3 == 2 ? c != ' ' : c is < 'a' or > 'z') return false;
        }
        return true;
    }

    /// <summary>"ad" or "ads" as a whole token ("ad", "top ads"), which a substring search cannot tell from "header" or "load".</summary>
    private static bool HasAdToken(string s)
    {
        for (int i = s.IndexOf("ad", StringComparison.OrdinalIgnoreCase); i >= 0; i = s.IndexOf("ad", i + 2, StringComparison.OrdinalIgnoreCase))
        {
            bool startOk = i == 0 || s[i - 1] is ' ' or '_' or '-';
            int end = i + 2;
            if (end < s.Length && (s[end] is 's' or 'S')) end++;
            bool endOk = end == s.Length || s[end] is ' ' or '_' or '-';
            if (startOk && endOk) return true;
        }
        return false;
    }

    // Blocks that are never the article although they often hold long, comma-rich prose: the author's bio, and dialogs
    // (disclosure or login modals, lightboxes) that are in the markup but shown only on demand, and account panels
    // (login, password reset) whose validation messages read like sentences.
    private static readonly Regex NotTheArticle = new(
        @"author-?(?:bio|box|info|profile|description|about)|about-?(?:the-)?author|" + B + "(?:bio|modal|popup|lightbox|overlay|dialog)" + E + "|modal-|modal__|popup-|" + Account, Opts);
    private static readonly System.Buffers.SearchValues<string> NotTheArticleKeys = System.Buffers.SearchValues.Create(
        ["author", "bio", "modal", "popup", "lightbox", "overlay", "dialog", "login", "log-in", "signin", "sign-in", "password"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A readability-style class weight: positive for content-like names, negative for boilerplate-like.</summary>
    public static int Weight(string classAndId)
    {
        if (classAndId.Length == 0) return 0;
        int w = 0;
        if (Positive.IsMatch(classAndId)) w += 15;
        if (StrongNegativeWords.IsMatch(classAndId) && StrongNegativeWords.IsMatch(WithoutDescriptiveTokens(classAndId))) w -= 25;
        else if (classAndId.AsSpan().IndexOfAny(NotTheArticleKeys) >= 0 && NotTheArticle.IsMatch(classAndId)) w -= 25;
        return w;
    }
}
