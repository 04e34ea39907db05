namespace SearchPlans.Search.Evaluation;

/// <summary>One query's figures for one ranking.</summary>
/// <param name="Ndcg10">Null when no requirement is graded above 0 for the query: nothing to find, nothing to measure.</param>
/// <param name="Recall20">Null when no requirement is graded 2 for the query.</param>
/// <param name="Unjudged10">Requirements in the first ten that nobody judged (counted as 0).</param>
public sealed record QueryScore(JudgedQuery Query, double? Ndcg10, double? Precision10, double? Recall20, int Unjudged10, IReadOnlyList<string> Ranked);

/// <summary>The mean figures of one ranking over a set of queries.</summary>
/// <param name="Queries">The queries measured: those with a requirement graded above 0.</param>
/// <param name="Recall20">Over the queries with at least one requirement graded 2.</param>
public sealed record MeanScore(string Split, int Queries, double Ndcg10, double Precision10, double Recall20, int Unjudged10);

/// <summary>A ranking's figures over judged queries: nDCG@10, P@10 (grade 1 or 2 counts) and recall@20 (of grade 2).</summary>
public sealed record SearchEvaluation(string System, IReadOnlyList<QueryScore> Queries)
{
    /// <summary>How deep a ranking is read: recall is measured at 20.</summary>
    public const int Depth = 20;

    /// <summary>Runs every query through <paramref name="rank"/> (the ids of the best results, best first, at least <see cref="Depth"/> when there are).</summary>
    public static SearchEvaluation Run(string system, SearchJudgements judgements, Func<string, IReadOnlyList<string>> rank) =>
        new(system, [.. judgements.Queries.Select(q => Score(q, rank(q.Text), judgements.GradesOf(q.Id)))]);

    public static QueryScore Score(JudgedQuery query, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var measurable = grades.Values.Any(g => g > 0);
        return new(query,
            measurable ? RankingMetrics.NdcgAt(10, ranked, grades) : null,
            measurable ? RankingMetrics.PrecisionAt(10, ranked, grades) : null,
            RankingMetrics.RecallAt(Depth, ranked, grades),
            ranked.Take(10).Count(id => !grades.ContainsKey(id)),
            ranked);
    }

    /// <summary>The splits in the order their queries first appear, then "all".</summary>
    public IReadOnlyList<string> Splits => [.. Queries.Select(q => q.Query.Split).Append("all").Distinct(StringComparer.Ordinal)];

    /// <summary>Means over the queries of one split, or of all of them.</summary>
    public MeanScore Mean(string split)
    {
        var of = (split == "all" ? Queries : Queries.Where(q => q.Query.Split == split)).Where(q => q.Ndcg10 is not null).ToList();
        var recalls = of.Where(q => q.Recall20 is not null).Select(q => q.Recall20!.Value).ToList();
        return new MeanScore(split, of.Count,
            of.Count == 0 ? 0 : of.Average(q => q.Ndcg10!.Value),
            of.Count == 0 ? 0 : of.Average(q => q.Precision10!.Value),
            recalls.Count == 0 ? 0 : recalls.Average(),
            of.Sum(q => q.Unjudged10));
    }
}
