using SearchPlans.Align.Evaluation;
using SearchPlans.Review;

namespace SearchPlans.Web.Review;

/// <summary>How the review pages name verdicts, kinds and states.</summary>
public static class ReviewLabels
{
    public static string Verdict(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Confirmed => "已确认 confirmed",
        ReviewVerdict.Rejected => "已否决 rejected",
        _ => "已补充 added",
    };

    public static string VerdictClass(ReviewVerdict verdict) => "verdict-" + StoredNames.Of(verdict);

    public static string Kind(GoldJudgement kind) => kind switch
    {
        GoldJudgement.Equivalent => "等同 equivalent",
        GoldJudgement.Related => "相关 related",
        _ => "不应关联 must not link",
    };

    public static string Sort(ReviewSort sort) => sort switch
    {
        ReviewSort.WeakestFirst => "weakest first",
        ReviewSort.StrongestFirst => "strongest first",
        _ => "in plan order",
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
        ReviewState.Unreviewed => "not yet reviewed",
        ReviewState.Confirmed => "confirmed",
        ReviewState.Rejected => "rejected",
        _ => "all links",
    };
}
