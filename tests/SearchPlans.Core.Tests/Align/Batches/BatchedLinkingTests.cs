using SearchPlans.Align;
using SearchPlans.Align.Batches;
using SearchPlans.Align.Candidates;
using SearchPlans.Align.Features;
using SearchPlans.Align.Resolution;
using SearchPlans.Align.Scoring;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Batches;

/// <summary>Linking in batches of pairs gives, link for link, what linking the whole corpus at once gives (issue 26).</summary>
public sealed class BatchedLinkingTests
{
    private static Aligner In(IPairBatcher batches) =>
        new(new RareBigramCandidates(), s => new EvidenceScorer(s), new OneToOneEquivalents(), AlignmentThresholds.Default, batches);

    [Theory]
    [InlineData(LinkScope.Lineage)]
    [InlineData(LinkScope.Family)]
    public void Link_ProvinceYearBatches_SameLinksAsOneBatch(LinkScope scope)
    {
        var corpus = new Corpus(ManyProvincesPlans.Plans) { Scope = scope };

        var whole = In(new OneBatch()).Link(corpus).Links;
        var batched = In(new ProvinceYearBatches()).Link(corpus).Links;

        Assert.True(whole.Count > 1_000, $"{whole.Count} links");
        Assert.Equal(whole.Select(AlignerPairByPairTests.Line), batched.Select(AlignerPairByPairTests.Line));
    }

    [Fact]
    public void Relink_ProvinceYearBatches_SameLinksAsOneBatch()
    {
        var plans = ManyProvincesPlans.Plans;
        var changed = new HashSet<string> { plans[^1].Id, plans[^2].Id, plans[^3].Id, plans[10].Id };
        var linked = In(new OneBatch()).Link(new Corpus(plans) { Scope = LinkScope.Lineage, Rarity = SeedReference.Frequencies });

        var whole = In(new OneBatch()).Relink(linked, changed).Links;
        var batched = In(new ProvinceYearBatches()).Relink(linked, changed).Links;

        Assert.Equal(whole.Select(AlignerPairByPairTests.Line), batched.Select(AlignerPairByPairTests.Line));
    }
}
