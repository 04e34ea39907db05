using SearchPlans.Compare;
using SearchPlans.Model;
using static SearchPlans.Core.Tests.Compare.HandMadeCorpus;
using SearchPlans.Links;

namespace SearchPlans.Core.Tests.Compare;

public class PlanComparerTests
{
    private readonly PlanComparison comparison = new PlanComparer().Compare(Create(), A, B);

    [Fact]
    public void Compare_HandMadeCorpus_GivesOneRowPerARequirementInAOrder()
    {
        Assert.Equal(
        [
            (Id(A, "1"), Id(B, "2"), LinkKind.Equivalent, Containment.Equivalent, 0.9),
            (Id(A, "2"), Id(B, "3"), LinkKind.Related, Containment.Contains, 0.6),
            (Id(A, "3"), null, (LinkKind?)null, (Containment?)null, (double?)null),
            (Id(A, "4"), Id(B, "1"), LinkKind.Equivalent, Containment.Contains, 0.8),
        ], comparison.Rows.Select(r => (r.A.Id, r.B?.Id, r.Kind, r.Relation, r.Score)));
    }

    [Fact]
    public void Compare_EquivalentAndStrongerRelatedLink_PrefersEquivalentAndListsRelatedAsExtra()
    {
        var row = comparison.Rows[0];

        Assert.Equal(Id(B, "2"), row.B?.Id);
        Assert.Equal([(Id(B, "5"), LinkKind.Related, Containment.Contains, 0.95)], row.AlsoRelated.Select(Flatten));
    }

    [Fact]
    public void Compare_OneToManyRelated_ChoosesStrongestAndReversesLinkStoredFromB()
    {
        var row = comparison.Rows[1];

        Assert.Equal(Id(B, "3"), row.B?.Id);
        Assert.Equal([(Id(B, "4"), LinkKind.Related, Containment.Contains, 0.4)], row.AlsoRelated.Select(Flatten));
    }

    [Fact]
    public void Compare_EquivalentStoredFromB_ReadsContainmentFromASide()
    {
        var row = comparison.Rows[3];

        Assert.Equal(Id(B, "1"), row.B?.Id);
        Assert.Equal(Containment.Contains, row.Relation);
    }

    [Fact]
    public void Compare_LinkToThirdPlan_LeavesRequirementOnlyInA()
    {
        var row = comparison.Rows[2];

        Assert.Null(row.B);
        Assert.Null(row.Diff);
        Assert.Empty(row.AlsoRelated);
        Assert.Contains(Id(A, "3"), comparison.OnlyInA.Select(r => r.Requirement.Id));
    }

    [Fact]
    public void Compare_ARequirementWithOnlyRelatedItemsInB_IsOnlyInAWithThemAsPartialMatches()
    {
        Assert.Equal(
            [(Id(A, "2"), new[] { Id(B, "3"), Id(B, "4") }), (Id(A, "3"), [])],
            comparison.OnlyInA.Select(x => (x.Requirement.Id, x.PartialMatches.Select(c => c.Requirement.Id).ToArray())));
        Assert.True(comparison.Rows[1].IsOnlyInA);
        Assert.False(comparison.Rows[0].IsOnlyInA);
    }

    [Fact]
    public void Compare_BRequirementsWithNoEquivalentInA_AreOnlyInBWithTheirRelatedARequirements()
    {
        Assert.Equal(
            [(Id(B, "3"), new[] { Id(A, "2") }), (Id(B, "4"), [Id(A, "2")]), (Id(B, "5"), [Id(A, "1")]), (Id(B, "6"), [])],
            comparison.OnlyInB.Select(x => (x.Requirement.Id, x.PartialMatches.Select(c => c.Requirement.Id).ToArray())));
    }

    [Fact]
    public void Compare_PartialMatchOfB_ReadsContainmentFromBSide()
    {
        var b3 = comparison.OnlyInB[0].PartialMatches.Single();

        Assert.Equal((LinkKind.Related, Containment.ContainedBy, 0.6), (b3.Kind, b3.Relation, b3.Score));
    }

