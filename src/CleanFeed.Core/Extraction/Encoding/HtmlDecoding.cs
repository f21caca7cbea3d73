using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace CleanFeed.Core.Extraction;

/// <summary>
/// Turns the bytes of an HTML page into text the way a browser picks the encoding:
/// 1. a byte order mark (UTF-8, UTF-16 LE/BE);
/// 2. the charset of the HTTP Content-Type header;
/// 3. a &lt;meta charset&gt; or &lt;meta http-equiv="Content-Type"&gt; (or an XML declaration) in the first 4096 bytes;
/// 4. otherwise UTF-8 when the bytes are valid UTF-8, else windows-1252.
/// Labels are mapped as the WHATWG Encoding standard does (iso-8859-1, us-ascii and latin1 mean windows-1252,
/// gb2312 means GBK, a utf-16 label in a meta tag means UTF-8). One pragmatic deviation: a page that declares a
/// single-byte encoding but whose bytes are valid UTF-8 with multi-byte sequences is decoded as UTF-8, because
/// that mislabel is far more common on the web than text that happens to be valid UTF-8.
/// </summary>
public static class HtmlDecoding
{
    private const int PrescanBytes = 4096;
    /// <summary>Largest decompressed page <see cref="ReadPage"/> accepts (decompression-bomb guard).</summary>
    public const int MaxDecompressedBytes = 64 * 1024 * 1024;

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Makes sure legacy code pages (windows-125x, ISO-8859-x, GBK, Shift_JIS...) are available.</summary>
    public static void EnsureCodePages() { /* runs the static constructor */ }

