using System.Buffers;
using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Tests.Extraction;

/// <summary>
/// The keyword pre-check gates the vocabulary's patterns: a list it misses is a pattern that never runs, so a notice
/// that should go stays. It must find every list that a plain case-insensitive search finds.
/// </summary>
public class KeywordListsTests
{
    private static readonly string[][] Lists =
    [
        ["mail", "comment", "réponse", "save my"],
        ["subscri", "sign up", "inbox"],
        ["re", "co"],           // two-letter keywords
        ["reserv", "rechte", "reproduc"], // many keywords behind one pair
        ["may "],
    ];

    public static TheoryData<string> Texts =>
    [
        "Your email address will not be published.",
        "SIGN UP for our newsletter, straight to your INBOX",
        "Laisser une RÉPONSE",
        "All rights reserved. Reproduction requires permission.",
        "Alle Rechte vorbehalten",
        "It may rain",
        "ends with mai",
        "ends with mail",
        "re",
        "c",
        "",
        "Straße über Größe — kein Schlüsselwort",
        "Save My name, e-mail and website",
        "The committee co-signed",
        "Subscribers only: subSCRIBE",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_every_list_a_case_insensitive_search_finds(string text)
    {
        var lists = new KeywordLists(Lists);
        ulong found = lists.Find(text);
        for (int i = 0; i < Lists.Length; i++)
        {
            var plain = SearchValues.Create(Lists[i].Select(KeywordSearch.AsciiCore).ToArray(), StringComparison.OrdinalIgnoreCase);
            if (text.AsSpan().ContainsAny(plain)) Assert.True((found & (1UL << i)) != 0, $"list {i} missed in \"{text}\"");
        }
    }

    [Fact]
    public void Finds_nothing_in_text_without_keywords()
    {
        Assert.Equal(0UL, new KeywordLists(Lists).Find("Der Bürgermeister sprach lange über das Budget."));
    }
}
