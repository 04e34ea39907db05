using SearchPlans.Units;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Units;

/// <summary>The units pages' data: the snapshot's units clustered once, on first use, and kept for every request.</summary>
public sealed class UnitPages(CorpusSnapshot snapshot)
{
    private UnitDirectory Directory => DirectoryOf(snapshot);

    /// <summary>The snapshot's units, clustered once per snapshot.</summary>
    public static UnitDirectory DirectoryOf(CorpusSnapshot snapshot) =>
        snapshot.Derived(nameof(UnitDirectory), s => UnitClusterer.Cluster(s.Corpus));

    public UnitListView List()
    {
        var units = Directory.Units;
        return new UnitListView([.. units.Where(u => !u.IsGroup)], [.. units.Where(u => u.IsGroup)], units.Sum(u => u.Spellings.Count));
    }

    /// <summary>The unit shown by, or spelled, <paramref name="name"/>; null when the corpus names no such unit.</summary>
    public UnitDetailView? Detail(string name) =>
        Directory.Find(name) is { } unit ? new UnitDetailView(unit, UnitAssignments.Of(unit, snapshot.Corpus)) : null;
}

/// <summary>Every unit, single bodies apart from groups such as 市直各单位.</summary>
public sealed record UnitListView(IReadOnlyList<CanonicalUnit> Bodies, IReadOnlyList<CanonicalUnit> Groups, int SpellingCount);

/// <summary>One unit and what each plan gives it to do.</summary>
public sealed record UnitDetailView(CanonicalUnit Unit, IReadOnlyList<PlanAssignments> ByPlan);
