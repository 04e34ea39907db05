namespace SearchPlans.Compare;

/// <summary>The word-level difference between two requirement texts.</summary>
/// <param name="Left">The left text in order, as Equal and Deleted pieces; their texts concatenate to the left text.</param>
/// <param name="Right">The right text in order, as Equal and Inserted pieces; their texts concatenate to the right text.</param>
/// <param name="Similarity">Share of both texts found on the other side, 0–1 (2 × matched ÷ total characters).</param>
public sealed record WordDiff(IReadOnlyList<DiffPiece> Left, IReadOnlyList<DiffPiece> Right, double Similarity)
{
    /// <summary>
    /// Both sides as one sequence for inline display: each deletion, then its insertion, then the
    /// equal text as printed on the right.
    /// </summary>
    /// <remarks>
    /// Stored rather than derived from the sides: once each side merges its neighbouring pieces,
    /// an equal piece on one side may stand for two on the other.
    /// </remarks>
    public required IReadOnlyList<DiffPiece> Inline { get; init; }
}
