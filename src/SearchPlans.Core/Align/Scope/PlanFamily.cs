using SearchPlans.Model;

namespace SearchPlans.Align.Scope;

/// <summary>
/// Which plans are kin: those a reader compares as a matter of course, because one copies or carries on the other:
/// one jurisdiction's plans of any year, one province's plans of neighbouring years, the national plan of those
/// years, and plans that cite each other. Whether two plans are kin depends on the two alone, so a corpus linked by
/// families can still be relinked a plan at a time.
/// </summary>
public static class PlanFamily
{
    /// <summary>How many years apart two plans of one province may be and still be compared as a matter of course.</summary>
    public const int NeighbourYears = 1;

    public static bool AreKin(Plan a, Plan b) => LinkScope.Family.Covers(a, b);

    /// <summary>The family rule without citations (which <see cref="LinkScopes.Covers"/> adds for every scope): a test of the two plans alone.</summary>
    public static bool AreKinUncited(Plan a, Plan b) =>
        a.Jurisdiction.Name == b.Jurisdiction.Name
        || (NeighbouringYears(a, b) && (AnyProvince(a) || AnyProvince(b) || a.Jurisdiction.Province == b.Jurisdiction.Province));

    /// <summary>
    /// Whether the plan is kin to plans of every province: the national plan is every province's parent, and a plan
    /// whose province is unknown may belong to any of them.
    /// </summary>
    public static bool AnyProvince(Plan plan) => plan.Jurisdiction.Level == AdminLevel.National || plan.Jurisdiction.Province is null;

    /// <summary>Whether the two plans are near enough in time to be compared; a plan whose year is unknown may be of any year.</summary>
    public static bool NeighbouringYears(Plan a, Plan b) =>
        a.Year is not { } yearA || b.Year is not { } yearB || Math.Abs(yearA - yearB) <= NeighbourYears;
}
