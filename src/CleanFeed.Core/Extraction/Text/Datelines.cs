using System.Text.RegularExpressions;

namespace CleanFeed.Core.Extraction.Text;

/// <summary>Recognises short lines that are only a date (and time), in the usual European and US forms.</summary>
internal static class Datelines
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private const string Months =
        "jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|févr(?:ier)?|fevereiro|mar(?:ch|s|zo|ço)?|märz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|maggio|mei|" +
        "jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust|ustus)?|août|ago(?:sto)?|sep(?:t|tember|tembre|tiembre|tembro)?|settembre|set|" +
        "oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|ottobre|nov(?:ember|embre|iembre|embro)?|dec(?:ember|embre)?|dez(?:ember|embro)?|déc(?:embre)?|dic(?:iembre|embre)?|enero|febrero|gennaio|febbraio|aprile";
    private const string Weekdays =
        "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|" +
        "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|" +
        "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mo|di|mi|do|fr|sa|so";

    private static readonly Regex DateToken = new(
        @"\b\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?\b" +
        @"|\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b" +
        @"|\b\d{1,2}\.?\s+(?:" + Months + @")\.?,?\s+\d{4}\b" +
        @"|\b(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b" +
        @"|\b(?:" + Months + @")\.?\s+\d{4}\b" +
        @"|\b\d{1,2}\.?\s+(?:de\s+)?(?:" + Months + @")\.?(?:\s+(?:de\s+)?\d{4})?\b" +
        @"|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|uhr|h)?\b|\b\d{1,2}h\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:am|pm|uhr)\b" +
        @"|\b(?:" + Weekdays + @")\b\.?,?" +
        @"|\b(?:am|um|on|at|le|el|il|op|à|a las|alle|uhr|h|et|est|cest|cet|utc|gmt|mez|mesz|edt|cdt|cst|mdt|mst|pdt|pst|pt|ct|bst|ist|aest|aedt|updated|aktualisiert|published|veröffentlicht|stand|de|del|van|of|the|posted|datum|date|\d{4}|\d{1,2})\b",
        Opts);

    private static readonly System.Buffers.SearchValues<string> ReadingTimeWords = System.Buffers.SearchValues.Create(
        ["read", "lese", "lectur", "lettura", "leitura", "leestijd"], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex ReadingTime = new(
        @"(?:^|[\s|·•,–-])(?:\d{1,3}\s*(?:min(?:\.|utes?|uten|utos|uti)?|['’′])\s*(?:read|reading time|lesezeit|lesedauer|lesen|de lecture|de lectura|di lettura|de leitura|leestijd)" +
        @"|(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd)\s*:?\s*\d{1,3}\s*(?:min(?:\.|utes?|uten|utos|uti)?|['’′]))\W*$",
        Opts);

    /// <summary>True for a short line that holds a date and nothing else of substance.</summary>
    public static bool IsDateOnly(string text)
    {
        if (text.Length < 4 || text.Length > 90) return false;
        if (text.AsSpan().TrimEnd()[^1] == '?') return false; // an interviewer's question ("Ultimo aggiornamento del 19 maggio?")
        // a stamp glued to the zone or the year before it, two spans with no space between: "5:20 p.m. EDTUpdated …",
        // "Sept. 22, 2024Updated …"
        if (text.AsSpan().IndexOfAny(GlueStarts) >= 0) text = GluedStamp.Replace(text, " "); // (two stamps: "Publiziert: 14.03.2022 um 19:55 Uhr | Aktualisiert: …")
        // the site's trust label set beside its stamp ("Published: 9:30am, 18 Jan, 2022 Why you can trust SCMP")
        if (text.Contains("trust", StringComparison.OrdinalIgnoreCase)) text = TrustLabel.Replace(text, "");
        // the reading time after the stamp ("Mercoledì 21 Maggio 2025, 07:15 Ultimo aggiornamento: 10:42 3 Minuti di Lettura")
        if (text.AsSpan().IndexOfAny(ReadingTimeWords) >= 0) text = ReadingTime.Replace(text, "");
        int digits = 0, letters = 0;
        foreach (var ch in text) { if (char.IsAsciiDigit(ch)) digits++; else if (char.IsLetter(ch)) letters++; }
        if (digits < 2 || letters > 40 || !QuickDateHint(text)) return false;
        if (!HasDate(text)) return false;
        var rest = DateToken.Replace(text, " ");
        int remaining = 0, labels = 0;
        foreach (var range in rest.AsSpan().SplitAny(" \t\n,;|•·()"))
        {
            var w = rest.AsSpan(range).Trim(".:'\"’");
            if (MetaWords.Contains(w) || StampWords.Contains(w)) { labels++; continue; } // "…, modifié le 14 mai 2024 à 20h02", "…, updated 10:30"
            // (a stamp's "p.m." when the line has a year: "Sep 15, 2021 at 2:02 p.m. EDT Updated …"; a schedule's "Tuesday, Oct. 5,
            // 6:30 p.m." is a list of the story's)
            if (w.Equals("p.m", StringComparison.OrdinalIgnoreCase) || w.Equals("a.m", StringComparison.OrdinalIgnoreCase))
                if (YearInLine.IsMatch(text)) continue;
            foreach (var ch in w) if (char.IsLetterOrDigit(ch)) remaining++;
        }
        // (past 70 characters, only with a stamp's label: two stamps, "Publiziert: … | Aktualisiert: …"; a warning's window
        // "Sunday, March 9, 2025, 11:52 p.m. CDT – Monday, March 10, …" or a broadcast's dates are the story's)
        if (text.Length > 70 && labels == 0) return false;
        if (remaining <= 3) return true;
        // "12.03.2021 | Politik", "24. März 2004, 19:49 | Jane Doe": a date with a short label beside it
        if (text.IndexOfAny(['|', '•', '·']) >= 0 && remaining <= 25)
        {
            int words = rest.Split([' ', '|', '•', '·', ','], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
            return words <= 3;
        }
        return false;
    }

    private static readonly Regex TrustLabel = new(@"\s*[|•·–—-]?\s*\bwhy you can trust (?!(?:the|this|these|those|our|your|its|a|an|my)\b)(?:us|(?-i:\p{Lu})[\p{L}\d.'’&-]*(?: (?-i:\p{Lu})[\p{L}\d.'’&-]*){0,3})\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly System.Buffers.SearchValues<char> GlueStarts = System.Buffers.SearchValues.Create("UPMA");
    private static readonly Regex GluedStamp = new(@"(?<=[\p{Lu}\d])(?=(?:Updated|Published|Posted|Modified|Aktualisiert)\b)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// A time under its update or publication label, nothing else ("mis à jour à 19:40", "Actualizado a las 09:12h",
    /// "Aktualisiert um 14:35 Uhr"): the day is the stamp's beside it. Over the text only (in it, such lines mark a live
    /// story's updates or quote a status page's log).
    /// </summary>
    public static bool IsLabelledTime(string text) => text.Length <= 40 && text.AsSpan().ContainsAnyInRange('0', '9') && LabelledTime.IsMatch(text);

    private static readonly Regex LabelledTime = new(
        @"^\W*(?:updated|published|posted|modified|last modified|aktualisiert|veröffentlicht|publiziert|geändert|publié|modifié|mis à jour|mise à jour|actualizado|publicado|atualizado|aggiornato|pubblicato|bijgewerkt|gepubliceerd)\b.{0,12}\b\d{1,2}[:h.]\d{2}(?!\d)(?:\s*(?:h|uhr|am|pm|a\.m\.|p\.m\.))?\W*$",
        Opts);

    private static readonly Regex YearInLine = new(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant);

    // Words that only a byline or a date label uses: they turn "name + date" into a byline. ("von", "by", "par", "por" are
    // ordinary prepositions: they count only at the start of the line, before a name.)
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MetaWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "written", "posted", "updated", "published", "modified", "zuletzt", "geändert", "aktualisiert", "veröffentlicht", "publiziert", "erstellt",
        "publié", "modifié", "modifiée", "publicado", "actualizado", "atualizado", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt",
        "autor", "autorin", "author", "auteur", "redaktion", "redacción", "redazione", "redactie",
        "aggiornamento", "actualización", "atualização", // "Ultimo aggiornamento: 10:42"
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The rest of a stamp's label in a line that is only a date ("mis à jour le …", "Dernière mise à jour : …").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StampWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mis", "mise", "jour", "dernière", "last", "ultimo", "última", "ultima", "letzte",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Regex LeadingBy = new(@"^(?:by|von|par|por|door|di|da|de)\s+\p{Lu}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex By = new(@"(?:^|[\s,|•·–—-])(?:by|von|par|por|door)\s+\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// A short line that holds a date and little else: the date alone (<see cref="IsDateOnly"/>), a date with a name or
    /// place ("25.10.2022 - Reiner Nagel", "Agencia EFE 04.05.2022", "Hamburg, 2. November 2021": up to three other
    /// words, each capitalised), or a byline with its date ("Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", "Written by
    /// Miami Today on November 7, 2023", "Evgenia Karp Zuletzt geändert am 06.11.2023": up to seven other words; "11.09.2011,
    /// 16:20 von jovelstefan": "by"/"von" and a name, up to three words). A line
    /// that ends like a sentence, or names an event ("Rücktritt von Bürgermeister Schulz am 5. Mai 2024"), is text.
    /// </summary>
    public static bool IsDateline(string text)
    {
        if (IsDateOnly(text)) return true;
        if (text.Length is < 8 or > 100 || !QuickDateHint(text) || !HasDate(text)) return false;
        var trimmed = text.AsSpan().TrimEnd();
        if (trimmed[^1] is '!' or '?' or ':' || (trimmed[^1] == '.' && !char.IsAsciiDigit(trimmed[^2]))) return false;
        var rest = DateToken.Replace(text, " ");
        int words = 0;
        bool meta = LeadingBy.IsMatch(text), capitalised = true;
        foreach (var range in rest.AsSpan().SplitAny(" \t\n|•·,;–—-/()"))
        {
            var w = rest.AsSpan(range).Trim(".:'\"’");
            if (w.Length == 0 || !w.ContainsAnyExcept("0123456789")) continue;
            words++;
            meta |= MetaWords.Contains(w);
            capitalised &= char.IsUpper(w[0]);
            if (words > 7) return false;
        }
        // "11.09.2011, 16:20 von jovelstefan": a short line with "by/von" + a name
        return (words <= 3 && (capitalised || By.IsMatch(rest))) || meta;
    }

    private static readonly Regex RealDate = new(
        @"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b|\b\d{1,2}\.?\s+(?:de\s+)?(?:" + Months + @")\b|\b(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:" + Months + @")\.?\s+\d{4}\b",
        Opts);

    /// <summary>Cheap necessary condition for a date: digit-separator-digit, a four-digit year next to a month word, or a month word.</summary>
    private static bool QuickDateHint(string text)
    {
        var span = text.AsSpan();
        for (int i = 1; i + 1 < span.Length; i++)
            if (span[i] is '.' or '/' or '-' && char.IsAsciiDigit(span[i - 1]) && (char.IsAsciiDigit(span[i + 1]) || (span[i + 1] == ' ' && i + 2 < span.Length && char.IsAsciiDigit(span[i + 2]))))
                return true;
        int start = -1;
        for (int i = 0; i <= span.Length; i++)
        {
            bool letter = i < span.Length && char.IsLetter(span[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (i - start >= 3 && Metadata.DateText.IsMonth(span[start..i])) return true;
                start = -1;
            }
        }
        return false;
    }

    private static readonly Regex DayOrTime = new(
        @"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:am|pm|uhr)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b|\b\d{1,2}\.?\s+(?:de\s+)?(?:" + Months + @")\.?,?\s+(?:de\s+)?\d{4}\b|\b(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b",
        Opts);

    /// <summary>A dateline that stamps a moment: a whole date with its day and year, or a time ("Posted: 11/23/2026 4:55 PM",
    /// "28.04.2020 21:38 Uhr"); not a month ("Oktober 2015") or a day without its year ("THURSDAY APRIL 2") heading a list entry.</summary>
    public static bool IsStamp(string text) => IsDateline(text) && DayOrTime.IsMatch(text);

    /// <summary>A stamp with its label ("Posted: …", "Updated …", "Stand: …", "Veröffentlicht am …").</summary>
    public static bool IsLabelledStamp(string text)
    {
        // (the label first: a word lookup per word is cheaper than the date patterns)
        foreach (var range in text.AsSpan().SplitAny(" \t,;:|•·()"))
        {
            var w = text.AsSpan(range).Trim(".'\"’");
            if (MetaWords.Contains(w) || w.Equals("stand", StringComparison.OrdinalIgnoreCase)) return IsStamp(text);
        }
        return false;
    }

    public static bool HasDate(string text) => text.AsSpan().ContainsAnyInRange('0', '9') && RealDate.IsMatch(text);
}
