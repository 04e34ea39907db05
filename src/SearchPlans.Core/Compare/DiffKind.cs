namespace SearchPlans.Compare;

/// <summary>What a piece of a word diff is on its side.</summary>
public enum DiffKind
{
    /// <summary>Found on both sides (after folding).</summary>
    Equal,
    /// <summary>Only on the left (old) side.</summary>
    Deleted,
    /// <summary>Only on the right (new) side.</summary>
    Inserted,
}
