namespace SearchPlans.Analysis;

/// <summary>Text with white space removed, for comparing cells, titles and names that printers space differently.</summary>
public static class TextCompaction
{
    public static string WithoutWhiteSpace(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>Folded (width, punctuation, Traditional → Simplified) and without white space.</summary>
    public static string FoldedWithoutWhiteSpace(string text) => WithoutWhiteSpace(TextFolding.Fold(text));
}
