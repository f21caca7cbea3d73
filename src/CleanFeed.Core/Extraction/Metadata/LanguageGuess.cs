namespace CleanFeed.Core.Extraction.Metadata;

/// <summary>A stop-word guess of the language of a text (en, de, fr, es, pt, it, nl), for pages that do not declare one.</summary>
internal static class LanguageGuess
{
    private static readonly (string Lang, HashSet<string> Words)[] Sets =
    [
        ("en", new(["the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "are", "this", "have", "from", "not", "they", "which"])),
        ("de", new(["der", "die", "und", "das", "ist", "nicht", "ein", "eine", "mit", "sich", "auf", "für", "auch", "den", "dem", "wird", "sind", "von"])),
        ("fr", new(["le", "la", "les", "et", "des", "est", "une", "que", "pour", "dans", "qui", "pas", "sur", "au", "du", "avec", "sont", "ce"])),
        ("es", new(["el", "la", "los", "las", "y", "que", "es", "por", "una", "para", "con", "del", "se", "como", "más", "pero", "fue", "este"])),
        ("pt", new(["o", "os", "as", "e", "que", "não", "uma", "para", "com", "do", "da", "em", "é", "por", "mais", "foi", "como", "são"])),
        ("it", new(["il", "di", "che", "è", "per", "una", "non", "con", "del", "della", "sono", "gli", "anche", "alla", "più", "nel", "come", "questo"])),
        ("nl", new(["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "voor", "met", "zijn", "ook", "te", "wordt", "maar", "aan", "bij"])),
    ];

    public static string? Guess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sample = text.Length > 3000 ? text[..3000] : text;
        var counts = new int[Sets.Length];
        foreach (var raw in sample.Split([' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')', '«', '»', '“', '”', '„'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.ToLowerInvariant();
            for (int i = 0; i < Sets.Length; i++) if (Sets[i].Words.Contains(w)) counts[i]++;
        }
        int best = -1, bestCount = 4, second = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] > bestCount) { second = bestCount; bestCount = counts[i]; best = i; }
            else if (counts[i] > second) second = counts[i];
        }
        return best >= 0 && bestCount >= second * 1.3 ? Sets[best].Lang : null;
    }
}
