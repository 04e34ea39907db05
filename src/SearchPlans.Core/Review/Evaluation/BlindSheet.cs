using SearchPlans.Model;
using SearchPlans.Links;

namespace SearchPlans.Review.Evaluation;

/// <summary>
/// Links to judge, written as lines of a judgement file with the label left empty and the two texts after it: a
/// reader sees what the link joins and nothing of how alignment rated it (no score, kind or confidence).
/// </summary>
/// <remarks>
/// Rows follow plan A's order of requirements, then plan B's, so a requirement's counterparts are read together and
/// the order tells nothing of their scores.
/// </remarks>
public static class BlindSheet
{
    public static IReadOnlyList<string> Header { get; } = ["planA", "requirementA", "planB", "requirementB", "label", "note", "textA", "textB"];

    public static IReadOnlyList<IReadOnlyList<string>> Rows(IEnumerable<(JudgedPlanPair Pair, RequirementLink Link)> unjudged, CounterpartIndex corpus)
    {
        var rows = unjudged
            .Select(u => (u.Pair, A: corpus.Find(u.Link.Source), B: corpus.Find(u.Link.Target)))
            .Where(u => u.A is not null && u.B is not null)
            .ToList();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var plan in rows.SelectMany(u => new[] { u.A!.Plan, u.B!.Plan }).DistinctBy(p => p.Id))
            for (var i = 0; i < plan.Requirements.Count; i++)
                positions.TryAdd(plan.Requirements[i].Id, i);
        return
        [
            .. rows
                .OrderBy(u => u.Pair.PlanA, StringComparer.Ordinal)
                .ThenBy(u => u.Pair.PlanB, StringComparer.Ordinal)
                .ThenBy(u => positions[u.A!.Requirement.Id])
                .ThenBy(u => positions[u.B!.Requirement.Id])
                .Select(u => (IReadOnlyList<string>)[u.Pair.PlanA, u.A!.Requirement.Id, u.Pair.PlanB, u.B!.Requirement.Id, "", "",
                    OneLine(u.A.Requirement.Text), OneLine(u.B.Requirement.Text)]),
        ];
    }

    // A text holding a tab or a line break would shift the columns of a tab-separated line.
    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
