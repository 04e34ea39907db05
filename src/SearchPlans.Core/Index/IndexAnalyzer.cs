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
        [IndexFields.Section] = PlanAnalyzers.Words,
        [IndexFields.Deadline] = PlanAnalyzers.Words,
        [IndexFields.UnitsText] = PlanAnalyzers.Bigrams,
    });
}
