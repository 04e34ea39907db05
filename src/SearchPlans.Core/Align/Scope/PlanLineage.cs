using SearchPlans.Model;

namespace SearchPlans.Align.Scope;

/// <summary>
/// Which plans are in line: one carries out the other (a plan of a higher tier, national, provincial or municipal,
/// of the same year and province), one is the same jurisdiction's plan of a neighbouring year, or one cites the
/// other. Siblings, such as two cities of one province, are not in line; comparing them aligns them then. A plan has
/// about as many partners as its province has jurisdictions above the lowest tier, however large the corpus grows.
/// </summary>
public static class PlanLineage
{
    public static bool InLine(Plan a, Plan b) => LinkScope.Lineage.Covers(a, b);

    /// <summary>The lineage rule without citations, which <see cref="LinkScopes.Covers"/> adds for every scope.</summary>
    internal static bool InLineUncited(Plan a, Plan b) =>
        (a.Jurisdiction.Name == b.Jurisdiction.Name && PlanFamily.NeighbouringYears(a, b))
        || (SameYear(a, b) && OtherTiers(a, b)
            && (PlanFamily.AnyProvince(a) || PlanFamily.AnyProvince(b) || a.Jurisdiction.Province == b.Jurisdiction.Province));

    // A plan whose year is unknown may be of any year.
    private static bool SameYear(Plan a, Plan b) => a.Year is null || b.Year is null || a.Year == b.Year;

    // Plans of one tier do not carry each other out; a plan whose level is unknown may be of any tier.
    private static bool OtherTiers(Plan a, Plan b) => Tier(a) is not { } tierA || Tier(b) is not { } tierB || tierA != tierB;

    private static int? Tier(Plan plan) => plan.Jurisdiction.Level switch
    {
        AdminLevel.National => 0,
        AdminLevel.Province => 1,
        AdminLevel.City => 2,
        AdminLevel.District or AdminLevel.County or AdminLevel.Agency => 3,
        AdminLevel.Township => 4,
        _ => null,
    };
}
