using SearchPlans.Review;
using SearchPlans.Web.Localization;
using SearchPlans.Web.Plans;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Compare;

/// <summary>Shapes the compare page from the two plan ids in the address.</summary>
public sealed class ComparePages(CorpusSnapshot snapshot, ComparisonCache comparisons, ReviewStore reviews)
{
    public CompareView Build(string? a, string? b)
    {
        (a, b) = (Blank(a), Blank(b));
        var (planA, planB) = (a is null ? null : snapshot.Corpus.FindPlan(a), b is null ? null : snapshot.Corpus.FindPlan(b));
        // Each picker lists the other's plan too, so changing one choice never takes the other's plan off its list.
        var (choicesA, choicesB) = (PlanChoices.For(snapshot.Corpus.Plans, planB, listNear: true), PlanChoices.For(snapshot.Corpus.Plans, planA, listNear: true));
        if (a is null && b is null)
            return new CompareView(choicesA, choicesB, a, b, null, null, false);
        if (a is null || b is null)
            return new CompareView(choicesA, choicesB, a, b, null, Text.Get("Pick a second plan to compare with."), false);

        var unknown = new[] { (a, planA), (b, planB) }.Where(x => x.Item2 is null).Select(x => x.Item1).Distinct().ToList();
        if (unknown.Count > 0)
        {
            var names = string.Join(Text.Get(" and "), unknown.Select(id => $"\"{id}\""));
            return new CompareView(choicesA, choicesB, a, b, null, Text.Format("There is no plan {0} in the index; pick plans from the lists.", names), true);
        }
        if (a == b)
            return new CompareView(choicesA, choicesB, a, b, null, Text.Get("A plan compared with itself has nothing to show; pick two different plans."), false);
        return new CompareView(choicesA, choicesB, a, b, comparisons.Compare(snapshot, a, b), null, false)
        {
            Judgements = reviews.Current().ToDictionary(j => j.Pair),
        };
    }

    private static string? Blank(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();
}
