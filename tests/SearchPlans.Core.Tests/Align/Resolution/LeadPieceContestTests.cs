using SearchPlans.Align.Resolution;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Resolution;

public class LeadPieceContestTests
{
    private static readonly LeadPieceContest Contest = new(minLeadScore: 0.28);

    /// <summary>A link from the split requirement x1 (plan x) to an item of plan b.</summary>
    private static (RequirementLink Link, SharedPlacement Place) Piece(string item, LinkKind kind, double score, double place, double cover = 0.3, double ownPlace = 0.4) =>
        (new RequirementLink("x1", item, kind, Containment.ContainedBy, score, cover, 0.9, []), new SharedPlacement(place, ownPlace));

    private static IReadOnlyList<RequirementLink> Apply(params (RequirementLink Link, SharedPlacement Place)[] pieces)
    {
        var places = pieces.ToDictionary(p => (p.Link.Source, p.Link.Target), p => p.Place);
        return Contest.Apply([.. pieces.Select(p => p.Link)], id => id[..1], l => places[(l.Source, l.Target)]);
    }

    private static LinkKind KindOf(IReadOnlyList<RequirementLink> links, string target) => links.Single(l => l.Target == target).Kind;

    [Fact]
    public void SplitRequirement_ItsOpeningItemIsTheEquivalent_AndLaterItemsAreRelated()
    {
        var links = Apply(Piece("b1", LinkKind.Related, 0.35, place: 0.1), Piece("b2", LinkKind.Equivalent, 0.6, place: 0.7));
        Assert.Equal(LinkKind.Equivalent, KindOf(links, "b1"));
        Assert.Equal(LinkKind.Related, KindOf(links, "b2"));
    }

    [Fact]
    public void ItemCarryingMostOfTheRequirement_IsAWholeCounterpart_NotAPiece()
    {
        var links = Apply(Piece("b1", LinkKind.Related, 0.35, place: 0.1), Piece("b2", LinkKind.Equivalent, 0.8, place: 0.7, cover: 0.9));
        Assert.Equal(LinkKind.Related, KindOf(links, "b1"));
        Assert.Equal(LinkKind.Equivalent, KindOf(links, "b2"));
    }

    [Fact]
    public void OpeningItem_ThatEndsWithTheSharedText_DoesNotWin()
    {
        var links = Apply(Piece("b1", LinkKind.Related, 0.35, place: 0.1, ownPlace: 0.8), Piece("b2", LinkKind.Equivalent, 0.6, place: 0.7));
        Assert.Equal(LinkKind.Related, KindOf(links, "b1"));
        Assert.Equal(LinkKind.Equivalent, KindOf(links, "b2"));
    }

    [Fact]
    public void WeakOpeningItem_LeavesTheLinksAsScored()
    {
        var links = Apply(Piece("b1", LinkKind.Related, 0.2, place: 0.1), Piece("b2", LinkKind.Equivalent, 0.6, place: 0.7));
        Assert.Equal(LinkKind.Related, KindOf(links, "b1"));
        Assert.Equal(LinkKind.Equivalent, KindOf(links, "b2"));
    }

    [Fact]
    public void ItemCopyingOneLaterClauseOfALongRequirement_IsRelated()
    {
        var links = Apply(Piece("b1", LinkKind.Equivalent, 0.53, place: 0.48, cover: 0.12));
        Assert.Equal(LinkKind.Related, KindOf(links, "b1"));
    }

    [Fact]
    public void ItemCopyingTheOpeningClauseOfALongRequirement_StaysEquivalent()
    {
        var links = Apply(Piece("b1", LinkKind.Equivalent, 0.55, place: 0.28, cover: 0.13));
        Assert.Equal(LinkKind.Equivalent, KindOf(links, "b1"));
    }

    [Fact]
    public void ItemsCarryingTheSameClause_AreNotASplit()
    {
        var links = Apply(Piece("b1", LinkKind.Related, 0.35, place: 0.45), Piece("b2", LinkKind.Equivalent, 0.6, place: 0.5));
        Assert.Equal(LinkKind.Related, KindOf(links, "b1"));
        Assert.Equal(LinkKind.Equivalent, KindOf(links, "b2"));
    }

    [Fact]
    public void Item_WhoseBestCounterpartIsAnotherRequirement_IsNotAPieceOfThisOne()
    {
        var (opening, place) = Piece("b1", LinkKind.Related, 0.35, place: 0.1);
        var (later, laterPlace) = Piece("b2", LinkKind.Equivalent, 0.6, place: 0.7);
        var elsewhere = new RequirementLink("x2", "b1", LinkKind.Equivalent, Containment.Equivalent, 0.9, 0.9, 0.9, []);
        var links = Contest.Apply([opening, later, elsewhere], id => id[..1],
            l => l.Source == "x2" ? new SharedPlacement(0.5, 0.5) : l.Target == "b1" ? place : laterPlace);
        Assert.Equal(LinkKind.Related, KindOf(links.Where(l => l.Source == "x1").ToList(), "b1"));
        Assert.Equal(LinkKind.Equivalent, KindOf(links.Where(l => l.Source == "x1").ToList(), "b2"));
    }

    [Fact]
    public void LoneShortItem_RestatingTheOpeningOfALongerRequirement_IsItsEquivalent()
    {
        var links = Apply(Piece("b1", LinkKind.Related, 0.3, place: 0.3, cover: 0.15));
        Assert.Equal(LinkKind.Equivalent, KindOf(links, "b1"));
    }

    [Fact]
    public void LoneShortItem_MatchingALaterClause_StaysRelated()
    {
        var links = Apply(Piece("b1", LinkKind.Related, 0.3, place: 0.6, cover: 0.15));
        Assert.Equal(LinkKind.Related, KindOf(links, "b1"));
    }

    [Fact]
    public void LoneItem_CarryingTheRequirementAboutAsMuchAsItIsCarried_IsNotAPiece()
    {
        var links = Contest.Apply(
            [new RequirementLink("x1", "b1", LinkKind.Related, Containment.Related, 0.35, 0.35, 0.4, [])],
            id => id[..1], _ => new SharedPlacement(0.3, 0.4));
        Assert.Equal(LinkKind.Related, links.Single().Kind);
    }

    [Fact]
    public void LoneShortItem_WhenTheRequirementHasABetterCounterpartInItsPlan_StaysRelated()
    {
        var (piece, place) = Piece("b1", LinkKind.Related, 0.3, place: 0.3, cover: 0.15);
        var better = new RequirementLink("x1", "b2", LinkKind.Equivalent, Containment.Equivalent, 0.8, 0.8, 0.8, []);
        var links = Contest.Apply([piece, better], id => id[..1], l => l.Target == "b1" ? place : new SharedPlacement(0.5, 0.5));
        Assert.Equal(LinkKind.Related, KindOf(links, "b1"));
    }

    [Fact]
    public void WeakLoneShortItem_StaysRelated()
    {
        var links = Apply(Piece("b1", LinkKind.Related, 0.2, place: 0.3, cover: 0.15));
        Assert.Equal(LinkKind.Related, KindOf(links, "b1"));
    }
}