    // A doubtful link may share only wording: it is listed apart as weaker, and no figure counts it as a match.
    private static PlanComparison CompareWithDoubtful(params string[] targets)
    {
        var corpus = Create();
        var doubtful = new Corpus(corpus.Plans)
        {
            Links = [.. corpus.Links.Select(l => l.Kind == LinkKind.Related && (targets.Contains(l.Target) || targets.Contains(l.Source))
                ? l with { Confidence = LinkConfidence.Doubtful } : l)],
        };
        return new PlanComparer().Compare(doubtful, A, B);
    }

    [Fact]
    public void Compare_StrongerLinkDoubtful_RowShowsTheConfidentCounterpartAndTheDoubtfulAsWeaker()
    {
        var row = CompareWithDoubtful(Id(B, "3")).Rows[1];

        Assert.Equal(Id(B, "4"), row.B?.Id);
        Assert.Empty(row.AlsoRelated);
        Assert.Equal([Id(B, "3")], row.Weaker.Select(c => c.Requirement.Id));
    }

    [Fact]
    public void Compare_OnlyDoubtfulLinksInB_RowHasNoCounterpartAndOnlyInAHasNoPartialMatch()
    {
        var comparison = CompareWithDoubtful(Id(B, "3"), Id(B, "4"));

        var row = comparison.Rows[1];
        Assert.Equal((null, null), (row.B?.Id, row.Diff));
        Assert.Equal([Id(B, "3"), Id(B, "4")], row.Weaker.Select(c => c.Requirement.Id));
        var item = comparison.OnlyInA.Single(x => x.Requirement.Id == Id(A, "2"));
        Assert.Empty(item.PartialMatches);
        Assert.Equal([Id(B, "3"), Id(B, "4")], item.Weaker.Select(c => c.Requirement.Id));
        Assert.Equal((0, 2, 4), (comparison.Summary.Related, comparison.Summary.OnlyInA, comparison.Summary.OnlyInB));
    }

    [Fact]
    public void Compare_DoubtfulLinks_AreWeakerOnTheOtherSideToo()
    {
        var swapped = new PlanComparer().Compare(
            new Corpus(Create().Plans) { Links = [.. Create().Links.Select(l => l.Kind == LinkKind.Related ? l with { Confidence = LinkConfidence.Doubtful } : l)] },
            B, A);

        Assert.All(swapped.OnlyInA, x => Assert.Empty(x.PartialMatches));
        Assert.Equal([Id(A, "2")], swapped.OnlyInA.Single(x => x.Requirement.Id == Id(B, "3")).Weaker.Select(c => c.Requirement.Id));
        Assert.Equal(0, swapped.Summary.Related);
        Assert.All(swapped.Rows.Where(r => r.IsOnlyInA), r => Assert.Null(r.B));
    }

    [Fact]
    public void Compare_HandMadeCorpus_CountsAreTheListsAndSharesCountEquivalents()
    {
        Assert.Equal(new ComparisonSummary(
            ACount: 4, BCount: 6, Equivalent: 2, Related: 1, OnlyInA: 2, OnlyInB: 4,
            ShareOfACoveredByB: 0.5, ShareOfBCoveredByA: 2.0 / 6), comparison.Summary);
        Assert.Equal(comparison.OnlyInA.Count, comparison.Summary.OnlyInA);
        Assert.Equal(comparison.OnlyInB.Count, comparison.Summary.OnlyInB);
    }

    [Fact]
    public void Compare_Swapped_GivesAsOnlyInAWhatWasOnlyInBAndTheSameCounts()
    {
        var reverse = new PlanComparer().Compare(Create(), B, A);

        Assert.Equal(Shape(comparison.OnlyInB), Shape(reverse.OnlyInA));
        Assert.Equal(Shape(comparison.OnlyInA), Shape(reverse.OnlyInB));
        Assert.Equal(
            (comparison.Summary.OnlyInA, comparison.Summary.OnlyInB, comparison.Summary.ShareOfACoveredByB, comparison.Summary.ShareOfBCoveredByA),
            (reverse.Summary.OnlyInB, reverse.Summary.OnlyInA, reverse.Summary.ShareOfBCoveredByA, reverse.Summary.ShareOfACoveredByB));

        static string Shape(IEnumerable<WithoutEquivalent> items) => string.Join("|", items.Select(x =>
            $"{x.Requirement.Id}:{string.Join(",", x.PartialMatches.Select(c => $"{c.Requirement.Id}/{c.Kind}/{c.Score}"))}"));
    }

