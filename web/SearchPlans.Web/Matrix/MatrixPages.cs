using SearchPlans.Align.Clusters;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Matrix;

/// <summary>
/// The matrix page's data: built from the stored links once per threshold and kept with the snapshot (there are at
/// most as many thresholds as plans).
/// </summary>
public sealed class MatrixPages(CorpusSnapshot snapshot)
{
    /// <summary>The threshold the page opens with: clusters carried by two plans or more.</summary>
    public const int DefaultMinPlans = 2;

    public int PlanCount => snapshot.Corpus.Plans.Count;

    /// <param name="minPlans">Clamped to 1…the number of plans.</param>
    public TopicMatrix Build(int minPlans) => Build(snapshot, minPlans);

    /// <inheritdoc cref="Build(int)"/>
    public static TopicMatrix Build(CorpusSnapshot snapshot, int minPlans)
    {
        var clamped = Math.Clamp(minPlans, 1, Math.Max(1, snapshot.Corpus.Plans.Count));
        return snapshot.Derived(clamped, s => TopicMatrixBuilder.Build(s.Corpus, clamped));
    }
}
