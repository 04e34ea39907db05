using SearchPlans.Review.Evaluation;
using SearchPlans.Review;
using SearchPlans.Web.Localization;

namespace SearchPlans.Web.Review;

/// <summary>How the review pages name verdicts, kinds and states.</summary>
public static class ReviewLabels
{
    public static string Verdict(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Confirmed => Text.Get("confirmed"),
        ReviewVerdict.Rejected => Text.Get("rejected"),
        _ => Text.Get("added"),
    };

    public static string VerdictClass(ReviewVerdict verdict) => "verdict-" + StoredNames.Of(verdict);

    public static string Kind(GoldJudgement kind) => kind switch
    {
        GoldJudgement.Equivalent => Text.Get("equivalent"),
        GoldJudgement.Related => Text.Get("related"),
        _ => Text.Get("must not link"),
    };

    public static string Sort(ReviewSort sort) => sort switch
    {
        ReviewSort.WeakestFirst => Text.Get("weakest first"),
        ReviewSort.StrongestFirst => Text.Get("strongest first"),
        _ => Text.Get("in plan order"),
    };

    /// <summary>The sort as the address names it: plan, weakest, strongest.</summary>
    public static string SortName(ReviewSort sort) => sort switch
    {
        ReviewSort.WeakestFirst => "weakest",
        ReviewSort.StrongestFirst => "strongest",
        _ => "plan",
    };

    public static string State(ReviewState state) => state switch
    {
        ReviewState.Unreviewed => Text.Get("not yet reviewed"),
        ReviewState.Confirmed => Text.Get("confirmed"),
        ReviewState.Rejected => Text.Get("rejected"),
        _ => Text.Get("all links"),
    };
}
