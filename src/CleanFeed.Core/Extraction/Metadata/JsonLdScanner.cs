namespace CleanFeed.Core.Extraction.Metadata;

/// <summary>
/// Finds the JSON-LD blocks (&lt;script type="application/ld+json"&gt;) in the page source, so the HTML parser can
/// skip script text altogether.
/// </summary>
internal static class JsonLdScanner
{
    public static void Collect(string html, List<string> into)
    {
        int pos = 0;
        while (into.Count < 20)
        {
            int i = html.IndexOf("ld+json", pos, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return;
            // the enclosing <script ...> tag
            int tagStart = html.LastIndexOf('<', i);
            int tagEnd = html.IndexOf('>', i);
            pos = i + 7;
            if (tagStart < 0 || tagEnd < 0 || i - tagStart > 300) continue;
            if (string.Compare(html, tagStart + 1, "script", 0, 6, StringComparison.OrdinalIgnoreCase) != 0) continue;
            int end = html.IndexOf("</script", tagEnd, StringComparison.OrdinalIgnoreCase);
            if (end < 0) return;
            if (end - tagEnd - 1 <= 1_000_000) into.Add(html.Substring(tagEnd + 1, end - tagEnd - 1));
            pos = end + 8;
        }
    }
}
