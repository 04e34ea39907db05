namespace SearchPlans.Search;

/// <summary>A half-open range of UTF-16 offsets into a text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    /// <summary>Widens the range so neither end falls between the halves of a surrogate pair.</summary>
    public TextRange AlignedTo(string text)
    {
        var start = Math.Clamp(Start, 0, text.Length);
        var end = Math.Clamp(End, start, text.Length);
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]))
            start--;
        if (end > 0 && end < text.Length && char.IsLowSurrogate(text[end]))
            end++;
        return new TextRange(start, end);
    }
}
