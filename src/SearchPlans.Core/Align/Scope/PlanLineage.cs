using SearchPlans.Model;

namespace SearchPlans.Align.Scope;

/// <summary>
/// Which plans are in line: one carries out the other (a plan of its own chain of governments, of the same year: the
/// national plan, its province's, its city's, its county's; an agency's plan carries out its own government's), one
/// is the same jurisdiction's plan of a neighbouring year, or one cites the other. Siblings, such as two cities of
/// one province, a township and another county's agency, or two agencies, are not in line; comparing them aligns
/// them then. A plan has about as many partners as it has governments above it and years beside it, however large
/// its province grows.
/// </summary>
public static class PlanLineage
{
    public static bool InLine(Plan a, Plan b) => LinkScope.Lineage.Covers(a, b);

    /// <summary>The lineage rule without citations, which <see cref="LinkScopes.Covers"/> adds for every scope.</summary>
    internal static bool InLineUncited(Plan a, Plan b) =>
        (a.Jurisdiction.Name == b.Jurisdiction.Name && PlanFamily.NeighbouringYears(a, b))
        || (SameYear(a, b) && (Unplaced(a) || Unplaced(b)
            ? SameOrAnyProvince(a, b)
            : CarriesOut(a.Jurisdiction, b.Jurisdiction) || CarriesOut(b.Jurisdiction, a.Jurisdiction)));

    /// <summary>
    /// Whether the plan's place among governments is unknown (the reader could not tell its level), so it may carry
    /// out, or be carried out by, any plan of its province.
    /// </summary>
    public static bool Unplaced(Plan plan) => plan.Jurisdiction.Level == AdminLevel.Unknown;

    /// <summary>The governments above a jurisdiction by name, nearest first: its county's, its city's, its province's.</summary>
    public static IEnumerable<string> GovernmentsAbove(Jurisdiction jurisdiction)
    {
        foreach (var place in jurisdiction.Enclosing())
            yield return place;
        if (jurisdiction.Province is { } province && jurisdiction.Level != AdminLevel.Province && province != jurisdiction.Name)
            yield return province;
    }

    // The higher is the national plan or a government the lower lies in or belongs to; 鼓楼区 of Fujian is not
    // 鼓楼区 of Jiangsu.
    private static bool CarriesOut(Jurisdiction lower, Jurisdiction higher) =>
        lower.Level != AdminLevel.National
        && (higher.Level == AdminLevel.National
            || (higher.Level != AdminLevel.Agency && GovernmentsAbove(lower).Contains(higher.Name, StringComparer.Ordinal)
                && (lower.Province is null || higher.Province is null || lower.Province == higher.Province)));

    private static bool SameOrAnyProvince(Plan a, Plan b) =>
        PlanFamily.AnyProvince(a) || PlanFamily.AnyProvince(b) || a.Jurisdiction.Province == b.Jurisdiction.Province;

    // A plan whose year is unknown may be of any year.
    private static bool SameYear(Plan a, Plan b) => a.Year is null || b.Year is null || a.Year == b.Year;
}
