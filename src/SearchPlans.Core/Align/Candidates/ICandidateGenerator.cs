using SearchPlans.Align.Features;

namespace SearchPlans.Align.Candidates;

/// <summary>Proposes which requirements of another plan are worth scoring against a requirement.</summary>
public interface ICandidateGenerator
{
    /// <summary>Prepares to propose pairs among the requirements, asked for two plans at a time.</summary>
    ICandidateSearch Prepare(IReadOnlyList<RequirementProfile> profiles, RarityWeights rarity);
}

/// <summary>The candidates between two plans of a prepared corpus; safe to ask from several threads at once.</summary>
public interface ICandidateSearch
{
    /// <summary>Pairs of a requirement of the first plan and one of the second, each pair once.</summary>
    IEnumerable<(RequirementProfile A, RequirementProfile B)> Between(string planA, string planB);
}

public static class CandidateGeneratorExtensions
{
    /// <summary>The candidates between every two plans of the profiles, the plan listed first on the left.</summary>
    public static IEnumerable<(RequirementProfile A, RequirementProfile B)> Pairs(
        this ICandidateGenerator generator, IReadOnlyList<RequirementProfile> profiles, RarityWeights rarity)
    {
        var search = generator.Prepare(profiles, rarity);
        var plans = profiles.Select(p => p.PlanId).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < plans.Count; i++)
            for (var j = i + 1; j < plans.Count; j++)
                foreach (var pair in search.Between(plans[i], plans[j]))
                    yield return pair;
    }
}
