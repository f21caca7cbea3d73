using System.Text.RegularExpressions;

namespace CleanFeed.Core.Extraction.Metadata;

/// <summary>
/// Finds a calendar date inside free text (a dateline, a byline, a URL path): "Von Claudia Riedler 19. Oktober 2019 00:04
/// Uhr", "November 22, 2011", "3 de mayo de 2022", "le 5 mars 2020", "25.01.2022", "/2014/05/18/". Only whole dates with a
/// year count; the time of day is left out (a dateline's clock time has no time zone).
/// </summary>
internal static partial class DateText
{
    // Month names and abbreviations in en, de, fr, es, pt, it, nl, keyed by their first three letters ("jui" needs a fourth).
    private static int Month(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return 0;
        Span<char> w = stackalloc char[Math.Min(word.Length, 12)];
        int n = word[..w.Length].ToLowerInvariant(w);
        var p = w[..n];
        if (p.StartsWith("jui")) return p.Length >= 4 && p[3] == 'n' ? 6 : p.Length >= 4 && p[3] == 'l' ? 7 : 0;
        return p[..3] switch
        {
            "jan" or "jän" or "ene" or "gen" => 1,
            "feb" or "fév" or "fev" => 2,
            "mar" or "mär" or "maa" => 3,
            "apr" or "avr" or "abr" => 4,
            "may" or "mai" or "mei" or "mag" => 5,
            "jun" or "giu" => 6,
            "jul" or "lug" => 7,
            "aug" or "aoû" or "aou" or "ago" => 8,
            "sep" or "set" => 9,
            "oct" or "okt" or "out" or "ott" => 10,
            "nov" => 11,
            "dec" or "déc" or "dez" or "dic" => 12,
            _ => 0,
        };
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})(?<sep>[./])\s?(?<b>\d{1,2})\k<sep>\s?(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex Numeric();

    // "19. Oktober 2019", "22 November 2011", "3 de mayo de 2022", "5 mars 2020"
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s+(?:de\s+)?(?<mon>\p{L}{3,10})\.?,?\s+(?:de\s+)?(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    // "November 22, 2011", "Oct. 5 2020"
    [GeneratedRegex(@"(?<mon>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    // a permalink's date: /2014/05/18/ or /2014-05-18
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?:[/._-]|$)")]
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
        if (num.Success)
        {
            int a = Int(num, "a"), b = Int(num, "b");
            bool mdy = num.Groups["sep"].Value == "/" && (a > 12 ? false : b > 12 || monthFirst);
            Take(num, Int(num, "y"), mdy ? a : b, mdy ? b : a);
        }
        for (var m = DayMonthYear().Match(text); m.Success; m = m.NextMatch())
            if (Month(m.Groups["mon"].ValueSpan) is > 0 and var mo) { Take(m, Int(m, "y"), mo, Int(m, "d")); break; }
        for (var m = MonthDayYear().Match(text); m.Success; m = m.NextMatch())
            if (Month(m.Groups["mon"].ValueSpan) is > 0 and var mo) { Take(m, Int(m, "y"), mo, Int(m, "d")); break; }
        return best;
    }

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
