using AngleSharp.Html.Parser;
using CleanFeed.Core.Extraction;
using CleanFeed.Core.Extraction.Html;
using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Tests.Extraction;

public class MarkupPrepassTests
{
    [Fact]
    public void Scripts_styles_comments_icons_and_links_are_cut_and_the_text_stays()
    {
        var html = "<html><head><link rel=stylesheet href=a.css><link rel=\"canonical\" href=\"https://x.example/a\"><style>p{color:red}</style>" +
                   "<script>var s = '<p>not text</p>';</script></head><body><!-- <p>hidden</p> --><p>Visible <svg viewBox=\"0 0 1 1\"><path d=\"M0\"/><title>icon</title></svg>text.</p></body></html>";
        var r = MarkupPrepass.Run(html);

        Assert.DoesNotContain("color:red", r.Html);
        Assert.DoesNotContain("not text", r.Html);
        Assert.DoesNotContain("hidden", r.Html);
        Assert.DoesNotContain("icon", r.Html);
        Assert.DoesNotContain("a.css", r.Html);
        Assert.Contains("canonical", r.Html); // the metadata needs it
        Assert.Equal("Visible text.", new HtmlParser().ParseDocument(r.Html).Body!.TextContent);
    }

    [Fact]
    public void Json_ld_is_kept_aside_for_the_metadata()
    {
        var html = "<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Ana Ruiz\"}}</script></head><body><p>x</p></body>";
        var r = MarkupPrepass.Run(html);
        Assert.Single(r.JsonLd);
        Assert.Contains("Ana Ruiz", r.JsonLd[0]);
        Assert.DoesNotContain("Ana Ruiz", r.Html);
    }

    [Fact]
    public void An_svg_the_parser_would_close_early_is_left_to_the_parser()
    {
        // An unclosed <svg>: the HTML tree builder ends it at the <p>; cutting to the next </svg> would take the paragraph.
        var html = "<body><svg class=icon><use href=#i></use><p>Article paragraph that must stay.</p><svg><path/></svg></body>";
        var r = MarkupPrepass.Run(html);
        Assert.Contains("Article paragraph that must stay.", r.Html);
    }

    [Fact]
    public void Extraction_reads_the_canonical_link_and_json_ld_author_after_the_cut()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Der Stadtrat hat am Dienstag, nach langer Debatte, einen neuen Plan für den Radverkehr beschlossen, der bis 2030 gelten soll.</p>", 5));
        var html = "<html><head><link rel=\"canonical\" href=\"https://news.example/rad\"><link rel=stylesheet href=s.css>" +
                   "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Radplan\",\"author\":{\"@type\":\"Person\",\"name\":\"Jana Berg\"}}</script></head>" +
                   "<body><article>" + body + "</article></body></html>";
        var result = new ContentExtractor().Extract(new ExtractionInput { Html = html });
        Assert.Equal("https://news.example/rad", result.CanonicalUrl);
        Assert.Equal("Jana Berg", result.Author);
        Assert.Contains("Radverkehr", result.Text);
    }

    [Fact]
    public void Stray_end_tags_do_not_hide_deep_nesting()
    {
        // The parser ignores end tags with nothing open; a count that subtracted them would miss the depth after them.
        var html = "<body>" + string.Concat(Enumerable.Repeat("</div>", 5000)) + string.Concat(Enumerable.Repeat("<div>", 5000)) + "x</body>";
        var r = MarkupPrepass.Run(html, maxDepth: 100);
        Assert.Equal(100, new HtmlParser().ParseDocument(r.Html).QuerySelectorAll("div").Length);
    }

    [Fact]
    public void Deep_nesting_still_reaches_the_exact_guard()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div>", 50)) + "x" + string.Concat(Enumerable.Repeat("</div>", 50)) + "</body>";
        var r = MarkupPrepass.Run(html, maxDepth: 10);
        Assert.Equal(10, new HtmlParser().ParseDocument(r.Html).QuerySelectorAll("div").Length);
    }
}

public class PhraseIndexTests
{
    [Theory]
    [InlineData("(?:leave|post) (?:a )?reply", "lp")]
    [InlineData(@"\d* ?comments?", "c")]
    [InlineData(@"(?:à )?lire aussi", "àl")]
    [InlineData(@"über (?:den|die) autor", "ü")]
    [InlineData(@"don'?t miss|see also", "ds")]
    public void First_letters_are_read_from_the_pattern(string pattern, string letters)
    {
        Assert.Equal(letters.ToHashSet(), PhraseIndex.FirstLetters(pattern));
    }

    [Theory]
    [InlineData(@"[\p{L} ]{0,30}newsletter")]
    [InlineData(@"a?b")]
    public void Patterns_whose_start_is_open_go_into_every_bucket(string pattern)
    {
        Assert.Null(PhraseIndex.FirstLetters(pattern));
    }

