using System.Text;
using SearchPlans.Model;

namespace SearchPlans.Compare;

/// <summary>
/// When a word diff helps a reader. Two texts that say the same thing read well as one text with a few words struck
/// and added; two texts that only share a topic come out as whole paragraphs struck and underlined, which hides what
/// they have in common. Those are better shown side by side with the shared words marked.
/// </summary>
public static class DiffReading
{
    /// <summary>A related link scoring this much says much the same thing (equivalents start at 0.42).</summary>
    public const double MinRelatedScore = 0.3;

    /// <summary>Or this share of both texts' characters is common to them, whatever the link's score.</summary>
    public const double MinSimilarity = 0.5;

    public static bool Helps(LinkKind? kind, double? score, WordDiff diff) =>
        kind == LinkKind.Equivalent || score >= MinRelatedScore || diff.Similarity >= MinSimilarity;

    /// <summary>
    /// Whether an equal piece is a term worth marking as shared: two letters or more, so a shared 的 or a comma does
    /// not light up.
    /// </summary>
    public static bool IsSharedTerm(DiffPiece piece) =>
        piece.Kind == DiffKind.Equal && piece.Text.EnumerateRunes().Count(Rune.IsLetter) >= 2;
}
