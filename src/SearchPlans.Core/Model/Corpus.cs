namespace SearchPlans.Model;

/// <summary>Every plan that was read successfully, in the order the files were read, and the links computed between them.</summary>
public sealed record Corpus(IReadOnlyList<Plan> Plans)
{
    /// <summary>Links between requirements of different plans, each pair once (computed at index time).</summary>
    public IReadOnlyList<RequirementLink> Links { get; init; } = [];

    /// <summary>Plan-to-plan cross-links: citations, parent plans, previous years.</summary>
    public IReadOnlyList<PlanReference> References { get; init; } = [];

    /// <summary>
    /// The reference the links were computed against (how rare each bigram and word is); null for a corpus not yet
    /// linked, or linked before references were stored.
    /// </summary>
    public ReferenceFrequencies? Rarity { get; init; }

    /// <summary>
    /// The version of the alignment rules the links were computed with (<see cref="Align.Aligner.RulesVersion"/>);
    /// 0 for a corpus linked before versions were stored.
    /// </summary>
    public int LinkRules { get; init; }

    /// <summary>Which pairs of plans have their links stored; the others are aligned when compared.</summary>
    public LinkScope Scope { get; init; }

    /// <summary>
    /// The corpus with the plan added, or put in place of the plan with its id. The other links are kept; the plan's
    /// own are stale until it is relinked.
    /// </summary>
    public Corpus WithPlan(Plan plan) => this with
    {
        Plans = Plans.Any(p => p.Id == plan.Id) ? [.. Plans.Select(p => p.Id == plan.Id ? plan : p)] : [.. Plans, plan],
    };

    /// <summary>The corpus without the plan. The other links are kept; the plan's own are stale until it is relinked.</summary>
    public Corpus WithoutPlan(string id) => this with { Plans = [.. Plans.Where(p => p.Id != id)] };

    public Plan? FindPlan(string id) => Plans.FirstOrDefault(p => p.Id == id);

    public Requirement? FindRequirement(string id) =>
        Plans.SelectMany(p => p.Requirements).FirstOrDefault(r => r.Id == id);

    /// <summary>The plan a requirement belongs to.</summary>
    public Plan? PlanOf(string requirementId) =>
        Plans.FirstOrDefault(p => p.Requirements.Any(r => r.Id == requirementId));
}
