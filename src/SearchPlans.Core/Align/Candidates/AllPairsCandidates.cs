using SearchPlans.Align.Features;

namespace SearchPlans.Align.Candidates;

/// <summary>Every pair of requirements from different plans: quadratic, the yardstick candidate recall is measured against.</summary>
public sealed class AllPairsCandidates : ICandidateGenerator
{
    public IEnumerable<(RequirementProfile A, RequirementProfile B)> Pairs(
        IReadOnlyList<RequirementProfile> profiles, RarityWeights rarity, IReadOnlySet<string>? touching = null)
    {
        for (var i = 0; i < profiles.Count; i++)
            for (var j = i + 1; j < profiles.Count; j++)
                if (profiles[i].PlanId != profiles[j].PlanId
                    && (touching is null || touching.Contains(profiles[i].PlanId) || touching.Contains(profiles[j].PlanId)))
                    yield return (profiles[i], profiles[j]);
    }
}
