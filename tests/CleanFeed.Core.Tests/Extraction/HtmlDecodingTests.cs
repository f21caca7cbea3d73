using System.Text;
using CleanFeed.Core.Extraction;

namespace CleanFeed.Core.Tests.Extraction;

public class HtmlDecodingTests
{
    static HtmlDecodingTests() => HtmlDecoding.EnsureCodePages();

    [Fact]
    public void Meta_charset_windows_1252_is_honoured()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>Grüße – “quoted”</body></html>");
        Assert.Contains("Grüße – “quoted”", HtmlDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Http_equiv_iso_8859_1_means_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Straße €</p>");
        var text = HtmlDecoding.Decode(bytes, null, out var enc);
        Assert.Contains("Straße €", text);
        Assert.Equal(1252, enc.CodePage);
    }

    [Fact]
    public void Http_charset_wins_over_meta()
    {
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes("<meta charset=\"utf-8\"><p>Łódź</p>");
        Assert.Contains("Łódź", HtmlDecoding.Decode(bytes, "text/html; charset=iso-8859-2"));
    }

    [Fact]
    public void Bom_wins_over_everything()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>Grüße</p>")).ToArray();
        Assert.Contains("Grüße", HtmlDecoding.Decode(bytes, "iso-8859-1"));
    }

    [Fact]
    public void Undeclared_invalid_utf8_falls_back_to_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<p>Café crème</p>");
        Assert.Contains("Café crème", HtmlDecoding.Decode(bytes, null));
    }

    [Fact]
    public void A_windows_1252_page_under_a_utf8_meta_keeps_its_accents_and_quotes()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<meta charset=\"utf-8\"><p>“It’s the café’s crème brûlée,” she said — €4.</p>");
        var text = HtmlDecoding.Decode(bytes, null);
        Assert.Contains("“It’s the café’s crème brûlée,” she said — €4.", text);
        Assert.DoesNotContain('\uFFFD', text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/html; charset=UTF-8")]
    public void A_utf8_page_with_a_few_pasted_windows_1252_bytes_keeps_both(string? contentType)
    {
        // (a UTF-8 page where one paragraph was pasted from a windows-1252 editor)
        var bytes = Encoding.UTF8.GetBytes("<p>日本語 Grüße “ok”</p><p>")
            .Concat(Encoding.GetEncoding(1252).GetBytes("naïve résumé – fine"))
            .Concat(Encoding.UTF8.GetBytes("</p><p>Straße — end</p>")).ToArray();
        var text = HtmlDecoding.Decode(bytes, contentType);
        Assert.Contains("日本語 Grüße “ok”", text);
        Assert.Contains("naïve résumé – fine", text);
        Assert.Contains("Straße — end", text);
    }

    [Fact]
    public void Undeclared_valid_utf8_is_utf8()
    {
        Assert.Contains("日本語 Grüße", HtmlDecoding.Decode(Encoding.UTF8.GetBytes("<p>日本語 Grüße</p>"), null));
    }

    [Fact]
    public void Gb2312_page_is_decoded()
    {
        var bytes = Encoding.GetEncoding("gb2312").GetBytes("<meta charset=gb2312><p>中文新闻</p>");
        Assert.Contains("中文新闻", HtmlDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Gzip_is_decompressed()
    {
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes("<p>zipped</p>"));
        Assert.Equal("<p>zipped</p>", Encoding.UTF8.GetString(HtmlDecoding.Decompress(ms.ToArray())));
    }
}
