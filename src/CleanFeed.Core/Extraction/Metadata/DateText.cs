using System.Text.RegularExpressions;

namespace CleanFeed.Core.Extraction.Metadata;

/// <summary>
/// Finds a calendar date inside free text (a dateline, a byline, a URL path): "Von Claudia Riedler 19. Oktober 2019 00:04
/// Uhr", "November 22, 2011", "3 de mayo de 2022", "le 5 mars 2020", "25.01.2022", "/2014/05/18/". Only whole dates with a
/// year count; the time of day is left out (a dateline's clock time has no time zone).
/// </summary>
internal static partial class DateText
{
    // Month names and their usual abbreviations in en, de, fr, es, pt, it, nl: whole words only ("Markets" is no March).
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = BuildMonths().GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, int> BuildMonths()
    {
        var names = new[]
        {
            "jan january januar jänner jän janvier janv enero ene janeiro gennaio gen januari",
            "feb february februar feber février févr fevr febrero fevereiro fev febbraio februari",
            "mar march märz mär mars marzo março maart",
            "apr april avril avr abril abr aprile",
            "may mai mayo maio maggio mag mei",
            "jun june juni juin junio junho giugno giu",
            "jul july juli juillet juil julio julho luglio lug",
            "aug august août aout agosto ago augustus",
            "sep sept september septembre septiembre setiembre setembro settembre set",
            "oct october oktober okt octobre octubre outubro out ottobre ott",
            "nov november novembre noviembre novembro",
            "dec december dezember dez décembre déc diciembre dic dezembro dicembre",
        };
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int m = 0; m < names.Length; m++)
            foreach (var w in names[m].Split(' ')) map[w] = m + 1;
        return map;
    }

    private static int Month(ReadOnlySpan<char> word) => Months.TryGetValue(word, out var m) ? m : 0;

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})(?<sep>[./])\s?(?<b>\d{1,2})\k<sep>\s?(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex Numeric();

    // "19. Oktober 2019", "22 November 2011", "3 de mayo de 2022", "5 mars 2020", "26, Abril, 2022"
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:\.|º|er|st|nd|rd|th|,)?\s+(?:de\s+)?(?<mon>\p{L}{3,10})(?!\p{L})\.?,?\s+(?:de\s+)?(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    // "November 22, 2011", "Oct. 5 2020"
    [GeneratedRegex(@"(?<!\p{L})(?<mon>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    // a permalink's date: /2014/05/18/ (the day a whole path segment: "/2019/03/10-reasons-to-…" is a listicle) or /2014-05-18…
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>\d{1,2})/(?<d>\d{1,2})(?:/|\.html?$|$)|/(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?:[/._-]|$)")]
    private static partial Regex UrlPath();

    /// <summary>The first whole date in <paramref name="text"/> (midnight UTC), or null. <paramref name="monthFirst"/>: read
    /// "3/5/2022" as March 5 (US English); dotted dates are always day first.</summary>
    public static DateTimeOffset? Find(string? text, bool monthFirst = false)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 400 || !text.AsSpan().ContainsAnyInRange('0', '9')) return null;
        DateTimeOffset? best = null;
        int at = int.MaxValue;
        void Take(Match m, int y, int mo, int d)
        {
            if (!m.Success || m.Index >= at || Make(y, mo, d) is not { } v) return;
            best = v;
            at = m.Index;
        }
        var iso = Iso().Match(text);
        if (iso.Success) Take(iso, Int(iso, "y"), Int(iso, "m"), Int(iso, "d"));
        var num = Numeric().Match(text);
        if (num.Success && FromNumeric(num, monthFirst) is { } nd && num.Index < at) { best = nd; at = num.Index; }
        for (var m = DayMonthYear().Match(text); m.Success; m = m.NextMatch())
            if (Month(m.Groups["mon"].ValueSpan) is > 0 and var mo) { Take(m, Int(m, "y"), mo, Int(m, "d")); break; }
        for (var m = MonthDayYear().Match(text); m.Success; m = m.NextMatch())
            if (Month(m.Groups["mon"].ValueSpan) is > 0 and var mo) { Take(m, Int(m, "y"), mo, Int(m, "d")); break; }
        return best;
    }

    // "Updated 14 March 2024 | Published 1 March 2024": the date after a publication word is the published date.
    [GeneratedRegex(@"\b(?:published|posted|veröffentlicht|publiziert|erschienen|publié|publicado|pubblicato|gepubliceerd)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedWord();

    /// <summary>The published date in a byline or dateline: the first date after a publication word, else the first date.</summary>
    public static DateTimeOffset? FindPublished(string? text, bool monthFirst = false)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var w = PublishedWord().Match(text);
        return (w.Success ? Find(text[w.Index..], monthFirst) : null) ?? Find(text, monthFirst);
    }

    /// <summary>A numeric day/month date in the text ("06.12.2022", "3/5/2022"), by the same rules as <see cref="Find"/>; null when there is none.</summary>
    public static DateTimeOffset? FindNumeric(string text, bool monthFirst = false)
    {
        var num = Numeric().Match(text);
        return num.Success ? FromNumeric(num, monthFirst) : null;
    }

    // Dotted dates are day first; slashed ones too, unless the page is US English or the first part cannot be a day.
    private static DateTimeOffset? FromNumeric(Match num, bool monthFirst)
    {
        int a = Int(num, "a"), b = Int(num, "b");
        bool mdy = num.Groups["sep"].Value == "/" && a <= 12 && (b > 12 || monthFirst);
        return Make(Int(num, "y"), mdy ? a : b, mdy ? b : a);
    }

    /// <summary>A month's name or usual abbreviation in one of the supported languages ("Oktober", "déc", "mayo").</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => Month(word) > 0;

    /// <summary>The date in a permalink's path ("https://example.com/2014/05/18/title/"), or null.</summary>
    public static DateTimeOffset? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var u)) return null;
        var m = UrlPath().Match(u.AbsolutePath);
        return m.Success ? Make(Int(m, "y"), Int(m, "m"), Int(m, "d")) : null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset? Make(int y, int m, int d)
    {
        if (y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero);
    }
}
