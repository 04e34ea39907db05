using System.Security.Cryptography;
using System.Text;

namespace SearchPlans.Model;

/// <summary>
/// Each requirement's counterparts as a run of integers, best first, each pair once: an entry is the link's place
/// times two, plus 1 where the requirement is the link's target. Requirements are numbered in corpus order, each id
/// once. Grouped when a corpus is stored, so a server reads them from its links file instead of grouping millions of
/// links as it starts; grouped when asked for a corpus whose store holds none.
/// </summary>
public abstract class CounterpartRuns
{
    /// <summary>How many requirements the runs are for.</summary>
    public abstract int RequirementCount { get; }

    /// <summary>Where requirement i's run starts; for i = <see cref="RequirementCount"/>, where the last one ends.</summary>
    public abstract int StartOf(int requirement);

    public abstract int EntryAt(int place);

    /// <summary>How many of the requirement's counterparts are not doubtful.</summary>
    public abstract int TrustedOf(int requirement);

    /// <summary>Each requirement id of the plans numbered in corpus order, a repeated id keeping its first place.</summary>
    public static Dictionary<string, int> PositionsOf(IReadOnlyList<Plan> plans)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var plan in plans)
            foreach (var id in PlanRequirements.IdsOf(plan))
                positions.TryAdd(id, positions.Count);
        return positions;
    }

    /// <summary>
    /// A digest of the requirement ids in the order the runs number them: runs stored for one corpus are read for
    /// another only when the two order the same ids the same way.
    /// </summary>
    public static byte[] DigestOf(IEnumerable<string> requirementIds)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> separator = [0];
        foreach (var id in requirementIds)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(id));
            hash.AppendData(separator);
        }
        return hash.GetHashAndReset();
    }

    /// <summary>The runs of the links between the requirements numbered by <paramref name="positions"/> (<see cref="PositionsOf"/>).</summary>
    internal static CounterpartRuns.Held Group(IReadOnlyList<RequirementLink> links, IReadOnlyDictionary<string, int> positions, int requirementCount)
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
        return new Held(starts, [.. kept], trusted);
    }

    private static bool Usable(int[] ends, int entry) => ends[entry] >= 0 && ends[entry ^ 1] >= 0;

    private static int BestFirst(LinkKeyColumns keys, int a, int b)
    {
        var (kinds, scores) = (keys.Kinds, keys.Scores);
        var byKind = (kinds[b >> 1] == LinkKind.Equivalent).CompareTo(kinds[a >> 1] == LinkKind.Equivalent);
        // Ties keep the stored order, as the sort they replace (a stable LINQ OrderBy) did.
        return byKind != 0 ? byKind : scores[b >> 1].CompareTo(scores[a >> 1]) is var byScore and not 0 ? byScore : a.CompareTo(b);
    }

    /// <summary>Runs held in arrays, as grouped.</summary>
    internal sealed class Held(int[] starts, int[] entries, int[] trusted) : CounterpartRuns
    {
        public override int RequirementCount => trusted.Length;

        public override int StartOf(int requirement) => starts[requirement];

        public override int EntryAt(int place) => entries[place];

        public override int TrustedOf(int requirement) => trusted[requirement];

        /// <summary>The arrays, for a store that writes them as they are.</summary>
        public (int[] Starts, int[] Entries, int[] Trusted) Columns => (starts, entries, trusted);
    }
}

/// <summary>Links stored with the counterpart runs grouped when they were stored.</summary>
public interface IStoredCounterparts
{
    /// <summary>The stored runs, when they were grouped for requirements ordered as the digest says; else null.</summary>
    CounterpartRuns? RunsFor(ReadOnlySpan<byte> requirementDigest);
}
