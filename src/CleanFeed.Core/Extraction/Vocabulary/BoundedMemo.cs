namespace CleanFeed.Core.Extraction.Vocabulary;

/// <summary>
/// Answers remembered by their text, for rules whose answer depends on the string alone: sites print the same labels and
/// class names on every page. One per thread (no locking); emptied when full, so memory does not grow with the pages seen.
/// </summary>
internal sealed class BoundedMemo<T>(int capacity)
{
    private readonly Dictionary<string, T> _answers = new(capacity, StringComparer.Ordinal);

    public T Get(string text, Func<string, T> compute)
    {
        if (_answers.TryGetValue(text, out var known)) return known;
        var answer = compute(text);
        if (_answers.Count >= capacity) _answers.Clear();
        _answers[text] = answer;
        return answer;
    }
}
