using SearchPlans.Model;
using static SearchPlans.Core.Tests.Compare.HandMadeCorpus;
using SearchPlans.Links;

namespace SearchPlans.Tests.Links;

public sealed class CounterpartIndexTests
{
    private readonly CounterpartIndex index = new(Create());

    [Fact]
    public void Of_Requirement_ListsEquivalentsBeforeStrongerRelatedLinks()
    {
        Assert.Equal(
            [(Id(B, "2"), LinkKind.Equivalent, 0.9), (Id(B, "5"), LinkKind.Related, 0.95)],
            index.Of(Id(A, "1")).Select(c => (c.Requirement.Id, c.Link.Kind, c.Link.Score)));
    }

    [Fact]
    public void Of_LinkStoredFromTheOtherSide_IsReadFromTheAskingSide()
    {
        var counterpart = Assert.Single(index.Of(Id(A, "4")));

        Assert.Equal(Id(A, "4"), counterpart.Link.Source);
        Assert.Equal(Id(B, "1"), counterpart.Link.Target);
        Assert.Equal(Containment.Contains, counterpart.Link.Relation);
        Assert.Equal(B, counterpart.Plan.Id);
    }

    [Fact]
    public void Of_EitherEndOfALink_FindsTheOther()
    {
        Assert.Equal([Id(C, "1")], index.Of(Id(A, "3")).Select(c => c.Requirement.Id));
        Assert.Equal([Id(A, "3")], index.Of(Id(C, "1")).Select(c => c.Requirement.Id));
    }

    [Fact]
    public void Of_PairStoredInBothDirections_CountsOnceByItsStrongerReading()
    {
        var corpus = Create();
        var reversedAndWeaker = corpus.Links[0].Reversed() with { Kind = LinkKind.Related, Score = 0.5 };
        var index = new CounterpartIndex(corpus with { Links = [.. corpus.Links, reversedAndWeaker] });

        var counterpart = index.Of(Id(A, "1"))[0];
        Assert.Equal((Id(B, "2"), LinkKind.Equivalent, 0.9), (counterpart.Requirement.Id, counterpart.Link.Kind, counterpart.Link.Score));
        Assert.Equal(2, index.Of(Id(A, "1")).Count);
    }

    [Fact]
    public void Of_RequirementWithoutLinksOrUnknown_IsEmpty()
    {
        Assert.Empty(index.Of(Id(B, "6")));
        Assert.Empty(index.Of("nowhere-2022-1"));
    }

    [Fact]
    public void CountOf_Requirement_IsHowManyCounterpartsOfLists()
    {
        Assert.Equal(2, index.CountOf(Id(A, "1")));
        Assert.Equal(0, index.CountOf(Id(B, "6")));
        Assert.Equal(0, index.CountOf("nowhere-2022-1"));
    }

    [Fact]
    public void TrustedCountOf_LeavesOutDoubtfulCounterparts_WhichTiersListAsWeaker()
    {
        var corpus = Create();
        var withDoubtful = new CounterpartIndex(corpus with
        {
            Links = [.. corpus.Links.Select(l => l.Kind == LinkKind.Related ? l with { Confidence = LinkConfidence.Doubtful } : l)],
        });
        var tiers = CounterpartTiers.Of(withDoubtful.Of(Id(A, "1")));

        Assert.Equal((2, 1), (withDoubtful.CountOf(Id(A, "1")), withDoubtful.TrustedCountOf(Id(A, "1"))));
        Assert.Equal([Id(B, "2")], tiers.Trusted.Select(c => c.Requirement.Id));
        Assert.Equal([Id(B, "5")], tiers.Weaker.Select(c => c.Requirement.Id));
        Assert.Equal(0, withDoubtful.TrustedCountOf(Id(A, "2")));
        Assert.Equal(2, index.TrustedCountOf(Id(A, "1")));
    }

    [Fact]
    public void Of_LinkToARequirementOutsideTheCorpus_IsLeftOut()
    {
        var corpus = Create();
        var dangling = corpus.Links[0] with { Target = "nowhere-2022-1", Score = 0.99 };
        var index = new CounterpartIndex(corpus with { Links = [dangling, .. corpus.Links] });

        Assert.DoesNotContain("nowhere-2022-1", index.Of(Id(A, "1")).Select(c => c.Requirement.Id));
        Assert.Equal(2, index.CountOf(Id(A, "1")));
    }

    [Fact]
    public void Find_Requirement_GivesItWithItsPlan()
    {
        var placed = index.Find(Id(B, "3"));

        Assert.Equal((B, "推进决策公开。"), (placed?.Plan.Id, placed?.Requirement.Text));
        Assert.Null(index.Find("nowhere-2022-1"));
    }
}
