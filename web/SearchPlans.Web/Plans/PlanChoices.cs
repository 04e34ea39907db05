using SearchPlans.Align.Scope;
using SearchPlans.Model;

namespace SearchPlans.Web.Plans;

/// <summary>The plans a picker lists.</summary>
/// <param name="Complete">True when every plan of the index (but the one at hand) is listed, so the picker can be a closed list.</param>
public sealed record PlanChoiceList(IReadOnlyList<Plan> Plans, bool Complete);

/// <summary>
/// Chooses what a plan picker lists. A small index lists every plan; a national one would make each picker weigh
/// megabytes, so it lists the plans a reader compares with the plan at hand (its jurisdiction's other years, its
/// province's plans of neighbouring years, the national plan), and the picker takes any other id typed in.
/// </summary>
public static class PlanChoices
{
    /// <summary>Up to this many plans, every plan is listed.</summary>
    public const int MaxListed = 200;

    /// <param name="near">The plan the choice is compared with; null lists the national and provincial plans.</param>
    /// <param name="listNear">List the plan at hand too, first (a filter showing it), rather than leave it out (a comparison with it).</param>
    public static PlanChoiceList For(IReadOnlyList<Plan> plans, Plan? near, bool listNear = false)
    {
        if (plans.Count <= MaxListed)
            return new PlanChoiceList([.. plans.Where(p => listNear || p != near).OrderBy(p => p.Jurisdiction.Name, PinyinOrder.Comparer).ThenByDescending(p => p.Year).ThenBy(p => p.Id, StringComparer.Ordinal)], true);
        var listed = near is null
            ? plans.Where(p => p.Jurisdiction.Level is AdminLevel.National or AdminLevel.Province)
            : plans.Where(p => p != near && PlanFamily.AreKinUncited(p, near)).Prepend(near).Skip(listNear ? 0 : 1);
        return new PlanChoiceList(
            [.. listed
                .OrderByDescending(p => p == near)
                .ThenByDescending(p => near is not null && p.Jurisdiction.Name == near.Jurisdiction.Name)
                .ThenBy(p => p.Jurisdiction.Level is AdminLevel.Unknown ? int.MaxValue : (int)p.Jurisdiction.Level)
                .ThenByDescending(p => p.Year)
                .ThenBy(p => p.Id, StringComparer.Ordinal)
                .Take(MaxListed)],
            false);
    }
}
