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
/// grouped here. <see cref="Of"/> makes the records for the one requirement asked about. Nor does it hold the
/// requirements: each id's place (its plan and its rank there) is two integers, and a stored plan reads its
/// requirements from disk when one of them is asked for.
/// </remarks>
public sealed class CounterpartIndex
{
    private readonly Dictionary<string, int> positions;
    private readonly IReadOnlyList<Plan> plans;
    private readonly int[] planOf;
    private readonly int[] rankOf;
    private readonly IReadOnlyList<RequirementLink> links;
    private readonly CounterpartRuns runs;

    public CounterpartIndex(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        plans = corpus.Plans;
        positions = CounterpartRuns.PositionsOf(plans);
        planOf = new int[positions.Count];
        rankOf = new int[positions.Count];
        var ids = new string[positions.Count];
        for (var p = 0; p < plans.Count; p++)
        {
            var rank = 0;
            foreach (var id in PlanRequirements.IdsOf(plans[p]))
            {
                // An id held twice is placed where it is first held.
                var position = positions[id];
                if (ids[position] is null)
                    (ids[position], planOf[position], rankOf[position]) = (id, p, rank);
                rank++;
            }
        }
        links = corpus.Links;
        runs = (links as IStoredCounterparts)?.RunsFor(CounterpartRuns.DigestOf(ids))
            ?? CounterpartRuns.Group(links, positions, ids.Length);
    }

    /// <summary>How many requirements the corpus holds.</summary>
    public int RequirementCount => planOf.Length;

    public PlacedRequirement? Find(string requirementId) =>
        positions.TryGetValue(requirementId, out var i) ? Placed(i) : null;

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
            var other = Placed(positions[link.Target]);
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

    private PlacedRequirement Placed(int position)
    {
        var plan = plans[planOf[position]];
        return new PlacedRequirement(plan, plan.Requirements[rankOf[position]]);
    }

    private RequirementLink Read(int entry) => (entry & 1) == 0 ? links[entry >> 1] : links[entry >> 1].Reversed();
}
