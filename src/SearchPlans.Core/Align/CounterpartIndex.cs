using SearchPlans.Model;

namespace SearchPlans.Align;

/// <summary>A requirement together with the plan that holds it.</summary>
public sealed record PlacedRequirement(Plan Plan, Requirement Requirement);

/// <summary>A requirement of another plan linked to the one asked about, with the link read from the asking side.</summary>
public sealed record LinkedRequirement(Plan Plan, Requirement Requirement, RequirementLink Link);

/// <summary>
/// A corpus's requirements and links indexed by requirement id, built once, so that each page or command
/// answers "where is this requirement and what corresponds to it" without scanning every plan and link.
/// </summary>
public sealed class CounterpartIndex
{
    private readonly Dictionary<string, PlacedRequirement> requirements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LinkedRequirement>> counterparts = new(StringComparer.Ordinal);

    public CounterpartIndex(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        foreach (var plan in corpus.Plans)
            foreach (var requirement in plan.Requirements)
                requirements.TryAdd(requirement.Id, new PlacedRequirement(plan, requirement));

        foreach (var link in corpus.Links)
        {
            Add(link);
            Add(link.Reversed());
        }
        foreach (var (id, list) in counterparts)
            counterparts[id] = BestFirst(list);
    }

    public PlacedRequirement? Find(string requirementId) => requirements.GetValueOrDefault(requirementId);

    /// <summary>
    /// The requirement's counterparts in other plans: equivalents first, then by score. A pair stored in both
    /// directions counts once, by its stronger reading.
    /// </summary>
    public IReadOnlyList<LinkedRequirement> Of(string requirementId) =>
        counterparts.TryGetValue(requirementId, out var list) ? list : [];

    private void Add(RequirementLink link)
    {
        if (!requirements.ContainsKey(link.Source) || requirements.GetValueOrDefault(link.Target) is not { } target)
            return;
        if (!counterparts.TryGetValue(link.Source, out var list))
            counterparts[link.Source] = list = [];
        list.Add(new LinkedRequirement(target.Plan, target.Requirement, link));
    }

    private static List<LinkedRequirement> BestFirst(List<LinkedRequirement> list) =>
        list.OrderByDescending(c => c.Link.Kind == LinkKind.Equivalent)
            .ThenByDescending(c => c.Link.Score)
            .DistinctBy(c => c.Requirement.Id)
            .ToList();
}
