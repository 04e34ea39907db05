using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Comparing;

/// <summary>Shapes the compare page from the two plan ids in the address.</summary>
public sealed class ComparePages(CorpusSnapshot snapshot, ComparisonCache comparisons)
{
    public CompareView Build(string? a, string? b)
    {
        var plans = snapshot.Corpus.Plans;
        (a, b) = (Blank(a), Blank(b));
        if (a is null && b is null)
            return new CompareView(plans, a, b, null, null, false);
        if (a is null || b is null)
            return new CompareView(plans, a, b, null, "Pick a second plan to compare with.", false);

        var unknown = new[] { a, b }.Where(id => snapshot.Corpus.FindPlan(id) is null).Distinct().ToList();
        if (unknown.Count > 0)
        {
            var names = string.Join(" and ", unknown.Select(id => $"\"{id}\""));
            return new CompareView(plans, a, b, null, $"There is no plan {names} in the index; pick plans from the lists.", true);
        }
        if (a == b)
            return new CompareView(plans, a, b, null, "A plan compared with itself has nothing to show; pick two different plans.", false);
        return new CompareView(plans, a, b, comparisons.Compare(snapshot, a, b), null, false);
    }

    private static string? Blank(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();
}
