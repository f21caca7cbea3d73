using System.Globalization;
using System.Text.RegularExpressions;

namespace CleanFeed.Core.Feeds;

/// <summary>
/// Parses the dates feeds actually contain: RFC 822/1123 with named, numeric or missing zones,
/// two-digit years, missing seconds or weekdays; ISO 8601 / RFC 3339 with or without zone or
/// fraction; and what <see cref="DateTimeOffset.TryParse(string?, IFormatProvider?, DateTimeStyles, out DateTimeOffset)"/>
/// still makes sense of. Dates without a zone are taken as UTC. Results are UTC.
/// </summary>
public static partial class FeedDates
{
    static readonly Dictionary<string, int> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300,
        ["MST"] = -420, ["MDT"] = -360, ["PST"] = -480, ["PDT"] = -420,
        ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600, ["AST"] = -240, ["ADT"] = -180, ["NST"] = -210, ["NDT"] = -150,
        ["BST"] = 60, ["IST"] = 330, ["CET"] = 60, ["CEST"] = 120, ["MET"] = 60, ["MEST"] = 120, ["WEST"] = 60,
        ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180, ["JST"] = 540, ["KST"] = 540, ["HKT"] = 480, ["SGT"] = 480,
        ["AWST"] = 480, ["ACST"] = 570, ["ACDT"] = 630, ["AEST"] = 600, ["AEDT"] = 660, ["NZST"] = 720, ["NZDT"] = 780,
        // RFC 822 military zones other than Z are notoriously misused: treat them as UTC.
    };

    static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The date in UTC, or null when <paramref name="value"/> is empty or not a date.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var s = WhiteSpace().Replace(value.Trim(), " ");

        var rfc = Rfc822().Match(s);
        if (rfc.Success && FromRfc822(rfc) is { } r)
            return r;

        // TryParse completes what is missing from the clock: "10:52" would be today. Without a four-digit year it is no date.
        if (!FourDigits().IsMatch(s))
            return null;

        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return parsed.ToUniversalTime();

        // "2024-03-05T10:00:00 CEST" and similar: a parsable date followed by a named zone.
        var named = TrailingZone().Match(s);
        if (named.Success && Zones.TryGetValue(named.Groups["zone"].Value, out var minutes)
            && DateTime.TryParse(named.Groups["date"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromMinutes(minutes)).ToUniversalTime();

        return null;
    }

    static DateTimeOffset? FromRfc822(Match m)
    {
        var monthName = m.Groups["mon"].Value.ToLowerInvariant();
        var month = Array.FindIndex(Months, x => monthName.StartsWith(x, StringComparison.Ordinal)) + 1;
        if (month == 0)
            return null;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Value.Length == 2)
            year += year < 50 ? 2000 : 1900;
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (second == 60) second = 59; // leap second
        if (day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || hour > 24 || minute > 59 || second > 59 || year < 1)
            return null;

        var offset = ParseZone(m.Groups["zone"].Value);
        try
        {
            var dt = new DateTime(year, month, day, hour == 24 ? 0 : hour, minute, second, DateTimeKind.Unspecified);
            if (hour == 24) dt = dt.AddDays(1);
            return new DateTimeOffset(dt, offset).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    static TimeSpan ParseZone(string zone)
    {
        // "+0200", "GMT+2", "CEST", "+0200 (CEST)": the first token says it.
        zone = zone.Trim().TrimStart('(').Split(' ', '(', ')')[0];
        if (zone.Length == 0)
            return TimeSpan.Zero;
        var numeric = NumericZone().Match(zone);
        if (numeric.Success)
        {
            var h = int.Parse(numeric.Groups["h"].Value, CultureInfo.InvariantCulture);
            var mm = numeric.Groups["m"].Success ? int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (h > 14 || mm > 59)
                return TimeSpan.Zero;
            var minutes = h * 60 + mm;
            return TimeSpan.FromMinutes(numeric.Groups["sign"].Value == "-" ? -minutes : minutes);
        }
        return Zones.TryGetValue(zone, out var offset) ? TimeSpan.FromMinutes(offset) : TimeSpan.Zero;
    }

    // [Weekday,] D Mon YYYY HH:MM[:SS][.fff] [zone]
    [GeneratedRegex("""^(?:[A-Za-z]+\.?,?\s*)?(?<day>\d{1,2})[\s\-](?<mon>[A-Za-z]{3,9})\.?[\s\-](?<year>\d{4}|\d{2})[\s,T]+(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?\s*(?<zone>.*)$""")]
    private static partial Regex Rfc822();

    [GeneratedRegex("""^(?:(?:GMT|UTC|UT)\s*)?(?<sign>[+\-])(?<h>\d{1,2}):?(?<m>\d{2})?$""", RegexOptions.IgnoreCase)]
    private static partial Regex NumericZone();

    [GeneratedRegex("""^(?<date>.*\d)\s*(?<zone>[A-Za-z]{2,5})$""")]
    private static partial Regex TrailingZone();

    [GeneratedRegex("""\s+""")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(?<![\d+:])(?:19|20)\d{2}(?!\d)")]
    private static partial Regex FourDigits();
}
