using SearchPlans.Align;
using SearchPlans.Align.Candidates;
using SearchPlans.Align.Features;
using SearchPlans.Align.Resolution;
using SearchPlans.Align.Scoring;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Candidates;

public class RareBigramCandidatesTests
{
    [Fact]
    public void Seeds_ScoreFarFewerPairsThanAllPairs()
    {
        var profiles = new ProfileBuilder().Build(Seeds.Results.Select(r => r.Plan!));
        var statistics = new RarityWeights(profiles);
        var rare = new RareBigramCandidates().Pairs(profiles, statistics).Count();
        var all = new AllPairsCandidates().Pairs(profiles, statistics).Count();
        Assert.True(rare < all / 3, $"{rare} candidate pairs against {all} in all");
    }

    [Fact]
    public void Seeds_LoseNoLinkAgainstAllPairs()
    {
        var plans = Seeds.Results.Select(r => r.Plan!).ToList();
        var fast = new Aligner().Align(plans).Select(Key).ToHashSet();
        var exhaustive = new Aligner(new AllPairsCandidates(), s => new EvidenceScorer(s), new OneToOneEquivalents(), AlignmentThresholds.Default)
            .Align(plans).Where(l => l.Kind == LinkKind.Equivalent).Select(Key).ToList();
        var lost = exhaustive.Where(k => !fast.Contains(k)).ToList();
        Assert.True(lost.Count <= exhaustive.Count / 50, $"lost {lost.Count} of {exhaustive.Count}: {string.Join(", ", lost)}");
    }

    private static (string, string) Key(RequirementLink l) => (l.Source, l.Target);

    [Fact]
    public void TextsAboutOneTopic_AreProposedWithoutARareBigramInCommon()
    {
        // 年报 and 年度报告 name one topic; the texts share no bigram at all, so only the topic can propose them.
        var plans = new[]
        {
            AlignTestData.Plan("a", 2019, AlignTestData.Requirement("a-1", "进一步提升政府信息公开年度报告质量。"), AlignTestData.Requirement("a-2", "做好防汛抗旱工作。")),
            AlignTestData.Plan("b", 2022, AlignTestData.Requirement("b-1", "督促基层单位按时编制年报。")),
        };
        var profiles = new ProfileBuilder().Build(plans);

        var pairs = new RareBigramCandidates().Pairs(profiles, new RarityWeights(profiles)).ToList();

        Assert.Equal(("a-1", "b-1"), (pairs.Single().A.RequirementId, pairs.Single().B.RequirementId));
    }

    [Fact]
    public void EachPairIsProposedOnce_WithTheEarlierRequirementFirst()
    {
        var profiles = new ProfileBuilder().Build(Seeds.Results.Select(r => r.Plan!));

        var pairs = new RareBigramCandidates().Pairs(profiles, new RarityWeights(profiles)).Select(p => (p.A.Index, p.B.Index)).ToList();

        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.All(pairs, p => Assert.True(p.Item1 < p.Item2));
    }

    [Fact]
    public void LongTexts_FindEachOtherThroughSharedBigrams_EvenWithManyBigramsOfTheirOwn()
    {
        // Each text has far more bigrams of its own than there are probes; only the shared phrase links them.
        static string Own(int offset) => new([.. Enumerable.Range(0, 60).Select(i => (char)(0x4E00 + offset + (i * 3)))]);
        const string Shared = "公共企事业单位信息公开";
        var plans = new[]
        {
            AlignTestData.Plan("a", 2022, AlignTestData.Requirement("a-1", Own(0) + Shared)),
            AlignTestData.Plan("b", 2021, AlignTestData.Requirement("b-1", Shared + Own(1000))),
        };
        var profiles = new ProfileBuilder().Build(plans);
        var pairs = new RareBigramCandidates().Pairs(profiles, new RarityWeights(profiles)).ToList();
        Assert.Equal(("a-1", "b-1"), (pairs.Single().A.RequirementId, pairs.Single().B.RequirementId));
    }

    [Fact]
    public void PairsWithinOnePlan_AreNeverProposed()
    {
        var profiles = new ProfileBuilder().Build(Seeds.Results.Select(r => r.Plan!));
        Assert.All(new RareBigramCandidates().Pairs(profiles, new RarityWeights(profiles)), p => Assert.NotEqual(p.A.PlanId, p.B.PlanId));
    }
}
