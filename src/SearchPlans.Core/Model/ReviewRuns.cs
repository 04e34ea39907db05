namespace SearchPlans.Model;

/// <summary>
/// The review order as runs of integers: each requirement's links (its side), strongest first, then counts that let a
/// page of the whole list be found by binary search. Grouped when a corpus is stored, so a server maps them from its
/// links file instead of sorting millions of links as it starts and holding the result (issue 26); grouped when asked
/// for a corpus whose store holds none.
/// </summary>
/// <remarks>
/// Sides are the requirements in corpus order (a requirement's side is its place, as <see cref="CounterpartRuns"/>
/// number them), then the ids that links name but the corpus no longer has. An entry is the link's place times two,
/// plus 1 when read from the target's side; a link from a requirement to itself is read once, from its source. A
/// selection is every link (0) or the links of one kind (1 + the kind).
/// </remarks>
public abstract class ReviewRuns
{
    /// <summary>Every kind, then each kind, as selections number them.</summary>
    public static readonly LinkKind?[] Selections = [null, .. Enum.GetValues<LinkKind>().Select(k => (LinkKind?)k)];

    /// <summary>How many sides, the requirements' and then the gone ids'.</summary>
    public abstract int SideCount { get; }

    /// <summary>How many of the sides are the corpus's requirements.</summary>
    public abstract int PlacedCount { get; }

    /// <summary>Where side s's run starts; for s = <see cref="SideCount"/>, where the last one ends.</summary>
    public abstract int StartOf(int side);

    public abstract int EntryAt(int place);

    public abstract LinkKind KindOf(int link);

    /// <summary>How many links of the selection's whole list come from the requirements before side s (s ≤ <see cref="PlacedCount"/>).</summary>
    public abstract int ListedBefore(int selection, int side);

    /// <summary>How many links of the selection come from ids the corpus no longer has, listed after all the others.</summary>
    public abstract int UnplacedCount(int selection);

    /// <summary>The kth of those links, strongest first.</summary>
    public abstract int UnplacedAt(int selection, int k);

    /// <summary>The id of side <see cref="PlacedCount"/> + g.</summary>
    public abstract string GoneIdAt(int gone);

    /// <summary>The runs of the corpus's links over its requirements, in corpus order.</summary>
    internal static Held Group(IReadOnlyList<Plan> plans, IReadOnlyList<RequirementLink> links)
    {
        var sides = CounterpartRuns.PositionsOf(plans);
        var placedCount = sides.Count;
        var gone = new List<string>();
        var keys = LinkKeyColumns.Read(links, id =>
        {
            if (!sides.TryGetValue(id, out var side))
            {
                sides[id] = side = sides.Count;
                gone.Add(id);
            }
            return side;
        });
        var kinds = keys.Kinds.Select(k => (byte)k).ToArray();
        var equivalent = keys.Kinds.Select(k => k == LinkKind.Equivalent).ToArray();
        var scores = keys.Scores;
        var ends = keys.Ends;
        for (var l = 0; l < links.Count; l++)
        {
            if (ends[l * 2 + 1] == ends[l * 2])
                ends[l * 2 + 1] = -1;
        }
        var (starts, entries) = GroupBySide(ends, sides.Count, (a, b) => StrongestFirst(equivalent, scores, a >> 1, b >> 1));

        var listedBefore = new int[Selections.Length][];
        var unplaced = new int[Selections.Length][];
        for (var f = 0; f < Selections.Length; f++)
        {
            var selected = Selections[f];
            bool Listed(int entry) => (entry & 1) == 0 && (selected is not { } k || kinds[entry >> 1] == (byte)k);
            var counts = listedBefore[f] = new int[placedCount + 1];
            for (var s = 0; s < placedCount; s++)
            {
                counts[s + 1] = counts[s];
                for (var k = starts[s]; k < starts[s + 1]; k++)
                    counts[s + 1] += Listed(entries[k]) ? 1 : 0;
            }
            var fromGone = new List<int>();
            for (var k = starts[placedCount]; k < starts[sides.Count]; k++)
                if (Listed(entries[k]))
                    fromGone.Add(entries[k] >> 1);
            unplaced[f] = [.. fromGone];
            unplaced[f].AsSpan().Sort((a, b) => StrongestFirst(equivalent, scores, a, b));
        }
        return new Held(placedCount, starts, entries, kinds, listedBefore, unplaced, [.. gone]);
    }

    private static (int[] Starts, int[] Entries) GroupBySide(int[] ends, int sideCount, Comparison<int> strongestFirst)
    {
        var starts = new int[sideCount + 1];
        foreach (var side in ends)
            if (side >= 0)
                starts[side + 1]++;
        for (var s = 0; s < sideCount; s++)
            starts[s + 1] += starts[s];
        var grouped = new int[starts[sideCount]];
        var next = starts[..^1];
        for (var entry = 0; entry < ends.Length; entry++)
            if (ends[entry] >= 0)
                grouped[next[ends[entry]]++] = entry;
        for (var s = 0; s < sideCount; s++)
            grouped.AsSpan(starts[s], starts[s + 1] - starts[s]).Sort(strongestFirst);
        return (starts, grouped);
    }

    /// <summary>Equivalents first, then the highest score, ties in the order the links were stored.</summary>
    private static int StrongestFirst(bool[] equivalent, double[] scores, int a, int b) =>
        equivalent[b].CompareTo(equivalent[a]) is var byKind and not 0 ? byKind
        : scores[b].CompareTo(scores[a]) is var byScore and not 0 ? byScore
        : a.CompareTo(b);

    /// <summary>Runs held in arrays, as grouped.</summary>
    internal sealed class Held(int placedCount, int[] starts, int[] entries, byte[] kinds, int[][] listedBefore, int[][] unplaced, string[] goneIds) : ReviewRuns
    {
        public override int SideCount => starts.Length - 1;

        public override int PlacedCount => placedCount;

        public override int StartOf(int side) => starts[side];

        public override int EntryAt(int place) => entries[place];

        public override LinkKind KindOf(int link) => (LinkKind)kinds[link];

        public override int ListedBefore(int selection, int side) => listedBefore[selection][side];

        public override int UnplacedCount(int selection) => unplaced[selection].Length;

        public override int UnplacedAt(int selection, int k) => unplaced[selection][k];

        public override string GoneIdAt(int gone) => goneIds[gone];

        /// <summary>The arrays, for a store that writes them as they are.</summary>
        public (int[] Starts, int[] Entries, int[][] ListedBefore, int[][] Unplaced, string[] Gone) Columns => (starts, entries, listedBefore, unplaced, goneIds);
    }
}

/// <summary>Links stored with the review order grouped when they were stored.</summary>
public interface IStoredReviewRuns
{
    /// <summary>The stored runs, when they were grouped for requirements ordered as the digest says; else null.</summary>
    ReviewRuns? ReviewRunsFor(ReadOnlySpan<byte> requirementDigest);
}
