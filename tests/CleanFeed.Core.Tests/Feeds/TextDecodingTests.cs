using System.Net;
using System.Text;
using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Tests.Feeds;

public sealed class TextDecodingTests
{
    static TextDecodingTests() => TextDecoding.EnsureCodePages();

    static byte[] Enc(string text, string charset) => Encoding.GetEncoding(charset).GetBytes(text);

    [Fact]
    public void Utf8_without_any_declaration()
    {
        var (text, charset) = TextDecoding.Decode(Encoding.UTF8.GetBytes("<p>Grüße 日本</p>"), null);
        Assert.Equal("<p>Grüße 日本</p>", text);
        Assert.Equal("utf-8", charset);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Byte_order_mark_wins_over_everything(string encoding)
    {
        var enc = Encoding.GetEncoding(encoding);
        var bytes = enc.GetPreamble().Concat(enc.GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><a>é</a>")).ToArray();

        var (text, _) = TextDecoding.Decode(bytes, "windows-1251");

        Assert.Equal("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><a>é</a>", text); // and no BOM left in the text
    }

    [Fact]
    public void Http_charset_is_used()
    {
        var (text, charset) = TextDecoding.Decode(Enc("Привет", "koi8-r"), "KOI8-R");
        Assert.Equal("Привет", text);
        Assert.Equal("koi8-r", charset);
    }

    [Fact]
    public void Xml_declaration_is_used_without_http_charset()
    {
        var bytes = Enc("<?xml version='1.0' encoding='ISO-8859-2'?><a>Łódź</a>", "iso-8859-2");
        var (text, charset) = TextDecoding.Decode(bytes, null);
        Assert.Equal("<?xml version='1.0' encoding='ISO-8859-2'?><a>Łódź</a>", text);
        Assert.Equal("iso-8859-2", charset);
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"shift_jis\"><title>日本語</title></head></html>", "shift_jis")]
    [InlineData("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>中文</title></head></html>", "gb2312")]
    [InlineData("<html><head><META HTTP-EQUIV='content-type' CONTENT='text/html;charset=windows-1251'><title>Пример</title></head></html>", "windows-1251")]
    public void Html_meta_declarations_are_used_for_pages(string html, string encoding)
    {
        var (text, _) = TextDecoding.Decode(Enc(html, encoding), null, sniffHtmlMeta: true);
        Assert.Equal(html, text);
    }

    [Fact]
    public void Html_meta_is_ignored_for_feeds()
    {
        var html = "<meta charset=\"windows-1251\"><p>Пример</p>";
        var (_, charset) = TextDecoding.Decode(Enc(html, "windows-1251"), null, sniffHtmlMeta: false);
        Assert.Equal("windows-1252", charset); // not UTF-8, no XML declaration: the windows-1252 fallback
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        var (text, charset) = TextDecoding.Decode(Enc("It’s €5 — café", "windows-1252"), null);
        Assert.Equal("It’s €5 — café", text);
        Assert.Equal("windows-1252", charset);
    }

    [Fact]
    public void Declared_utf8_that_is_not_utf8_falls_through()
    {
        var bytes = Enc("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>café</a>", "windows-1252");
        var (text, _) = TextDecoding.Decode(bytes, "utf-8");
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>café</a>", text);
    }

    [Theory]
    [InlineData("x-unknown-charset")]
    [InlineData("\"utf-8\"")]
    [InlineData("")]
    public void Unknown_or_quoted_charset_names_fall_back_gracefully(string header)
    {
        var (text, _) = TextDecoding.Decode(Encoding.UTF8.GetBytes("naïve"), header);
        Assert.Equal("naïve", text);
    }

    [Fact]
    public void Latin1_label_means_windows_1252_as_in_browsers()
    {
        var (text, charset) = TextDecoding.Decode([0x93, 0x48, 0x69, 0x94], "iso-8859-1");
        Assert.Equal("\u201cHi\u201d", text);
        Assert.Equal("windows-1252", charset);
    }

    [Fact]
    public void Utf16_declaration_without_bom_is_ignored()
    {
        var (text, _) = TextDecoding.Decode(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>ü</a>"), null);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>ü</a>", text);
    }

    [Fact]
    public void Utf8_bytes_mislabelled_latin1_are_read_as_utf8()
    {
        var (text, charset) = TextDecoding.Decode(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Crème brûlée</a>"), "ISO-8859-1");
        Assert.Equal("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Crème brûlée</a>", text);
        Assert.Equal("utf-8", charset);
    }

    [Fact]
    public void Other_legacy_labels_are_trusted_even_when_bytes_happen_to_be_valid_utf8()
    {
        // D0 BF is "Рї" in windows-1251 and also valid UTF-8 ("п"): the explicit label wins.
        var (text, charset) = TextDecoding.Decode([0xD0, 0xBF], "windows-1251");
        Assert.Equal("Рї", text);
        Assert.Equal("windows-1251", charset);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16_xml_without_bom_is_recognised(string encoding)
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><title>Ünïcödé</title></channel></rss>";
        var (text, charset) = TextDecoding.Decode(Encoding.GetEncoding(encoding).GetBytes(xml), null);
        Assert.Equal(xml, text);
        Assert.StartsWith("utf-16", charset);
    }
}
