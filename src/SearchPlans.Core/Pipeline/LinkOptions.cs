using SearchPlans.Model;

namespace SearchPlans.Pipeline;

/// <summary>How a build links its plans.</summary>
/// <param name="Rarity">The reference to count how rare words are in; null for the seed plans bundled with SearchPlans.</param>
/// <param name="Scope">Which pairs of plans to link and store.</param>
public sealed record LinkOptions(ReferenceFrequencies? Rarity = null, LinkScope Scope = LinkScope.All)
{
    public static readonly LinkOptions Default = new();
}
