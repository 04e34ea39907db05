using SearchPlans.Align.Features;

namespace SearchPlans.Align.Candidates;

/// <summary>Proposes which requirements of other plans are worth scoring against a requirement.</summary>
public interface ICandidateGenerator
{
    IEnumerable<(RequirementProfile A, RequirementProfile B)> Pairs(IReadOnlyList<RequirementProfile> profiles, CorpusStatistics statistics);
}
