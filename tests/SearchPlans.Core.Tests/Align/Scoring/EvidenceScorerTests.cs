using SearchPlans.Align.Features;
using SearchPlans.Align.Scoring;
using static SearchPlans.Tests.Align.AlignTestData;

namespace SearchPlans.Tests.Align.Scoring;

public class EvidenceScorerTests
{
    private static readonly SearchPlans.Model.Plan[] Plans =
    [
        Plan("a", 2022,
            Requirement("a-1", "县级以上地方政府要严格落实政务公开纳入政府绩效考核体系且分值权重不低于4%的要求。", "五、强化工作指导监督"),
            Requirement("a-2", "认真贯彻落实司法部《关于审理政府信息公开行政复议案件若干问题的指导意见》，全面规范审理工作。"),
            Requirement("a-3", "各单位要加强组织领导，做好政务公开工作。"),
            Requirement("a-4", "进一步提升政府信息公开年度报告质量。")),
        Plan("b", 2021,
            Requirement("b-1", "县级以上地方政府要严格落实政务公开纳入政府绩效考核体系且分值权重不低于4%的要求。", "加强政务公开工作指导监督"),
            Requirement("b-2", "贯彻落实《关于审理政府信息公开行政复议案件若干问题的指导意见》，统一案件审理标准，有效解决同案不同判问题。"),
            Requirement("b-3", "各单位要加强组织领导，切实做好工作。"),
            Requirement("b-4", "县级以上地方政府要严格落实政务公开纳入政府绩效考核体系且分值权重不低于4%的要求，并开展年度考核、第三方评估和通报表扬等多项工作。"),
            Requirement("b-5", "加强本地区年报编制发布工作的日常监督指导，确保数据准确。"),
            Requirement("b-6", "进一步提高政府公报质量。通过政府网站等渠道传播公报和年报内容。")),
    ];

    private static PairEvidence Measure(string a, string b)
    {
        // Rarity is measured against the seed corpus, as at index time, plus these examples.
        var profiles = new ProfileBuilder().Build([.. Seeds.Results.Select(r => r.Plan!), .. Plans]);
        var statistics = new RarityWeights(profiles);
        var (pa, pb) = (profiles.Single(p => p.RequirementId == a), profiles.Single(p => p.RequirementId == b));
        // Measured as the aligner does for a pair that becomes a link: scored, then explained.
        return new LinkExplainer(statistics).Explain(pa, pb, new EvidenceScorer(statistics).Measure(pa, pb));
    }

    [Fact]
    public void IdenticalText_IsFullyContainedBothWays()
    {
        var e = Measure("a-1", "b-1");
        Assert.Equal(1.0, e.AInB, 3);
        Assert.Equal(1.0, e.BInA, 3);
        Assert.Equal(1.0, e.WordCosine, 3);
    }

    [Fact]
    public void SharedNumbersAndDocuments_AreEvidence()
    {
        Assert.Equal(["4%"], Measure("a-1", "b-1").SharedNumbers);
        Assert.Equal(["关于审理政府信息公开行政复议案件若干问题的指导意见"], Measure("a-2", "b-2").SharedDocuments);
    }

    [Fact]
    public void ShortTextInsideLongerOne_IsContainedOneWay()
    {
        var e = Measure("a-1", "b-4");
        Assert.Equal(1.0, e.AInB, 3);
        Assert.InRange(e.BInA, 0.3, 0.8);
    }

    [Fact]
    public void Boilerplate_SharesLittleRareMass()
    {
        var boilerplate = Measure("a-3", "b-3");
        var real = Measure("a-2", "b-2");
        Assert.True(boilerplate.SharedRareMass < real.SharedRareMass / 2, $"{boilerplate.SharedRareMass} vs {real.SharedRareMass}");
    }

    [Fact]
    public void OneTopicWordedTwoWays_IsSharedAndShownAsEvidence()
    {
        var e = Measure("a-4", "b-5");
        Assert.Equal(["信息公开年报"], e.SharedTopics);
        Assert.Contains("〔信息公开年报〕", LinkClassifier.EvidenceList(e));
    }

    [Fact]
    public void TopicNamedAfterTheFirstSentence_IsNotWhatTheTextIsAbout()
    {
        var e = Measure("a-4", "b-6");
        Assert.Empty(e.SharedTopics);
        Assert.True(e.OnDifferentTopics, "政府公报 against 信息公开年报");
    }

    [Fact]
    public void TextNamingNoTopic_IsNotOnADifferentTopic()
    {
        Assert.False(Measure("a-3", "b-3").OnDifferentTopics);
    }

    [Fact]
    public void SectionContext_CountsSharedSectionWords()
    {
        Assert.True(Measure("a-1", "b-1").SectionOverlap > 0);
        Assert.Equal(0, Measure("a-2", "b-2").SectionOverlap);
    }

    [Fact]
    public void Evidence_NamesTheSharedPhrase()
    {
        Assert.Contains("关于审理政府信息公开行政复议案件若干问题的指导意见", Measure("a-2", "b-2").SharedPhrases[0]);
    }

    [Fact]
    public void SubjectCover_IdenticalText_FindsItsWholeFirstClause()
    {
        Assert.Equal(1.0, Measure("a-1", "b-1").SubjectCover, 3);
    }

    [Fact]
    public void SubjectCover_ReadsWhatTheFirstClauseNames_NotWhatIsMentionedLater()
    {
        // a-2 and b-2 both open on the review of 行政复议 cases. b-6 opens on the 政府公报 and names 年报 only later,
        // as something to spread; a-4 opens on the 年度报告: only 质量 of its first clause is in b-6.
        var oneSubject = Measure("a-2", "b-2").SubjectCover;
        var mentionedLater = Measure("a-4", "b-6").SubjectCover;
        Assert.True(oneSubject >= 0.5 && mentionedLater < oneSubject, $"{oneSubject} against {mentionedLater}");
    }
}
