using SearchPlans.Links;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Variants;

/// <summary>Shapes the variants page: how one obligation was worded plan by plan.</summary>
public sealed class VariantPages(CorpusSnapshot snapshot)
{
    /// <summary>Four beside the requirement itself: five columns still fit a wide screen and scroll on a phone.</summary>
    public const int MaxCounterparts = 4;

    /// <summary>Null when the corpus has no requirement of that id.</summary>
    public VariantsView? Find(string id)
    {
        if (snapshot.Counterparts.Find(id) is not { } placed)
            return null;
        var counterparts = snapshot.Counterparts.Of(id);
        // A plan's best counterpart speaks for it; a second item of the same plan would crowd out another plan. A
        // doubtful counterpart may share only wording, so it is no variant of the obligation.
        var columns = CounterpartTiers.Of(counterparts).Trusted
            .DistinctBy(c => c.Plan.Id)
            .Take(MaxCounterparts)
            .Select(c => new VariantColumn(c, snapshot.Differ.Diff(placed.Requirement.Text, c.Requirement.Text)))
            .ToList();
        return new VariantsView(placed.Plan, placed.Requirement, columns, counterparts.Count - columns.Count);
    }
}
