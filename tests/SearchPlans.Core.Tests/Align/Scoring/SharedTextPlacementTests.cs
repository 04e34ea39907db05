using SearchPlans.Align.Features;
using SearchPlans.Align.Scoring;
using static SearchPlans.Tests.Align.AlignTestData;

namespace SearchPlans.Tests.Align.Scoring;

public class SharedTextPlacementTests
{
    private static readonly SearchPlans.Model.Plan[] Plans =
    [
        Plan("a", 2022, Requirement("a-1", "建立本地区重点工作任务台账，明确责任主体和时限要求。对上一年度工作要点落实情况开展回头看，未完成的要督促整改。")),
        Plan("b", 2021,
            Requirement("b-1", "建立本地区重点工作任务台账，明确责任主体和时限要求。"),
            Requirement("b-2", "对上一年度工作要点落实情况开展回头看，未完成的要督促整改。"),
            Requirement("b-3", "建立本地区重点工作任务台账，明确责任主体和时限要求。对上一年度工作要点落实情况开展回头看，未完成的要督促整改。")),
    ];

    private static double Placement(string text, string other)
    {
        var profiles = new ProfileBuilder().Build(Plans);
        var statistics = new RarityWeights(profiles);
        return SharedTextPlacement.In(profiles.Single(p => p.RequirementId == text), profiles.Single(p => p.RequirementId == other), statistics);
    }

    [Fact]
    public void TextSharedAtTheOpening_IsPlacedEarly() => Assert.InRange(Placement("a-1", "b-1"), 0, 0.3);

    [Fact]
    public void TextSharedAtTheEnd_IsPlacedLate() => Assert.InRange(Placement("a-1", "b-2"), 0.7, 1);

    [Fact]
    public void TextSharedThroughout_IsPlacedInTheMiddle() => Assert.InRange(Placement("a-1", "b-3"), 0.4, 0.6);
}
