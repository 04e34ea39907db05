using SearchPlans.Units;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Units;

/// <summary>The units pages' data: the snapshot's units (clustered as it opened), listed once and kept for every request.</summary>
public sealed class UnitPages(CorpusSnapshot snapshot)
{
    /// <summary>
    /// Counting a unit's requirements and plans walks its mentions, hundreds of thousands for a common unit of a
    /// national index, so the list is counted once per snapshot.
    /// </summary>
    public UnitListView List() => snapshot.Derived(nameof(UnitListView), s =>
    {
        var units = s.Units.Units;
        return new UnitListView(
            [.. units.Where(u => !u.IsGroup).Select(UnitRow.Of)],
            [.. units.Where(u => u.IsGroup).Select(UnitRow.Of)],
            units.Sum(u => u.Spellings.Count));
    });

    /// <summary>The unit shown by, or spelled, <paramref name="name"/>; null when the corpus names no such unit.</summary>
    public UnitDetailView? Detail(string name) =>
        snapshot.Units.Find(name) is { } unit ? new UnitDetailView(unit, UnitAssignments.Of(unit, snapshot.Corpus)) : null;
}

/// <summary>Every unit, single bodies apart from groups such as 市直各单位.</summary>
public sealed record UnitListView(IReadOnlyList<UnitRow> Bodies, IReadOnlyList<UnitRow> Groups, int SpellingCount);

/// <summary>A unit as the list shows it, its counts taken once.</summary>
public sealed record UnitRow(CanonicalUnit Unit, int RequirementCount, int PlanCount)
{
    public static UnitRow Of(CanonicalUnit unit) => new(unit, unit.RequirementCount, unit.PlanIds.Count);
}

/// <summary>One unit and what each plan gives it to do.</summary>
public sealed record UnitDetailView(CanonicalUnit Unit, IReadOnlyList<PlanAssignments> ByPlan);
