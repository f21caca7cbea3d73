using AngleSharp.Dom;

namespace CleanFeed.Core.Extraction.Text;

/// <summary>One paragraph of rendered text: a paragraph, heading, list item, table row, caption, or a line of plain text.</summary>
internal sealed class TextBlock
{
    public required string Text { get; set; }
    /// <summary>Tag of the block that owns the text (p, h2, li, tr, pre, ...; "line" for plain text).</summary>
    public required string Tag { get; init; }
    /// <summary>Characters of link text in the block.</summary>
    public int LinkChars { get; init; }
    /// <summary>The element the block was rendered from, when the whole element is this block.</summary>
    public IElement? Owner { get; init; }
    /// <summary>The element the text was rendered in, whole or in part (a run of inline text beside a figure).</summary>
    public IElement? Container { get; init; }
    /// <summary>The element the text was left over from once a part of it was removed (a byline beside a date), when the
    /// text is all that is left of it.</summary>
    public bool LostPart { get; init; }
    /// <summary>The owner's stats (to mark it removed for the HTML output without a lookup).</summary>
    public Html.NodeStats? OwnerStats { get; init; }

    public bool IsHeading => Tag.Length == 2 && Tag[0] == 'h' && char.IsDigit(Tag[1]);
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1, (double)LinkChars / Text.Length);
}
