using SearchPlans.Align.Features;

namespace SearchPlans.Tests.Align.Features;

public sealed class SeedReferenceTests
{
    [Fact]
    public void TheBundledReference_CountsTheSeedPlansOfTheRepository()
    {
        var counted = RarityWeights.FrequenciesOf(Seeds.Results.Select(r => r.Plan!));

        var bundled = SeedReference.Frequencies;

        Assert.Equal(counted.RequirementCount, bundled.RequirementCount);
        Assert.Equal(counted.Bigrams.OrderBy(p => p.Key, StringComparer.Ordinal), bundled.Bigrams.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(counted.Words.OrderBy(p => p.Key, StringComparer.Ordinal), bundled.Words.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void BoilerplateWeighsLittle_AndWordingTheReferenceNeverSawWeighsMost()
    {
        var rarity = new RarityWeights(SeedReference.Frequencies);

        Assert.True(rarity.WordWeight("公开") < 0.5 * rarity.WordWeight("三同步"));
        Assert.True(rarity.BigramWeight("龘靐") >= rarity.BigramWeight("同步"));
    }
}