    [Theory]
    [InlineData("Related posts", true)]
    [InlineData("3 Kommentare", true)]
    [InlineData("» Lire aussi :", true)]
    [InlineData("Unser Newsletter", true)]
    [InlineData("Las más leídas", true)]
    [InlineData("Partager cet article /", true)]
    [InlineData("Teile mich:", true)]
    [InlineData("Últimas noticias", true)]
    [InlineData("Le più lette", true)]
    [InlineData("Les plus partagés", true)]
    [InlineData("Meest bekeken", true)]
    [InlineData("Las más leídas del año pasado fueron novelas", false)]
    [InlineData("Die Stadt plant neue Radwege.", false)]
    [InlineData("", false)]
    public void The_index_answers_as_the_single_regex_does(string text, bool expected)
    {
        Assert.Equal(expected, BoilerplateVocabulary.MatchSectionHeading(text) is not null);
        Assert.Equal(expected, BoilerplateVocabulary.SectionHeadingRegex().IsMatch(text));
    }
}

public class MarkupPrepassEdgeTests
{
    private const string Article = "<article><p>The harbour festival drew record crowds this weekend, the organisers said on Monday.</p></article>";

    private static string Text(string html) => new HtmlParser().ParseDocument(MarkupPrepass.Run(html).Html).Body!.TextContent;

    [Theory]
    [InlineData("<head><title>Why <style> blocks rendering</title></head><body>" + Article + "</body>")]
    [InlineData("<body><img alt=\"The <script> element\" src=x.jpg>" + Article + "</body>")]
    [InlineData("<body><div title='<!-- draft'>" + Article + "</div></body>")]
    [InlineData("<body><textarea>a <script> tag</textarea>" + Article + "</body>")]
    [InlineData("<body><link rel=preload media=\"(min-width>600px)\" href=a.css>" + Article + "</body>")]
    [InlineData("<body><div><svg><use/></div>" + Article + "<script>x='</svg>'</script></body>")]
    public void Markup_that_only_looks_like_a_cut_keeps_the_article(string html)
    {
        Assert.Contains("record crowds", Text(html));
    }

    [Fact]
    public void A_script_written_inside_a_script_comment_ends_where_the_parser_ends_it()
    {
        var html = "<body><script><!--\ndocument.write('<script src=a.js></script>');\n//--></script>" + Article + "</body>";
        var text = Text(html);
        Assert.DoesNotContain("//-->", text);
        Assert.Contains("record crowds", text);
    }

    [Theory]
    [InlineData("<!--->")]
    [InlineData("<!-->")]
    [InlineData("<!-- a --!>")]
    public void Short_and_bang_closed_comments_end_where_the_parser_ends_them(string comment)
    {
        Assert.Contains("record crowds", Text("<body>" + comment + Article + "</body>"));
    }

    [Theory]
    [InlineData("<div></p>")]
    [InlineData("<div><textarea></i></textarea>")]
    public void End_tags_the_guard_does_not_count_do_not_hide_deep_nesting(string unit)
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat(unit, 300)) + "x</body>";
        var r = MarkupPrepass.Run(html, maxDepth: 100);
        Assert.Equal(100, new HtmlParser().ParseDocument(r.Html).QuerySelectorAll("div").Length);
    }
}

