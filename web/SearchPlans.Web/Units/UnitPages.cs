using SearchPlans.Units;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Units;

/// <summary>The units pages' data: the corpus's units clustered once, on first use, and kept for every request.</summary>
public sealed class UnitPages(CorpusSession session)
{
    private readonly Lazy<UnitDirectory> directory = new(() => UnitClusterer.Cluster(session.Corpus));

    public UnitListView List()
    {
        var units = directory.Value.Units;
        return new UnitListView([.. units.Where(u => !u.IsGroup)], [.. units.Where(u => u.IsGroup)], units.Sum(u => u.Spellings.Count));
    }

    /// <summary>The unit shown by, or spelled, <paramref name="name"/>; null when the corpus names no such unit.</summary>
    public UnitDetailView? Detail(string name) =>
        directory.Value.Find(name) is { } unit ? new UnitDetailView(unit, UnitAssignments.Of(unit, session.Corpus)) : null;
}

/// <summary>Every unit, single bodies apart from groups such as 市直各单位.</summary>
public sealed record UnitListView(IReadOnlyList<CanonicalUnit> Bodies, IReadOnlyList<CanonicalUnit> Groups, int SpellingCount);

/// <summary>One unit and what each plan gives it to do.</summary>
public sealed record UnitDetailView(CanonicalUnit Unit, IReadOnlyList<PlanAssignments> ByPlan);
