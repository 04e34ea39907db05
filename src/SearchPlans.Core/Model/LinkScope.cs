namespace SearchPlans.Model;

/// <summary>Which pairs of plans get their links computed at index time and stored.</summary>
public enum LinkScope
{
    /// <summary>Every pair of plans: right for a corpus of a few hundred plans.</summary>
    All,

    /// <summary>
    /// Pairs of kin plans only (one jurisdiction's years, one province's plans of neighbouring years, the national
    /// plan of those years, plans that cite each other). Other pairs are aligned when someone compares them, so a
    /// national corpus stores links that grow with its size rather than with its square.
    /// </summary>
    Family,

    /// <summary>
    /// Pairs of plans in line only (a plan and the plans of its year of the governments it lies in or belongs to,
    /// which it carries out; one jurisdiction's neighbouring years; plans that cite each other). Siblings are aligned when compared, so each
    /// plan has a bounded number of stored partners and links grow with the corpus even where families are dense.
    /// </summary>
    Lineage,
}
