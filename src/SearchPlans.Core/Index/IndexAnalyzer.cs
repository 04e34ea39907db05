using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using SearchPlans.Analysis;

namespace SearchPlans.Index;

/// <summary>The analyzer for each index field; the index writer and the query parser share it.</summary>
public static class IndexAnalyzer
{
    /// <summary>
    /// Shared and never disposed: it wraps the process-wide analyzers, and Lucene analyzers are thread-safe
    /// (each thread reuses its own token stream components).
    /// </summary>
    public static Analyzer Instance { get; } = new PerFieldAnalyzerWrapper(PlanAnalyzers.Exact, new Dictionary<string, Analyzer>
    {
        [IndexFields.Text] = PlanAnalyzers.Words,
        [IndexFields.TextBigrams] = PlanAnalyzers.Bigrams,
        [IndexFields.FocusBigrams] = PlanAnalyzers.Bigrams,
        [IndexFields.Section] = PlanAnalyzers.Words,
        [IndexFields.Deadline] = PlanAnalyzers.Words,
        [IndexFields.UnitsText] = PlanAnalyzers.Bigrams,
        [IndexFields.SectionBigrams] = PlanAnalyzers.Bigrams,
        [IndexFields.CriteriaBigrams] = PlanAnalyzers.Bigrams,
        [IndexFields.PlaceBigrams] = PlanAnalyzers.Bigrams,
    });

    /// <summary>
    /// How the index scores a match: BM25, whose term frequency saturates, so a requirement that repeats a common part
    /// of the query (政策 seven times) does not outrank one that holds the whole query once (政策咨询). The index writer
    /// and every searcher use it.
    /// </summary>
    public static Lucene.Net.Search.Similarities.Similarity Similarity { get; } = new Lucene.Net.Search.Similarities.BM25Similarity();
}
