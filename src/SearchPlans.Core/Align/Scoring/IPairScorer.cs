using SearchPlans.Align.Features;

namespace SearchPlans.Align.Scoring;

/// <summary>Measures the evidence that two requirements correspond.</summary>
public interface IPairScorer
{
    PairEvidence Measure(RequirementProfile a, RequirementProfile b);
}
