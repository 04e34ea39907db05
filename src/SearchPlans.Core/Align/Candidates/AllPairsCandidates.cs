using SearchPlans.Align.Features;

namespace SearchPlans.Align.Candidates;

/// <summary>Every pair of requirements of two plans: quadratic, the yardstick candidate recall is measured against.</summary>
public sealed class AllPairsCandidates : ICandidateGenerator
{
    public ICandidateSearch Prepare(IReadOnlyList<RequirementProfile> profiles, RarityWeights rarity) =>
        new Search(profiles.ToLookup(p => p.PlanId, StringComparer.Ordinal));

    private sealed class Search(ILookup<string, RequirementProfile> plans) : ICandidateSearch
    {
        public IEnumerable<(RequirementProfile A, RequirementProfile B)> Between(string planA, string planB) =>
            from a in plans[planA]
            from b in plans[planB]
            select (a, b);
    }
}
