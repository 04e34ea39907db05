namespace SearchPlans.Contracts;

/// <summary>`searchplans eval-search` as JSON: each ranking measured, with its means per split and its figures per query.</summary>
public sealed record SearchEvaluationJson(IReadOnlyList<RankingJson> Systems);

public sealed record RankingJson(string System, IReadOnlyList<RankingMeanJson> Means, IReadOnlyList<JudgedQueryJson> Queries);

/// <summary>A ranking's means over a split's queries, rounded to 4 places; the CSV rows of eval-search, one per system and split.</summary>
/// <param name="Unjudged10">Results in the top 10 that no judgement covers.</param>
public sealed record RankingMeanJson(string Split, int Queries, double Ndcg10, double Precision10, double Recall20, int Unjudged10);

/// <summary>One query's figures; null where the query has no judged requirement to measure by.</summary>
public sealed record JudgedQueryJson(string Id, string Query, string Split, double? Ndcg10, double? Precision10, double? Recall20,
    int Unjudged10, IReadOnlyList<string> Top10);
