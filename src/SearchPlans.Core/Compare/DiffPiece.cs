namespace SearchPlans.Compare;

/// <summary>A run of text shown as printed, with what it is in the diff.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);
