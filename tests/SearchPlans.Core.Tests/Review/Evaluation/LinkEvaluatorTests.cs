using SearchPlans.Review.Evaluation;
using SearchPlans.Model;

namespace SearchPlans.Tests.Review.Evaluation;

public class LinkEvaluatorTests
{
    private static readonly GoldSet Gold = new(
        [
            new GoldPair("p-1", "q-1", GoldJudgement.Related, "tune", "", 1),
            new GoldPair("p-3", "q-3", GoldJudgement.None, "tune", "", 2),
        ],
        [("p", "q")]);

    private static RequirementLink Link(string source, string target, LinkKind kind) =>
        new(source, target, kind, Containment.Related, 0.2, 0.2, 0.2, []);

    private static string PlanOf(string id) => id.Split('-')[0];

    [Fact]
    public void UnlistedRelated_CountsOnlyRelatedLinksTheExhaustiveGoldLeavesOut()
    {
        IReadOnlyList<RequirementLink> links =
        [
            Link("p-1", "q-1", LinkKind.Related), // listed as related
            Link("q-2", "p-2", LinkKind.Related), // not listed, either direction
            Link("p-3", "q-3", LinkKind.Related), // listed as none: a false link, counted by Evaluate
            Link("p-1", "q-2", LinkKind.Equivalent), // an equivalent: counted by Evaluate
            Link("p-1", "r-1", LinkKind.Related), // plans not labelled exhaustively
        ];

        Assert.Equal([("p", "q", 1)], LinkEvaluator.UnlistedRelated(Gold, links, PlanOf));
    }
}