public class LineFirstLetterTests
{
    // Every short text of the news-template pages (menus, labels, share bars, credits, headings, paragraphs): the
    // first-letter filter may only skip an entry that does not match.
    private static IEnumerable<string> ShortTexts()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", "NewsTemplates", "pages");
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(dir, "*.html"))
            foreach (var e in parser.ParseDocument(File.ReadAllText(file)).Body!.QuerySelectorAll("*"))
                if (DomText.Normalize(e.TextContent) is { Length: > 0 and <= BoilerplateVocabulary.MaxPhraseLength } t) yield return t;
    }

    [Fact]
    public void The_first_letter_filter_skips_only_entries_that_cannot_match()
    {
        int skipped = 0, skippedByPair = 0, matched = 0;
        var entries = BoilerplateVocabulary.AnchoredEntries().ToList();
        Assert.Contains(entries, e => e.Mask != UInt128.MaxValue); // the filter reads most patterns
        foreach (var text in ShortTexts().Distinct())
        {
            var bit = BoilerplateVocabulary.FirstLetterBit(text);
            var (letter, follow) = BoilerplateVocabulary.FirstPair(text);
            foreach (var (parts, mask, pairs) in entries)
            {
                bool match = parts.Any(p => p.IsMatch(text));
                if (match) matched++;
                if (mask == UInt128.MaxValue) continue; // (as MatchLine: an entry the filter cannot read always runs)
                if ((mask & bit) == 0) skipped++;
                else if (letter >= 0 && (pairs![letter] & (1u << follow)) == 0) skippedByPair++;
                else continue;
                Assert.False(match, $"filtered out, but matches: \"{text}\"");
            }
        }
        Assert.True(matched > 50 && skipped > 10_000 && skippedByPair > 10_000, $"{matched} matches, {skipped} skips by the first letter, {skippedByPair} by the pair");
    }

    [Theory]
    [InlineData(@"^(?:share|tweet)\b", "share", "style")] // 's' is followed by 'h' only
    [InlineData(@"^\W*(?:follow|join)\b", "— join us", "jump")]
    [InlineData(@"^[a-z]+ x", "ab x", "")] // a repeated letter may follow itself
    [InlineData(@"^(?:e-?mail|print)$", "e-mail", "ex")] // '-' is any other ASCII character
    [InlineData(@"^a$", "a", "ab")] // the line's end
    [InlineData(@"^(?:a|b){1,3}c", "bac", "bd")] // a repeated group: its letters or what follows it
    public void The_pair_filter_reads_what_may_follow_the_first_letter(string pattern, string passes, string skips)
    {
        var pairs = BoilerplateVocabulary.FirstPairMasks(new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        bool Passes(string text) => BoilerplateVocabulary.FirstPair(text) is var (l, f) && (l < 0 || (pairs[l] & (1u << f)) != 0);
        Assert.True(Passes(passes));
        if (skips.Length > 0) Assert.False(Passes(skips));
    }

    [Theory]
    [InlineData("Ké")] // a character beyond ASCII after the first letter
    [InlineData("él")] // a first letter beyond ASCII
    [InlineData("42")] // no letter
    public void A_line_the_pair_filter_cannot_read_meets_every_entry(string text) =>
        Assert.Equal(-1, BoilerplateVocabulary.FirstPair(text).Letter);

    [Theory]
    [InlineData("« Share this", 's')]
    [InlineData("12. Advertisement", 'a')]
    [InlineData("  — Read more", 'r')]
    public void The_first_letter_is_read_past_spaces_digits_punctuation_and_symbols(string text, char letter) =>
        Assert.Equal(UInt128.One << letter, BoilerplateVocabulary.FirstLetterBit(text));

    [Theory]
    [InlineData("© 2024")]
    [InlineData("00:00 / 04:18")]
    [InlineData("0:00/9:41")]
    public void A_line_without_letters_still_meets_the_entries_the_filter_cannot_read(string text) =>
        Assert.NotNull(BoilerplateVocabulary.MatchLine(text));

    [Theory]
    [InlineData(@"^\d+\s*min\.?$", "m")]
    [InlineData(@"^[(\[]?(?:afp|dpa)\s*[/|:]\s*(?-i:\p{Lu})", "ad")]
    [InlineData(@"^\W*(?:follow|join)\b", "fj")]
    [InlineData(@"^(?-i:WATCH|VIDEO)\s*[|:]", "vw")]
    [InlineData(@"^(?:(?:senior|chief)\s+){0,2}(?:editor|reporter)$", "cers")]
    [InlineData(@"^\d{1,2}[- ]min(?:ute)?s? listen|^e-?mail$", "em")]
    [InlineData(@"^0?0:00\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$", "0")] // "0" for a match without a letter
    [InlineData(@"^\s*(?:(?:video (?:loading|unavailable)|(?:click|tap) to play)(?:\s+(?:video (?:loading|unavailable)|(?:click|tap) to play)){0,5}[\s.…]*$|gallery\W*$)", "vctg")] // a run of a player's labels
    public void The_filter_reads_which_letters_a_pattern_opens_with(string pattern, string letters)
    {
        UInt128 expected = 0;
        foreach (var c in letters) expected |= c == '0' ? UInt128.One : UInt128.One << c;
        Assert.Equal(expected, BoilerplateVocabulary.FirstLetterMask(new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase)));
    }

    [Theory]
    [InlineData(@"^(?:©|\(c\))\s")] // "© 2024 Example Media": any letter may follow
    [InlineData(@"^.{0,20}share$")]
    [InlineData(@"share this$")] // unanchored
    [InlineData(@"^[^.!?]{3,80}\?\s+read our guide\b")] // a negated class matches letters too: "Want to …? Read our guide …"
    public void A_pattern_the_filter_cannot_narrow_runs_on_every_line(string pattern) =>
        Assert.Equal(UInt128.MaxValue, BoilerplateVocabulary.FirstLetterMask(new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase)));

    [Fact]
    public void A_line_without_a_letter_has_its_own_bit() => Assert.Equal(UInt128.One, BoilerplateVocabulary.FirstLetterBit("0:00 / 9:41"));

    [Fact]
    public void A_non_ascii_first_letter_passes_every_entry() =>
        Assert.Equal(UInt128.MaxValue, BoilerplateVocabulary.FirstLetterBit("Über dieses Thema berichtete"));
}
