namespace SearchPlans.Analysis;

/// <summary>
/// Folds text for matching: Traditional → Simplified Chinese, full-width → half-width ASCII,
/// punctuation variants → one form. Every character maps to exactly one character, so a folded
/// string has the length of the original and offsets into one are offsets into the other.
/// </summary>
/// <remarks>Case is kept: lower-casing belongs to the analyzers, and aligned text is shown as printed.</remarks>
public static class TextFolding
{
    public static char Fold(char c) => FoldingTable.Chars[c];

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = FoldingTable.Chars;
        var first = 0;
        while (first < text.Length && table[text[first]] == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            FoldInPlace(span);
        });
    }

    internal static void FoldInPlace(Span<char> chars)
    {
        var table = FoldingTable.Chars;
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = table[chars[i]];
        }
    }
}
