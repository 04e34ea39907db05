using SearchPlans.Align;
using SearchPlans.Align.Scoring;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Scoring;

public class LinkClassifierTests
{
    private static PairEvidence Evidence(double aInB, double bInA, double mass = 40) =>
        new(aInB, bInA, aInB, bInA, Math.Min(aInB, bInA), mass, [], [], 0, [], []);

    private static readonly LinkClassifier Classifier = new(AlignmentThresholds.Default);

    [Theory]
    [InlineData(1.0, 1.0, Containment.Identical, LinkKind.Equivalent)]
    [InlineData(0.8, 0.7, Containment.Equivalent, LinkKind.Equivalent)]
    [InlineData(0.3, 0.95, Containment.Contains, LinkKind.Related)]
    [InlineData(0.95, 0.3, Containment.ContainedBy, LinkKind.Related)]
    [InlineData(0.5, 0.5, Containment.Related, LinkKind.Related)]
    public void DirectionalScores_GiveTheContainmentClass(double aInB, double bInA, Containment relation, LinkKind kind)
    {
        var link = Classifier.Classify("a", "b", Evidence(aInB, bInA))!;
        Assert.Equal(relation, link.Relation);
        Assert.Equal(kind, link.Kind);
        Assert.Equal(aInB, link.SourceInTarget, 3);
    }

    [Fact]
    public void LittleSharedRareText_MakesNoLink()
    {
        Assert.Null(Classifier.Classify("a", "b", Evidence(0.9, 0.9, mass: 2)));
    }

    [Fact]
    public void Reversed_SwapsDirectionalScoresAndContainment()
    {
        var link = Classifier.Classify("a", "b", Evidence(0.3, 0.95))!;
        var back = link.Reversed();
        Assert.Equal(("b", "a", Containment.ContainedBy), (back.Source, back.Target, back.Relation));
        Assert.Equal(link.SourceInTarget, back.TargetInSource);
    }
}
