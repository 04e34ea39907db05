using SearchPlans.Model;

namespace SearchPlans.Links;

/// <summary>A requirement together with the plan that holds it.</summary>
public sealed record PlacedRequirement(Plan Plan, Requirement Requirement);

/// <summary>A requirement of another plan linked to the one asked about, with the link read from the asking side.</summary>
public sealed record LinkedRequirement(Plan Plan, Requirement Requirement, RequirementLink Link);

/// <summary>
/// A corpus's requirements and links indexed by requirement id, built once, so that each page or command
/// answers "where is this requirement and what corresponds to it" without scanning every plan and link.
/// </summary>
/// <remarks>
/// A served corpus holds millions of links, so the index keeps no object per link: each requirement's counterparts
/// are a run of integers (<see cref="CounterpartRuns"/>: the link's position in the corpus, and which end the
/// requirement is), ordered best first, read from the links file when the store grouped them for this corpus, else
/// grouped here. <see cref="Of"/> makes the records for the one requirement asked about.
/// </remarks>
public sealed class CounterpartIndex
{
    private readonly Dictionary<string, int> positions;
    private readonly PlacedRequirement[] placed;
    private readonly IReadOnlyList<RequirementLink> links;
    private readonly CounterpartRuns runs;

    public CounterpartIndex(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        positions = CounterpartRuns.PositionsOf(corpus.Plans);
        placed = new PlacedRequirement[positions.Count];
        foreach (var plan in corpus.Plans)
            foreach (var requirement in plan.Requirements)
                placed[positions[requirement.Id]] ??= new PlacedRequirement(plan, requirement);
        links = corpus.Links;
        runs = (links as IStoredCounterparts)?.RunsFor(CounterpartRuns.DigestOf(placed.Select(p => p.Requirement.Id)))
            ?? CounterpartRuns.Group(links, positions, placed.Length);
    }

    /// <summary>How many requirements the corpus holds.</summary>
    public int RequirementCount => placed.Length;

    public PlacedRequirement? Find(string requirementId) =>
        positions.TryGetValue(requirementId, out var i) ? placed[i] : null;

    /// <summary>
    /// The requirement's counterparts in other plans: equivalents first, then by score. A pair stored in both
    /// directions counts once, by its stronger reading.
    /// </summary>
    public IReadOnlyList<LinkedRequirement> Of(string requirementId)
    {
        if (!positions.TryGetValue(requirementId, out var i) || runs.StartOf(i) == runs.StartOf(i + 1))
            return [];
        var start = runs.StartOf(i);
        var result = new LinkedRequirement[runs.StartOf(i + 1) - start];
        for (var k = 0; k < result.Length; k++)
        {
            // Read from the asking side, the link's target is the other end.
            var link = Read(runs.EntryAt(start + k));
            var other = placed[positions[link.Target]];
            result[k] = new LinkedRequirement(other.Plan, other.Requirement, link);
        }
        return result;
    }

    /// <summary>How many counterparts <see cref="Of"/> would list, without making them.</summary>
    public int CountOf(string requirementId) =>
        positions.TryGetValue(requirementId, out var i) ? runs.StartOf(i + 1) - runs.StartOf(i) : 0;

    /// <summary>
    /// How many of them are trusted (<see cref="CounterpartTiers.Trusted"/>): what a page counts as the requirement's
    /// counterparts, since a doubtful link may share only wording.
    /// </summary>
    public int TrustedCountOf(string requirementId) =>
        positions.TryGetValue(requirementId, out var i) ? runs.TrustedOf(i) : 0;

    private RequirementLink Read(int entry) => (entry & 1) == 0 ? links[entry >> 1] : links[entry >> 1].Reversed();
}
