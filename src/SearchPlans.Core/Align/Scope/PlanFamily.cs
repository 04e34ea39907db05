using SearchPlans.Align.Lineage;
using SearchPlans.Model;

namespace SearchPlans.Align.Scope;

/// <summary>
/// Which plans are kin: those a reader compares as a matter of course, because one copies or carries on the other.
/// Whether two plans are kin depends on the two alone, so a corpus linked by families can still be relinked a plan at
/// a time.
/// </summary>
public static class PlanFamily
{
    /// <summary>How many years apart two plans of one province may be and still be compared as a matter of course.</summary>
    public const int NeighbourYears = 1;

    public static bool AreKin(Plan a, Plan b)
    {
        if (a.Jurisdiction.Name == b.Jurisdiction.Name)
            return true;
        if (PlanReferenceFinder.Cites(a, b) || PlanReferenceFinder.Cites(b, a))
            return true;
        // A plan whose year is unknown may be of any year.
        if (a.Year is { } yearA && b.Year is { } yearB && Math.Abs(yearA - yearB) > NeighbourYears)
            return false;
        // The national plan is every province's parent; a plan whose province is unknown may belong to any of them.
        return a.Jurisdiction.Level == AdminLevel.National || b.Jurisdiction.Level == AdminLevel.National
            || a.Jurisdiction.Province is null || b.Jurisdiction.Province is null
            || a.Jurisdiction.Province == b.Jurisdiction.Province;
    }

    /// <summary>Whether links between the two plans are stored under the scope.</summary>
    public static bool Covers(this LinkScope scope, Plan a, Plan b) => scope == LinkScope.All || AreKin(a, b);
}
