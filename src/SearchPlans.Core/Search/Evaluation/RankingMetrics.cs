namespace SearchPlans.Search.Evaluation;

/// <summary>
/// The measures of a ranked list against graded judgements (2 about the subject, 1 in passing, 0 not), as
/// information-retrieval evaluations compute them. A requirement nobody judged counts as 0.
/// </summary>
public static class RankingMetrics
{
    /// <summary>
    /// Normalised discounted cumulative gain at <paramref name="k"/>: the gains (the grades) of the first k results,
    /// each divided by log2(rank + 1), over the same sum for the best possible order of every judged requirement.
    /// 1 when the first k hold the highest grades in order; 0 when nothing judged above 0 exists.
    /// </summary>
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var ideal = Dcg(grades.Values.Where(g => g > 0).OrderDescending().Take(k).ToList());
        return ideal == 0 ? 0 : Dcg([.. ranked.Take(k).Select(id => Math.Max(0, grades.GetValueOrDefault(id)))]) / ideal;
    }

    /// <summary>The share of the first <paramref name="k"/> places (empty places included) holding a requirement graded at least <paramref name="minGrade"/>.</summary>
    public static double PrecisionAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int minGrade = 1) =>
        (double)ranked.Take(k).Count(id => grades.GetValueOrDefault(id) >= minGrade) / k;

    /// <summary>
    /// The share of the requirements graded at least <paramref name="minGrade"/> that the first <paramref name="k"/>
    /// results hold; null when none is graded that high (the query has nothing to find).
    /// </summary>
    public static double? RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int minGrade = 2)
    {
        var relevant = grades.Count(g => g.Value >= minGrade);
        if (relevant == 0)
            return null;
        return (double)ranked.Take(k).Distinct(StringComparer.Ordinal).Count(id => grades.GetValueOrDefault(id) >= minGrade) / relevant;
    }

    private static double Dcg(IReadOnlyList<int> gains)
    {
        var sum = 0.0;
        for (var i = 0; i < gains.Count; i++)
            sum += gains[i] / Math.Log2(i + 2);
        return sum;
    }
}
