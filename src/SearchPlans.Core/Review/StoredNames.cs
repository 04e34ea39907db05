using SearchPlans.Review.Evaluation;

namespace SearchPlans.Review;

/// <summary>The words the database and gold files use for verdicts and kinds.</summary>
public static class StoredNames
{
    public static string Of(ReviewVerdict verdict) => verdict.ToString().ToLowerInvariant();

    public static string Of(GoldJudgement kind) => kind.ToString().ToLowerInvariant();

    public static ReviewVerdict Verdict(string name) => Enum.Parse<ReviewVerdict>(name, ignoreCase: true);

    public static GoldJudgement Kind(string name) => Enum.Parse<GoldJudgement>(name, ignoreCase: true);
}
