namespace SearchPlans.Review;

/// <summary>What a reviewer said about a pair of requirements.</summary>
public enum ReviewVerdict
{
    /// <summary>The computed link is right (possibly with another kind than computed).</summary>
    Confirmed,
    /// <summary>The computed link is wrong: the two must not link.</summary>
    Rejected,
    /// <summary>The two should link but the index has no link between them.</summary>
    Added,
}
