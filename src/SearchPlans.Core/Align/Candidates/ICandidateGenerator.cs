using SearchPlans.Align.Features;

namespace SearchPlans.Align.Candidates;

/// <summary>Proposes which requirements of other plans are worth scoring against a requirement.</summary>
public interface ICandidateGenerator
{
    /// <summary>Pairs of requirements from different plans, each pair once.</summary>
    /// <param name="touching">When given, only pairs with a side in one of these plans: what relinking changed plans needs.</param>
    IEnumerable<(RequirementProfile A, RequirementProfile B)> Pairs(
        IReadOnlyList<RequirementProfile> profiles, RarityWeights rarity, IReadOnlySet<string>? touching = null);
}
