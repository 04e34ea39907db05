using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPlans.Search;

/// <summary>
/// Lucene's searcher with its per-segment search opened up, so a search can collect each run of segments with its
/// own collectors on its own core and merge afterwards (Lucene 4.8 parallelises only the searches that make their
/// own collectors, and every search here also counts facets).
/// </summary>
internal sealed class SlicingSearcher : IndexSearcher
{
    public SlicingSearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = new Lucene.Net.Search.Similarities.BM25Similarity(Reading.RankingWeights.K1, Reading.RankingWeights.B);
    }

    /// <summary>The weight every slice scores with, so scores use the whole index's statistics.</summary>
    public Weight WeightOf(Query query, Filter? filter) => CreateNormalizedWeight(WrapFilter(query, filter));

    public void SearchSlice(IList<AtomicReaderContext> slice, Weight weight, ICollector collector) =>
        Search(slice, weight, collector);
}
