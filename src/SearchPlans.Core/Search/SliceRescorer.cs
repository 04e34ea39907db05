using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPlans.Search;

/// <summary>
/// Lucene's <see cref="QueryRescorer"/> sum (first-pass score plus the weighted second-pass score, where the second query
/// matches), with each run of segments scored on its own core. Lucene's rescorer walks the segments one after another,
/// and building a ranking query's scorers for each segment was the largest single cost of a search.
/// </summary>
internal static class SliceRescorer
{
    /// <summary>The hits scored again and ordered as QueryRescorer orders them: by score, then by document.</summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, IReadOnlyList<IList<AtomicReaderContext>> slices, ScoreDoc[] hits, Query query, float weight)
    {
        var normalized = searcher.CreateNormalizedWeight(query);
        var rescored = hits.Select(h => new ScoreDoc(h.Doc, h.Score, h.ShardIndex)).ToArray();
        Parallel.ForEach(slices, slice =>
        {
            foreach (var leaf in slice)
                RescoreLeaf(leaf, normalized, rescored, weight);
        });
        Array.Sort(rescored, (a, b) => a.Score > b.Score ? -1 : a.Score < b.Score ? 1 : a.Doc.CompareTo(b.Doc));
        return rescored;
    }

    // Each hit belongs to one segment, so slices never write the same hit.
    private static void RescoreLeaf(AtomicReaderContext leaf, Weight weight, ScoreDoc[] hits, float secondWeight)
    {
        var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
        var inLeaf = hits.Where(h => h.Doc >= leaf.DocBase && h.Doc < end).OrderBy(h => h.Doc).ToList();
        if (inLeaf.Count == 0 || weight.GetScorer(leaf, acceptDocs: null) is not { } scorer)
            return;
        foreach (var hit in inLeaf)
        {
            var target = hit.Doc - leaf.DocBase;
            var at = scorer.DocID;
            if (at < target)
                at = scorer.Advance(target);
            if (at == target)
                hit.Score += secondWeight * scorer.GetScore();
        }
    }
}
