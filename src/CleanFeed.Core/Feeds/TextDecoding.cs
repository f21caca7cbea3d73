using System.Text;
using System.Text.RegularExpressions;

namespace CleanFeed.Core.Feeds;

/// <summary>Text decoded from bytes, with the name of the charset it was decoded from.</summary>
public sealed record DecodedText(string Text, string Charset);

/// <summary>
/// Turns the bytes of a feed or page into text, whatever encoding they came in. The charset is
/// taken, in order, from a byte order mark, the HTTP charset, the XML declaration or (for HTML)
/// the &lt;meta charset&gt; / http-equiv Content-Type in the first 4 KiB; without any, UTF-8, and
/// when the bytes are not valid UTF-8, windows-1252. A declared charset that is unknown, or a
/// UTF-8 declaration on bytes that are not UTF-8, falls through to the next source; a latin-1 /
/// windows-1252 label on bytes that are valid (non-ASCII) UTF-8 gives UTF-8.
/// </summary>
public static partial class TextDecoding
{
    const int SniffBytes = 4096;

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Makes the legacy code pages (ISO-8859-x, windows-125x, GB2312, Shift_JIS, KOI8-R...) available.</summary>
    public static void EnsureCodePages() { /* the static constructor does the work */ }

    /// <summary>Decodes <paramref name="bytes"/>; never throws for bad or unknown encodings.</summary>
    /// <param name="bytes">The body.</param>
    /// <param name="headerCharset">The charset parameter of the HTTP Content-Type, if any.</param>
    /// <param name="sniffHtmlMeta">Also look for HTML &lt;meta charset&gt; declarations (pages, not feeds).</param>
    public static DecodedText Decode(byte[] bytes, string? headerCharset, bool sniffHtmlMeta = false)
    {
        ArgumentNullException.ThrowIfNull(bytes);

        // 1. A byte order mark is the strongest signal there is.
        var bom = DetectBom(bytes);
        if (bom is { } b)
            return new DecodedText(b.Encoding.GetString(bytes, b.Length, bytes.Length - b.Length), b.Encoding.WebName);

        // 2. The HTTP charset, 3. what the document declares about itself.
        foreach (var candidate in Candidates(bytes, headerCharset, sniffHtmlMeta))
        {
            var encoding = GetEncoding(candidate);
            if (encoding is null)
                continue;
            if (encoding is UTF8Encoding)
            {
                if (TryUtf8(bytes, out var utf8Text))
                    return new DecodedText(utf8Text, "utf-8");
                continue; // declared UTF-8 but it is not: keep looking
            }
            if (encoding.CodePage is 1200 or 1201 or 12000 or 12001)
                continue; // UTF-16/32 without a BOM cannot have declared itself in ASCII: ignore
            // Servers often label everything latin-1 by default. Bytes that are valid UTF-8 and not
            // plain ASCII are, in practice, never latin-1 text: believe the bytes over the label.
            if (encoding.CodePage == 1252 && !IsAscii(bytes) && TryUtf8(bytes, out var actuallyUtf8))
                return new DecodedText(actuallyUtf8, "utf-8");
            return new DecodedText(encoding.GetString(bytes), encoding.WebName);
        }

        // 4. UTF-8 if it is valid, else windows-1252, which decodes any byte.
        if (TryUtf8(bytes, out var text))
            return new DecodedText(text, "utf-8");
        var cp1252 = Encoding.GetEncoding(1252);
        return new DecodedText(cp1252.GetString(bytes), cp1252.WebName);
    }

    /// <summary>
    /// The encoding for a charset label, or null when it is unknown. ISO-8859-1 and US-ASCII give
    /// windows-1252, as browsers do (servers that say latin-1 usually mean it).
    /// </summary>
    public static Encoding? GetEncoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
            return null;
        var name = charset.Trim().Trim('"', '\'').Trim().ToLowerInvariant();
        name = name switch
        {
            "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii"
                or "iso-ir-100" or "cp819" or "ibm819" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "x-sjis" or "sjis" or "ms_kanji" or "windows-31j" => "shift_jis",
            "gbk" or "x-gbk" or "gb_2312" or "gb_2312-80" or "chinese" or "csgb2312" => "gb2312",
            "iso8859-15" or "latin9" or "latin-9" => "iso-8859-15",
            "cp1250" or "cp1251" or "cp1252" or "cp1253" or "cp1254" or "cp1255" or "cp1256" or "cp1257" or "cp1258"
                => "windows-" + name[2..],
            _ => name,
        };
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding.CodePage == 65001 ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    static IEnumerable<string?> Candidates(byte[] bytes, string? headerCharset, bool sniffHtmlMeta)
    {
        yield return headerCharset;
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, SniffBytes));
        var xml = XmlDeclaration().Match(head);
        if (xml.Success)
            yield return xml.Groups["enc"].Value;
        if (sniffHtmlMeta)
        {
            foreach (Match meta in MetaTag().Matches(head))
            {
                var tag = meta.Value;
                var charset = MetaCharset().Match(tag);
                if (charset.Success)
                {
                    yield return charset.Groups["enc"].Value;
                    continue;
                }
                if (HttpEquivContentType().IsMatch(tag))
                {
                    var content = MetaContentCharset().Match(tag);
                    if (content.Success)
                        yield return content.Groups["enc"].Value;
                }
            }
        }
    }

    static (Encoding Encoding, int Length)? DetectBom(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            return (new UTF8Encoding(false), 3);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        // No BOM, but "<" (or "<?xml") as UTF-16: XML 1.0 appendix F.
        if (b.Length >= 4 && b[0] == '<' && b[1] == 0 && b[2] != 0 && b[3] == 0)
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 0);
        if (b.Length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] != 0)
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 0);
        return null;
    }

    static bool IsAscii(byte[] bytes) => System.Text.Ascii.IsValid(bytes);

    static bool TryUtf8(byte[] bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?\bencoding\s*=\s*["'](?<enc>[A-Za-z0-9._:\-]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("<meta\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex("""\bcharset\s*=\s*["']?(?<enc>[A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""http-equiv\s*=\s*["']?content-type""", RegexOptions.IgnoreCase)]
    private static partial Regex HttpEquivContentType();

    [GeneratedRegex("""content\s*=\s*["'][^"']*?charset\s*=\s*(?<enc>[A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaContentCharset();
}
