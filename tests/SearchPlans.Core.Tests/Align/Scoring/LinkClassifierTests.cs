using SearchPlans.Align;
using SearchPlans.Align.Scoring;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Scoring;

public class LinkClassifierTests
{
    private static PairEvidence Evidence(double aInB, double bInA, double mass = 40, params string[] topics) =>
        new(aInB, bInA, aInB, bInA, Math.Min(aInB, bInA), mass, [], [], 0, topics, false, [], []);

    private static readonly LinkClassifier Classifier = new(AlignmentThresholds.Default);

    [Theory]
    [InlineData(1.0, 1.0, Containment.Identical)]
    [InlineData(0.8, 0.7, Containment.Equivalent)]
    [InlineData(0.3, 0.95, Containment.Contains)]
    [InlineData(0.95, 0.3, Containment.ContainedBy)]
    [InlineData(0.5, 0.5, Containment.Related)]
    public void DirectionalScores_GiveTheContainmentClass(double aInB, double bInA, Containment relation)
    {
        var link = Classifier.Classify("a", "b", Evidence(aInB, bInA))!;
        Assert.Equal(relation, link.Relation);
        Assert.Equal(aInB, link.SourceInTarget, 3);
    }

    [Theory]
    [InlineData(0.9, 0.8, LinkKind.Equivalent)]
    [InlineData(0.3, 0.25, LinkKind.Related)]
    public void CombinedScore_GivesTheKind(double aInB, double bInA, LinkKind kind)
    {
        Assert.Equal(kind, Classifier.Classify("a", "b", Evidence(aInB, bInA))!.Kind);
    }

    [Fact]
    public void WeakEvidence_MakesNoLink()
    {
        Assert.Null(Classifier.Classify("a", "b", Evidence(0.1, 0.1)));
    }

    [Fact]
    public void LittleSharedRareText_MakesNoLink()
    {
        Assert.Null(Classifier.Classify("a", "b", Evidence(0.9, 0.9, mass: 2)));
    }

    [Fact]
    public void SharedTopic_LinksAsRelatedWithLessSharedText()
    {
        var weak = Evidence(0.11, 0.11, mass: 8);
        Assert.Null(Classifier.Classify("a", "b", weak));
        var link = Classifier.Classify("a", "b", weak with { SharedTopics = ["信息公开年报"] });
        Assert.Equal(LinkKind.Related, link?.Kind);
        Assert.Contains("〔信息公开年报〕", link!.Evidence);
    }

    [Fact]
    public void SharedTopic_DoesNotMakeAPairEquivalent()
    {
        var plain = Classifier.Classify("a", "b", Evidence(0.3, 0.25))!;
        var onOneTopic = Classifier.Classify("a", "b", Evidence(0.3, 0.25, topics: "舆情回应"))!;
        Assert.Equal((LinkKind.Related, plain.Score), (onOneTopic.Kind, onOneTopic.Score));
    }

    [Fact]
    public void DifferentTopics_NeedAHigherScoreToBeRelated()
    {
        var middling = Evidence(0.17, 0.17);
        Assert.Equal(LinkKind.Related, Classifier.Classify("a", "b", middling)?.Kind);
        Assert.Null(Classifier.Classify("a", "b", middling with { OnDifferentTopics = true }));
        Assert.Equal(LinkKind.Related, Classifier.Classify("a", "b", Evidence(0.25, 0.25) with { OnDifferentTopics = true })?.Kind);
    }

    [Fact]
    public void SharedTopic_StillNeedsSomeSharedRareText()
    {
        Assert.Null(Classifier.Classify("a", "b", Evidence(0.3, 0.3, mass: 3, topics: "舆情回应")));
    }

    [Fact]
    public void Reversed_SwapsDirectionalScoresAndContainment()
    {
        var link = Classifier.Classify("a", "b", Evidence(0.3, 0.95))!;
        var back = link.Reversed();
        Assert.Equal(("b", "a", Containment.ContainedBy), (back.Source, back.Target, back.Relation));
        Assert.Equal(link.SourceInTarget, back.TargetInSource);
    }

    [Fact]
    public void RelatedPair_SharingLittleBeyondItsWording_IsDoubtful()
    {
        var link = Classifier.Classify("a", "b", Evidence(0.2, 0.15, mass: 14))!;
        Assert.Equal((LinkKind.Related, LinkConfidence.Doubtful), (link.Kind, link.Confidence));
    }

    [Fact]
    public void RelatedPair_OnOneTopicWithMuchInCommon_IsConfident()
    {
        var link = Classifier.Classify("a", "b", Evidence(0.35, 0.3, mass: 40, "信息公开年报") with { SubjectCover = 0.8 })!;
        Assert.Equal((LinkKind.Related, LinkConfidence.Confident), (link.Kind, link.Confidence));
    }
}
