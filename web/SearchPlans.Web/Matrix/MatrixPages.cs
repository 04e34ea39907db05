using System.Collections.Concurrent;
using SearchPlans.Align.Clusters;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Matrix;

/// <summary>The matrix page's data: built from the stored links once per threshold and kept for every request.</summary>
public sealed class MatrixPages(CorpusSession session)
{
    /// <summary>One matrix per threshold asked for; there are at most as many thresholds as plans.</summary>
    private readonly ConcurrentDictionary<int, Lazy<TopicMatrix>> built = new();

    public int PlanCount => session.Corpus.Plans.Count;

    /// <param name="minPlans">Clamped to 1…the number of plans.</param>
    public TopicMatrix Build(int minPlans)
    {
        var clamped = Math.Clamp(minPlans, 1, Math.Max(1, PlanCount));
        return built.GetOrAdd(clamped, m => new Lazy<TopicMatrix>(() => TopicMatrixBuilder.Build(session.Corpus, m))).Value;
    }
}