    private static readonly Regex MetaCharset = new(
        @"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_.:\-]+)|<\?xml\b[^>]*\bencoding\s*=\s*[""'](?<cs>[A-Za-z0-9_.:\-]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Decodes page bytes; <paramref name="contentTypeCharset"/> is the HTTP header's charset (or a whole Content-Type value), if any.</summary>
    public static string Decode(byte[] bytes, string? contentTypeCharset = null) => Decode(bytes, contentTypeCharset, out _);

    /// <summary>Decodes page bytes and tells which encoding was used.</summary>
    public static string Decode(byte[] bytes, string? contentTypeCharset, out Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        // 1. BOM
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { encoding = Encoding.UTF8; return Encoding.UTF8.GetString(span[3..]); }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { encoding = Encoding.Unicode; return Encoding.Unicode.GetString(span[2..]); }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { encoding = Encoding.BigEndianUnicode; return Encoding.BigEndianUnicode.GetString(span[2..]); }

        // 2. HTTP charset, 3. meta prescan
        var declared = FromLabel(ExtractCharset(contentTypeCharset), fromMeta: false) ?? FromLabel(Prescan(span), fromMeta: true);
        bool validUtf8 = IsValidUtf8(span, out bool hasMultiByte);
        if (declared is not null)
        {
            if (declared.CodePage != 65001 && validUtf8 && hasMultiByte && IsSingleByte(declared))
                declared = Encoding.UTF8;
            // A page declared UTF-8 whose bytes are not: a windows-1252 page under a template's UTF-8 meta, or a UTF-8 page
            // with a few pasted windows-1252 bytes. Valid sequences are read as UTF-8 and each stray byte as its
            // windows-1252 character, where the strict reading would make every such byte U+FFFD ("caf� cr�me").
            if (declared.CodePage == 65001 && !validUtf8) declared = Utf8OrWindows1252;
            encoding = declared;
            return declared.GetString(span);
        }
        // 4. fallback (the same mixed reading: a page of valid UTF-8 with one stray byte keeps its UTF-8 characters)
        encoding = validUtf8 ? Encoding.UTF8 : Utf8OrWindows1252;
        return encoding.GetString(span);
    }

    /// <summary>UTF-8 that reads each byte of an invalid sequence as its windows-1252 character.</summary>
    private static readonly Encoding Utf8OrWindows1252 = Encoding.GetEncoding(65001, EncoderFallback.ReplacementFallback, new Windows1252ByteFallback());

    private sealed class Windows1252ByteFallback : DecoderFallback
    {
        public override int MaxCharCount => 4; // (the decoder hands over at most a sequence's bytes at once)
        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private static readonly Encoding Windows1252 = Encoding.GetEncoding(1252);
            private readonly char[] _chars = new char[8];
            private int _count, _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _count = Windows1252.GetChars(bytesUnknown, 0, bytesUnknown.Length, _chars, 0);
                _next = 0;
                return _count > 0;
            }

            public override char GetNextChar() => _next < _count ? _chars[_next++] : '\0';
            public override bool MovePrevious() { if (_next == 0) return false; _next--; return true; }
            public override int Remaining => _count - _next;
            public override void Reset() { _count = _next = 0; }
        }
    }

    /// <summary>Reads a page file (optionally gzip-compressed, recognised by its magic bytes) and decodes it.</summary>
    public static string ReadPage(string path, string? contentTypeCharset = null)
        => Decode(Decompress(File.ReadAllBytes(path)), contentTypeCharset);

    /// <summary>Decompresses gzip data (recognised by its magic bytes); other bytes are returned as they are.</summary>
    public static byte[] Decompress(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] != 0x1F || bytes[1] != 0x8B) return bytes;
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream(bytes.Length * 4);
        var buffer = new byte[81920];
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + n > MaxDecompressedBytes) throw new InvalidDataException($"Page is larger than {MaxDecompressedBytes} bytes once decompressed.");
            output.Write(buffer, 0, n);
        }
        return output.ToArray();
    }

    private static string? ExtractCharset(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var i = value.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (i < 0) return value.Contains('/') || value.Contains(';') ? null : value.Trim().Trim('"', '\'');
        var rest = value[(i + 7)..].TrimStart();
        if (!rest.StartsWith('=')) return null;
        rest = rest[1..].Trim().Trim('"', '\'');
        var end = rest.IndexOfAny([';', ' ', '"', '\'']);
        return end >= 0 ? rest[..end] : rest;
    }

    private static string? Prescan(ReadOnlySpan<byte> span)
    {
        var head = span[..Math.Min(span.Length, PrescanBytes)];
        // Latin-1 maps bytes 1:1 to chars, so ASCII markup is found whatever the encoding.
        var text = Encoding.Latin1.GetString(head);
        foreach (Match m in MetaCharset.Matches(text))
        {
            var cs = m.Groups["cs"].Value;
            if (cs.Length > 0) return cs;
        }
        return null;
    }

    /// <summary>Maps a charset label to an encoding as the WHATWG Encoding standard does; null when unknown.</summary>
    public static Encoding? FromLabel(string? label, bool fromMeta = false)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        EnsureCodePages();
        var l = label.Trim().ToLowerInvariant();
        switch (l)
        {
            case "utf8" or "utf-8" or "unicode-1-1-utf-8" or "x-unicode20utf8":
                return Encoding.UTF8;
            case "utf-16" or "utf-16le" or "unicode" or "ucs-2" or "utf-16be":
                if (fromMeta) return Encoding.UTF8; // WHATWG: a utf-16 label in a meta tag means UTF-8
                return l == "utf-16be" ? Encoding.BigEndianUnicode : Encoding.Unicode;
            case "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "ansi_x3.4-1968" or "cp1252" or "windows-1252" or "x-cp1252" or "cp819" or "ibm819" or "iso_8859-1":
                return Encoding.GetEncoding(1252);
            case "gb2312" or "gbk" or "x-gbk" or "chinese" or "csgb2312" or "gb_2312-80" or "iso-ir-58":
                return Encoding.GetEncoding(936);
            case "iso-8859-9" or "latin5" or "windows-1254":
                return Encoding.GetEncoding(1254);
            case "x-sjis" or "sjis" or "shift-jis" or "ms_kanji" or "windows-31j":
                return Encoding.GetEncoding(932);
        }
        try { return Encoding.GetEncoding(l); }
        catch (ArgumentException) { return null; }
    }

    private static bool IsSingleByte(Encoding e) => e.IsSingleByte;

    private static bool IsValidUtf8(ReadOnlySpan<byte> span, out bool hasMultiByte)
    {
        hasMultiByte = span.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
        if (!hasMultiByte) return true;
        return System.Text.Unicode.Utf8.IsValid(span);
    }
}
