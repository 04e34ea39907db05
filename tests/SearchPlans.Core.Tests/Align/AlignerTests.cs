using SearchPlans.Align;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align;

public class AlignerTests
{
    [Fact]
    public void JiangmenItems_HaveOneHeyuanEquivalentEach_AtMost()
    {
        var corpus = AlignTestData.SeedCorpus;
        foreach (var item in Seeds.Jiangmen.Requirements)
        {
            var equivalents = corpus.Links.Count(l => l.Kind == LinkKind.Equivalent
                && ((l.Source == item.Id && l.Target.StartsWith("heyuan-2022-", StringComparison.Ordinal))
                    || (l.Target == item.Id && l.Source.StartsWith("heyuan-2022-", StringComparison.Ordinal))));
            Assert.InRange(equivalents, 0, 1);
        }
    }

    [Theory]
    [InlineData("heyuan-2022-19", "jiangmen-zftzgcjsglzx-2022-5", Containment.Identical)]
    [InlineData("heyuan-2022-28", "jiangmen-zftzgcjsglzx-2022-9", Containment.Equivalent)]
    [InlineData("heyuan-2022-47", "zhanjiang-2021-45", Containment.Identical)]
    public void CopiedRequirements_AreEquivalent(string a, string b, Containment relation)
    {
        var link = AlignTestData.SeedCorpus.LinkBetween(a, b);
        Assert.NotNull(link);
        Assert.Equal(LinkKind.Equivalent, link.Kind);
        Assert.Equal(relation, link.Relation);
        Assert.NotEmpty(link.Evidence);
    }

    // Short 2019 items whose text opens a longer 2022 requirement that adds clauses (a yearly meeting, training):
    // the additions keep the score down with related pairs, the placement of the shared text says equivalent.
    [Theory]
    [InlineData("conghua-2019-5.1.1", "heyuan-2022-45")]
    [InlineData("conghua-2019-5.1.3", "heyuan-2022-46")]
    [InlineData("conghua-2019-5.1.3", "jiangmen-zftzgcjsglzx-2022-26")]
    public void ShortItem_RestatedAsTheOpeningOfALongerRequirement_IsEquivalent(string shortItem, string longItem)
    {
        var link = AlignTestData.SeedCorpus.LinkBetween(shortItem, longItem);
        Assert.NotNull(link);
        Assert.Equal(LinkKind.Equivalent, link.Kind);
    }

    [Fact]
    public void Equivalents_AreNeverDoubtful_WhileRelatedLinksAreOfEitherConfidence()
    {
        var links = AlignTestData.SeedCorpus.Links;
        Assert.DoesNotContain(links, l => l.Kind == LinkKind.Equivalent && l.Confidence == LinkConfidence.Doubtful);
        Assert.Contains(links, l => l.Kind == LinkKind.Related && l.Confidence == LinkConfidence.Doubtful);
        Assert.Contains(links, l => l.Kind == LinkKind.Related && l.Confidence == LinkConfidence.Confident);
    }

    [Fact]
    public void LinksAreStoredOncePerPair_AndNeverInsideOnePlan()
    {
        var corpus = AlignTestData.SeedCorpus;
        var pairs = corpus.Links.Select(l => string.CompareOrdinal(l.Source, l.Target) < 0 ? (l.Source, l.Target) : (l.Target, l.Source)).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.All(corpus.Links, l => Assert.NotEqual(corpus.PlanOf(l.Source), corpus.PlanOf(l.Target)));
    }

    [Fact]
    public void Align_SeveralPlans_GivesEachPairOfPlansTheLinksItGetsAlignedAlone()
    {
        var plans = AlignTestData.SeedCorpus.Plans;
        var aligner = new Aligner();

        var together = aligner.Align(plans).Select(Values);
        var pairByPair = plans.SelectMany((a, i) => plans.Skip(i + 1).SelectMany(b => aligner.Align([a, b]))).Select(Values).Order();

        Assert.Equal(pairByPair, together.Order());
        Assert.NotEmpty(together);
    }

    private static string Values(RequirementLink l) =>
        $"{l.Source} {l.Target} {l.Kind} {l.Relation} {l.Score:R} {l.SourceInTarget:R} {l.TargetInSource:R} {string.Join("|", l.Evidence)}";
}
