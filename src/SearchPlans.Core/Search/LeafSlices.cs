using Lucene.Net.Index;

namespace SearchPlans.Search;

/// <summary>
/// The index's segments split into runs of neighbouring segments with about as many documents each, one run per
/// core, so one search can read them side by side.
/// </summary>
/// <remarks>
/// Runs keep the segments' order, so merging their hits breaks ties by document order exactly as one pass over all
/// segments does.
/// </remarks>
internal static class LeafSlices
{
    public static IReadOnlyList<IList<AtomicReaderContext>> Split(IList<AtomicReaderContext> leaves, int count) =>
        Split(leaves, l => l.AtomicReader.MaxDoc, count);

    /// <summary>Neighbouring items in at most <paramref name="count"/> runs, each as near its share of the total size as a cut between items allows.</summary>
    public static IReadOnlyList<IList<T>> Split<T>(IList<T> items, Func<T, long> sizeOf, int count)
    {
        var total = items.Sum(sizeOf);
        var slices = new List<IList<T>>();
        var current = new List<T>();
        long taken = 0;
        foreach (var item in items)
        {
            var size = sizeOf(item);
            // Close a run before a segment that would take it further past its share than stopping short does.
            if (slices.Count < count - 1 && current.Count > 0 && taken + size > Boundary() && Boundary() - taken < taken + size - Boundary())
                Close();
            current.Add(item);
            taken += size;
            if (slices.Count < count - 1 && taken >= Boundary())
                Close();
        }
        if (current.Count > 0)
            slices.Add(current);
        return slices;

        // Where the current run's share of the documents ends, counted from the first segment.
        double Boundary() => (double)total * (slices.Count + 1) / count;

        void Close()
        {
            slices.Add(current);
            current = [];
        }
    }
}
