using SearchPlans.Align.Scoring;

namespace SearchPlans.Tests.Align.Scoring;

public class SubjectConfidenceTests
{
    private static PairEvidence Evidence(double cosine, double mass = 20, double subjectCover = 0, params string[] topics) =>
        new(0.2, 0.2, 0.2, 0.2, cosine, mass, [], [], 0, topics, false, [], []) { SubjectCover = subjectCover };

    private static double Of(PairEvidence e) => SubjectConfidence.Fitted.Of(e, LinkClassifier.Score(e));

    [Theory]
    [InlineData(0.1, 0.2)]
    [InlineData(0.2, 0.3)]
    [InlineData(0.3, 0.5)]
    public void MoreWordsInCommon_RaiseTheConfidence(double lower, double higher)
    {
        Assert.True(Of(Evidence(lower)) < Of(Evidence(higher)));
    }

    [Fact]
    public void SharedTopicAndSubjectWords_RaiseTheConfidence()
    {
        var plain = Of(Evidence(0.2));
        Assert.True(Of(Evidence(0.2, topics: "依申请公开")) > plain);
        Assert.True(Of(Evidence(0.2, subjectCover: 1)) > plain);
    }

    [Fact]
    public void Confidence_IsAProbability()
    {
        Assert.InRange(Of(Evidence(0)), 0, 1);
        Assert.InRange(Of(Evidence(1, mass: 500, subjectCover: 1, topics: "政策解读")), 0, 1);
    }
}
