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
/// are a run of integers (the link's position in the corpus, and which end the requirement is) in one shared array,
/// ordered best first when built. <see cref="Of"/> makes the records for the one requirement asked about.
/// </remarks>
public sealed class CounterpartIndex
{
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private readonly PlacedRequirement[] placed;
    private readonly IReadOnlyList<RequirementLink> links;

    // Requirement i's counterparts are entries[starts[i]..starts[i + 1]]; an entry is link * 2, plus 1 where the
    // requirement is the link's target and the link is read reversed.
    private readonly int[] starts;
    private readonly int[] entries;

    // How many of requirement i's counterparts are trusted (not doubtful): counted once, for the pages that show counts.
    private readonly int[] trusted;

    public CounterpartIndex(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var all = new List<PlacedRequirement>();
        foreach (var plan in corpus.Plans)
            foreach (var requirement in plan.Requirements)
                if (positions.TryAdd(requirement.Id, all.Count))
                    all.Add(new PlacedRequirement(plan, requirement));
        placed = [.. all];
        links = corpus.Links;
        (starts, entries, trusted) = Group(placed.Length);
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
        if (!positions.TryGetValue(requirementId, out var i) || starts[i] == starts[i + 1])
            return [];
        var result = new LinkedRequirement[starts[i + 1] - starts[i]];
        for (var k = 0; k < result.Length; k++)
        {
            // Read from the asking side, the link's target is the other end.
            var link = Read(entries[starts[i] + k]);
            var other = placed[positions[link.Target]];
            result[k] = new LinkedRequirement(other.Plan, other.Requirement, link);
        }
        return result;
    }

    /// <summary>How many counterparts <see cref="Of"/> would list, without making them.</summary>
    public int CountOf(string requirementId) =>
        positions.TryGetValue(requirementId, out var i) ? starts[i + 1] - starts[i] : 0;

    /// <summary>
    /// How many of them are trusted (<see cref="CounterpartTiers.Trusted"/>): what a page counts as the requirement's
    /// counterparts, since a doubtful link may share only wording.
    /// </summary>
    public int TrustedCountOf(string requirementId) =>
        positions.TryGetValue(requirementId, out var i) ? trusted[i] : 0;

    private RequirementLink Read(int entry) => (entry & 1) == 0 ? links[entry >> 1] : links[entry >> 1].Reversed();

    private (int[] Starts, int[] Entries, int[] Trusted) Group(int requirementCount)
    {
        // ends[entry] is the position of the end that reads the entry, ends[entry ^ 1] the other end; -1 where the
        // requirement is not in the corpus.
        var keys = LinkKeyColumns.Read(links, id => positions.GetValueOrDefault(id, -1));
        var ends = keys.Ends;
        var counts = new int[requirementCount + 1];
        for (var entry = 0; entry < ends.Length; entry++)
            if (Usable(ends, entry))
                counts[ends[entry] + 1]++;
        for (var i = 0; i < requirementCount; i++)
            counts[i + 1] += counts[i];
        var grouped = new int[counts[requirementCount]];
        var next = counts[..^1];
        for (var entry = 0; entry < ends.Length; entry++)
            if (Usable(ends, entry))
                grouped[next[ends[entry]]++] = entry;

        // Best first, then one entry per counterpart: a pair stored both ways keeps its stronger reading.
        var kept = new List<int>(grouped.Length);
        var starts = new int[requirementCount + 1];
        var trusted = new int[requirementCount];
        var seen = new HashSet<int>();
        for (var i = 0; i < requirementCount; i++)
        {
            starts[i] = kept.Count;
            var run = grouped.AsSpan(counts[i], counts[i + 1] - counts[i]);
            run.Sort((a, b) => BestFirst(keys, a, b));
            seen.Clear();
            foreach (var entry in run)
                if (seen.Add(ends[entry ^ 1]))
                {
                    kept.Add(entry);
                    trusted[i] += keys.Doubtful[entry >> 1] ? 0 : 1;
                }
        }
        starts[requirementCount] = kept.Count;
        return (starts, [.. kept], trusted);
    }

    private static bool Usable(int[] ends, int entry) => ends[entry] >= 0 && ends[entry ^ 1] >= 0;

    private static int BestFirst(LinkKeyColumns keys, int a, int b)
    {
        var (equivalent, scores) = (keys.Kinds, keys.Scores);
        var byKind = (equivalent[b >> 1] == LinkKind.Equivalent).CompareTo(equivalent[a >> 1] == LinkKind.Equivalent);
        // Ties keep the stored order, as the sort they replace (a stable LINQ OrderBy) did.
        return byKind != 0 ? byKind : scores[b >> 1].CompareTo(scores[a >> 1]) is var byScore and not 0 ? byScore : a.CompareTo(b);
    }
}
