using SearchPlans.Model;

namespace SearchPlans.Align.Features;

/// <summary>
/// Evidence weighted by rarity in the reference set: 政务公开, 加强 and 工作 occur everywhere and weigh little;
/// 三同步 or 涉农补贴 occur in a few requirements and weigh much. A bigram or word the reference never saw counts
/// as rare: it is new wording or a place name, and either is telling when two plans share it.
/// </summary>
public sealed class RarityWeights(ReferenceFrequencies reference)
{
    /// <summary>Weights counted from the given requirements themselves.</summary>
    public RarityWeights(IReadOnlyList<RequirementProfile> profiles)
        : this(FrequenciesOf(profiles))
    {
    }

    public ReferenceFrequencies Reference { get; } = reference;

    /// <summary>Requirements in the reference set.</summary>
    public int Count => Reference.RequirementCount;

    public int BigramFrequency(string bigram) => Reference.Bigrams.GetValueOrDefault(bigram);

    public double BigramWeight(string bigram) => Idf(Reference.Bigrams.GetValueOrDefault(bigram));

    public double WordWeight(string word) => Idf(Reference.Words.GetValueOrDefault(word));

    /// <summary>How many requirements of the plans contain each bigram and each word.</summary>
    public static ReferenceFrequencies FrequenciesOf(IEnumerable<Plan> plans) => FrequenciesOf(new ProfileBuilder().Build(plans));

    /// <summary>How many of the requirements contain each bigram and each word.</summary>
    public static ReferenceFrequencies FrequenciesOf(IReadOnlyList<RequirementProfile> profiles)
    {
        var bigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in profiles)
        {
            foreach (var g in p.Bigrams)
                bigrams[g] = bigrams.GetValueOrDefault(g) + 1;
            foreach (var w in p.Words.Keys)
                words[w] = words.GetValueOrDefault(w) + 1;
        }
        return new ReferenceFrequencies(profiles.Count, bigrams, words);
    }

    // Smoothed IDF, floored at a small positive value so very common grams still count a little.
    private double Idf(int frequency) => Math.Max(0.05, Math.Log((Count + 1.0) / (frequency + 1.0)));
}
