using SearchPlans.Align.Features;
using SearchPlans.Align.Scoring;

namespace SearchPlans.Tests.Align.Scoring;

/// <summary>
/// The scorer keeps each profile's weights between pairs; its figures must be, to the bit, the ones the plain
/// formulas give when every weight is looked up for every pair.
/// </summary>
public sealed class EvidenceScorerReferenceTests
{
    [Fact]
    public void Measure_ReusingEachProfilesWeights_GivesThePlainFormulasToTheBit()
    {
        var profiles = new ProfileBuilder().Build(Seeds.Results.Select(r => r.Plan!));
        var statistics = new RarityWeights(profiles);
        var scorer = new EvidenceScorer(statistics);
        // Each profile meets many others, in both roles, as in a real run.
        var sample = profiles.Where((_, i) => i % 7 == 0).ToList();

        foreach (var a in sample)
            foreach (var b in sample.Where(b => b.PlanId != a.PlanId))
            {
                var measured = scorer.Measure(a, b);
                var (aInB, bInA, cosine) = Plain(a, b, statistics);
                Assert.Equal(aInB, measured.BigramAInB);
                Assert.Equal(bInA, measured.BigramBInA);
                Assert.Equal(cosine, measured.WordCosine);
                Assert.Equal(a.Numbers.Intersect(b.Numbers).Order(StringComparer.Ordinal), measured.SharedNumbers);
            }
    }

    private static (double AInB, double BInA, double Cosine) Plain(RequirementProfile a, RequirementProfile b, RarityWeights statistics)
    {
        double aMass = 0, bMass = 0, shared = 0;
        foreach (var g in a.Bigrams)
        {
            aMass += statistics.BigramWeight(g);
            if (b.Bigrams.Contains(g))
                shared += statistics.BigramWeight(g);
        }
        foreach (var g in b.Bigrams)
            bMass += statistics.BigramWeight(g);

        double dot = 0, na = 0, nb = 0;
        foreach (var (w, n) in a.Words)
        {
            var x = n * statistics.WordWeight(w);
            na += x * x;
            if (b.Words.TryGetValue(w, out var m))
                dot += x * m * statistics.WordWeight(w);
        }
        foreach (var (w, m) in b.Words)
        {
            var y = m * statistics.WordWeight(w);
            nb += y * y;
        }
        var cosine = na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
        return (aMass == 0 ? 0 : shared / aMass, bMass == 0 ? 0 : shared / bMass, cosine);
    }
}
