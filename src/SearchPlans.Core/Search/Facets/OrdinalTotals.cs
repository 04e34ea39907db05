namespace SearchPlans.Search.Facets;

/// <summary>
/// Counts per ordinal within a segment, turned into names once per segment (not once per hit) and added to the
/// totals by name, since each segment numbers its values on its own.
/// </summary>
internal sealed class OrdinalTotals
{
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);
    private int[] counts = [];
    private string[] names = [];

    /// <summary>Starts counting a segment whose ordinals name these values.</summary>
    public void StartSegment(string[] segmentNames)
    {
        Flush();
        names = segmentNames;
        counts = new int[names.Length];
    }

    public void Add(int ordinal) => counts[ordinal]++;

    public IReadOnlyList<FacetCount> Counts()
    {
        Flush();
        return FacetCounts.Ordered(totals);
    }

    private void Flush()
    {
        for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            if (counts[ordinal] > 0)
                totals[names[ordinal]] = totals.GetValueOrDefault(names[ordinal]) + counts[ordinal];
        counts = [];
        names = [];
    }
}
