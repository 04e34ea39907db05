using SearchPlans.Review.Evaluation;
using SearchPlans.Model;
using SearchPlans.Review;

namespace SearchPlans.Tests.Review;

public sealed class ReviewQueueTests
{
    private static readonly IReadOnlyList<LinkJudgement> Judged =
    [
        new(2, "b-3", "a-3", ReviewVerdict.Rejected, GoldJudgement.None, "", "", DateTimeOffset.UnixEpoch),
        new(1, "a-1", "b-1", ReviewVerdict.Confirmed, GoldJudgement.Equivalent, "", "", DateTimeOffset.UnixEpoch),
    ];

    private static ReviewQueuePage Select(ReviewFilter filter) => ReviewQueue.Select(ReviewTestData.Corpus, Judged, filter);

    [Fact]
    public void Select_Everything_PairsEachLinkWithItsJudgementWhicheverWayItWasMade()
    {
        var page = Select(new ReviewFilter());

        Assert.Equal([ReviewVerdict.Confirmed, null, ReviewVerdict.Rejected], page.Links.Select(l => l.Judgement?.Verdict));
    }

    [Theory]
    [InlineData(ReviewState.Unreviewed, "a-2")]
    [InlineData(ReviewState.Confirmed, "a-1")]
    [InlineData(ReviewState.Rejected, "a-3")]
    public void Select_ByState_KeepsOnlyThoseLinks(ReviewState state, string source) =>
        Assert.Equal([source], Select(new ReviewFilter(State: state)).Links.Select(l => l.Link.Source));

    [Fact]
    public void Select_ByPlan_ReadsTheLinksFromThatPlansSide() =>
        Assert.Equal(["b-1", "b-2", "b-3"], Select(new ReviewFilter(PlanId: "b")).Links.Select(l => l.Link.Source));

    [Fact]
    public void Select_ByRequirementAndKind_Combines() =>
        Assert.Empty(Select(new ReviewFilter(RequirementId: "b-2", Kind: LinkKind.Equivalent)).Links);

    [Fact]
    public void Select_PageBeyondTheEnd_ShowsTheLastPage()
    {
        var page = Select(new ReviewFilter(Page: 9, PageSize: 2));

        Assert.Equal((2, 2, 3), (page.Page, page.PageCount, page.Total));
        Assert.Equal(["a-3"], page.Links.Select(l => l.Link.Source));
    }
}
