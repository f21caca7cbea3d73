using CleanFeed.Core.Extraction.Html;
using CleanFeed.Core.Extraction.Vocabulary;

namespace CleanFeed.Core.Extraction.Text;

/// <summary>
/// Cleans a plain-text item line by line: detects the title (the feed's title, else a short first line that
/// repeats or is followed by a byline), removes its repetitions, takes the byline as the author, and removes
/// boilerplate lines and the trailing boilerplate run (taglines, "Related Post", comment-form text).
/// Paragraphs are blank-line separated groups of lines.
/// </summary>
internal static class PlainTextCleaner
{
    internal sealed record Outcome(string? Title, string? Author, string? Dateline, List<TextBlock> Blocks);

    public static Outcome Clean(string text, ExtractionHints hints, List<RemovedBlock> removed)
    {
        // Paragraphs: groups of non-empty lines. Each line is classified on its own.
        var lines = new List<(string Text, int Group)>();
        int group = 0;
        bool lastBlank = true;
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var l = DomText.Nfc(DomText.Normalize(raw));
            if (l.Length == 0) { if (!lastBlank) group++; lastBlank = true; continue; }
            lines.Add((l, group));
            lastBlank = false;
        }
        if (lines.Count == 0) return new Outcome(hints.Title, hints.Author, null, []);

        string? title = hints.Title is { Length: > 0 } ? DomText.Normalize(hints.Title) : DetectTitle(lines.Select(l => l.Text).ToList());

        var blocks = lines.Select(l => new TextBlock { Text = l.Text, Tag = "line" }).ToList();
        var groups = lines.Select(l => l.Group).ToList();
        // keep group ids aligned with blocks while the cleaner removes lines
        var map = new Dictionary<TextBlock, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < blocks.Count; i++) map[blocks[i]] = groups[i];

        var r = BlockCleaner.Clean(blocks, title, removed, plainText: true);

        // Re-group: lines of one source paragraph stay together, separated by a newline.
        var outBlocks = new List<TextBlock>();
        int lastGroup = -1;
        foreach (var b in blocks)
        {
            var g = map[b];
            if (g == lastGroup && outBlocks.Count > 0)
                outBlocks[^1].Text += "\n" + b.Text;
            else
                outBlocks.Add(new TextBlock { Text = b.Text, Tag = "p" });
            lastGroup = g;
        }
        var author = r.Author ?? (hints.Author is { Length: > 0 } ? DomText.Normalize(hints.Author) : null);
        return new Outcome(title, author, r.Dateline, outBlocks);
    }

    /// <summary>
    /// The first line is the title when it is short, does not end like a sentence, and either repeats within the
    /// next lines or is followed (after a repetition) by a byline or a dateline.
    /// </summary>
    private static string? DetectTitle(List<string> lines)
    {
        var first = lines[0];
        if (first.Length is < 8 or > 250) return null;
        if (first.EndsWith('.') && !first.EndsWith("..")) return null;
        var key = BlockCleaner.NormKey(first);
        for (int i = 1; i < Math.Min(lines.Count, 6); i++)
        {
            if (BlockCleaner.NormKey(lines[i]) == key) return first;
            if (BoilerplateVocabulary.MatchByline(lines[i]) is not null || Datelines.IsDateOnly(lines[i])) return first;
        }
        // a short heading-like first line followed by longer text
        if (first.Length <= 150 && !DomText.EndsLikeSentence(first) && lines.Count > 1 && lines[1].Length > first.Length) return first;
        return null;
    }
}
