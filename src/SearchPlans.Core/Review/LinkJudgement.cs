using SearchPlans.Review.Evaluation;

namespace SearchPlans.Review;

/// <summary>A reviewer's judgement of a pair, as checked and ready to store.</summary>
/// <param name="Kind">What the pair is: equivalent or related when confirmed or added, none when rejected.</param>
public sealed record JudgementDraft(string Source, string Target, ReviewVerdict Verdict, GoldJudgement Kind, string Note, string Reviewer);

/// <summary>A stored judgement. It names requirements by id, so it outlives the index it was made on.</summary>
/// <param name="Id">Order of recording: for one pair, the highest id is the judgement in force.</param>
public sealed record LinkJudgement(long Id, string Source, string Target, ReviewVerdict Verdict, GoldJudgement Kind,
    string Note, string Reviewer, DateTimeOffset JudgedAt)
{
    /// <summary>The pair without its direction: a judgement of B–A replaces one of A–B.</summary>
    public RequirementPair Pair => RequirementPair.Of(Source, Target);
}

/// <summary>Two requirement ids in ordinal order, so both directions of a link are one key.</summary>
public readonly record struct RequirementPair(string First, string Second)
{
    public static RequirementPair Of(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? new(a, b) : new(b, a);
}