    [Fact]
    public void Compare_MatchedRow_DiffsATextAgainstBText()
    {
        var diff = comparison.Rows[0].Diff!;

        Assert.Equal(
            [new(DiffKind.Equal, "加强政策解读，"), new(DiffKind.Deleted, "及时"), new(DiffKind.Equal, "回应社会关切。")],
            diff.Left);
        Assert.Equal(
            [new(DiffKind.Equal, "加强政策解读，"), new(DiffKind.Inserted, "主动"), new(DiffKind.Equal, "回应社会关切。")],
            diff.Right);
    }

    [Theory]
    [InlineData(A, B)]
    [InlineData(B, A)]
    public void Compare_ThroughACounterpartIndex_GivesTheSameComparisonAsScanningEveryLink(string first, string second)
    {
        var corpus = Create();
        var scanned = new PlanComparer().Compare(corpus, first, second);
        var looked = new PlanComparer().Compare(corpus, new CounterpartIndex(corpus), first, second);

        Assert.Equal(Shape(scanned), Shape(looked));
        Assert.Equal(scanned.Summary, looked.Summary);

        static string Shape(PlanComparison c) => string.Join("|", c.Rows.Select(r =>
            $"{r.A.Id}>{r.B?.Id}:{r.Kind}:{r.Relation}:{r.Score}:{string.Join(",", r.AlsoRelated.Select(x => $"{x.Requirement.Id}/{x.Kind}/{x.Score}"))}"))
            + "#" + string.Join(",", c.OnlyInA.Select(Partial)) + "#" + string.Join(",", c.OnlyInB.Select(Partial));

        static string Partial(WithoutEquivalent x) => $"{x.Requirement.Id}<{string.Join("/", x.PartialMatches.Select(p => $"{p.Requirement.Id}:{p.Relation}:{p.Score}"))}";
    }

    [Fact]
    public void Compare_BAgainstA_SeesEachLinkFromTheOtherSide()
    {
        var reverse = new PlanComparer().Compare(Create(), B, A);

        Assert.Equal(
            [Id(A, "4"), Id(A, "1"), Id(A, "2"), Id(A, "2"), Id(A, "1"), null],
            reverse.Rows.Select(r => r.B?.Id));
        Assert.Equal(Containment.ContainedBy, reverse.Rows[0].Relation);
        Assert.Equal([Id(A, "2"), Id(A, "3")], reverse.OnlyInB.Select(r => r.Requirement.Id));
        Assert.Equal(0.5, reverse.Summary.ShareOfBCoveredByA);
    }

    [Fact]
    public void Compare_UnknownPlanId_ThrowsArgumentExceptionNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new PlanComparer().Compare(Create(), A, "no-such-plan"));

        Assert.Equal("planB", error.ParamName);
        Assert.Contains("'no-such-plan'", error.Message);
        Assert.Contains(B, error.Message);
    }

    [Fact]
    public void Compare_SamePlanTwice_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new PlanComparer().Compare(Create(), A, A));
    }

    [Fact]
    public void Compare_CorpusWithoutLinks_LeavesEverythingOnOneSide()
    {
        var summary = new PlanComparer().Compare(Create() with { Links = [] }, A, B).Summary;

        Assert.Equal(new ComparisonSummary(4, 6, 0, 0, 4, 6, 0, 0), summary);
    }

    private static (string, LinkKind, Containment, double) Flatten(Counterpart c) =>
        (c.Requirement.Id, c.Kind, c.Relation, c.Score);
}
