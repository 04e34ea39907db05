using SearchPlans.Align.Resolution;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Resolution;

public class OneToOneEquivalentsTests
{
    private static RequirementLink Link(string a, string b, LinkKind kind, double score) =>
        new(a, b, kind, Containment.Equivalent, score, score, score, []);

    private static string PlanOf(string requirement) => requirement[..1];

    [Fact]
    public void SecondEquivalentInTheSamePlan_BecomesRelated()
    {
        var resolved = new OneToOneEquivalents().Resolve(
            [Link("a1", "b1", LinkKind.Equivalent, 0.7), Link("a1", "b2", LinkKind.Equivalent, 0.9)], PlanOf);
        Assert.Equal(LinkKind.Equivalent, resolved.Single(l => l.Target == "b2").Kind);
        Assert.Equal(LinkKind.Related, resolved.Single(l => l.Target == "b1").Kind);
    }

    [Fact]
    public void EquivalentsIntoDifferentPlans_AreAllKept()
    {
        var resolved = new OneToOneEquivalents().Resolve(
            [Link("a1", "b1", LinkKind.Equivalent, 0.7), Link("a1", "c1", LinkKind.Equivalent, 0.9)], PlanOf);
        Assert.All(resolved, l => Assert.Equal(LinkKind.Equivalent, l.Kind));
    }

    [Fact]
    public void RelatedLinks_MayBeOneToMany()
    {
        var resolved = new OneToOneEquivalents().Resolve(
            [Link("a1", "b1", LinkKind.Related, 0.35), Link("a1", "b2", LinkKind.Related, 0.3), Link("a1", "b3", LinkKind.Related, 0.25)], PlanOf);
        Assert.Equal(3, resolved.Count(l => l.Kind == LinkKind.Related));
    }

    [Fact]
    public void RelatedLink_ThatIsBothSidesBestCounterpart_BecomesEquivalent()
    {
        var resolved = new OneToOneEquivalents(mutualBestScore: 0.4, maxPartCover: 0.15).Resolve(
            [Link("a1", "b1", LinkKind.Related, 0.45), Link("a1", "b2", LinkKind.Related, 0.3)], PlanOf);
        Assert.Equal(LinkKind.Equivalent, resolved.Single(l => l.Target == "b1").Kind);
        Assert.Equal(LinkKind.Related, resolved.Single(l => l.Target == "b2").Kind);
    }

    [Fact]
    public void RelatedLink_WhoseTargetHasABetterCounterpart_StaysRelated()
    {
        var resolved = new OneToOneEquivalents(mutualBestScore: 0.4, maxPartCover: 0.15).Resolve(
            [Link("a1", "b1", LinkKind.Related, 0.45), Link("a2", "b1", LinkKind.Related, 0.5)], PlanOf);
        Assert.Equal(LinkKind.Related, resolved.Single(l => l.Source == "a1").Kind);
        Assert.Equal(LinkKind.Equivalent, resolved.Single(l => l.Source == "a2").Kind);
    }

    [Fact]
    public void RelatedLink_WhereOneSideCarriesOnlyAClauseOfTheOther_StaysRelated()
    {
        var clause = new RequirementLink("a1", "b1", LinkKind.Related, Containment.Contains, 0.5, 0.12, 0.85, []);

        var resolved = new OneToOneEquivalents(mutualBestScore: 0.4, maxPartCover: 0.15).Resolve([clause], PlanOf);

        Assert.Equal(LinkKind.Related, Assert.Single(resolved).Kind);
    }

    [Fact]
    public void RelatedLink_BelowTheMutualBestScore_StaysRelated()
    {
        var resolved = new OneToOneEquivalents(mutualBestScore: 0.4, maxPartCover: 0.15).Resolve([Link("a1", "b1", LinkKind.Related, 0.39)], PlanOf);
        Assert.Equal(LinkKind.Related, Assert.Single(resolved).Kind);
    }

    [Fact]
    public void RelatedLink_IsNotPromotedWhereASideAlreadyHasAnEquivalentInThatPlan()
    {
        var resolved = new OneToOneEquivalents(mutualBestScore: 0.4, maxPartCover: 0.15).Resolve(
            [Link("a1", "b1", LinkKind.Equivalent, 0.42), Link("a1", "b2", LinkKind.Related, 0.45)], PlanOf);
        Assert.Equal(LinkKind.Equivalent, resolved.Single(l => l.Target == "b1").Kind);
        Assert.Equal(LinkKind.Related, resolved.Single(l => l.Target == "b2").Kind);
    }
}
