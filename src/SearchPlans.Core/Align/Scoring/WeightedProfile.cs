using SearchPlans.Align.Features;

namespace SearchPlans.Align.Scoring;

/// <summary>
/// A profile's rarity weights, looked up once: a requirement meets dozens of candidates, and looking each bigram and
/// word up again (a hash and a logarithm) for every one of them was most of the scoring time.
/// </summary>
/// <remarks>
/// The arrays follow the profile's own enumeration order, so sums come out in the order, and to the bit, that summing
/// over the profile's sets gives.
/// </remarks>
internal sealed class WeightedProfile
{
    /// <summary>
    /// The weight from which a first-clause word names a subject: it occurs in at most about one requirement in seven
    /// of the reference. Commoner words (加强, 推进, 政务公开, 工作) open requirements on every subject.
    /// </summary>
    public const double SubjectWordWeight = 2.0;

    public WeightedProfile(RequirementProfile profile, RarityWeights statistics)
    {
        Profile = profile;
        Bigrams = [.. profile.Bigrams];
        BigramWeights = [.. Bigrams.Select(statistics.BigramWeight)];
        foreach (var w in BigramWeights)
            BigramMass += w;
        Words = [.. profile.Words.Keys];
        WordCounts = [.. profile.Words.Values];
        WordWeights = [.. Words.Select(statistics.WordWeight)];
        for (var i = 0; i < Words.Length; i++)
        {
            var x = WordCounts[i] * WordWeights[i];
            WordNorm += x * x;
        }
        SubjectWords = [.. profile.SubjectWords.Where(w => w.Length > 1 && statistics.WordWeight(w) >= SubjectWordWeight)];
        SubjectWeights = [.. SubjectWords.Select(statistics.WordWeight)];
        foreach (var w in SubjectWeights)
            SubjectMass += w;
    }

    /// <summary>The profile weighted, so a cache slot can tell whether it holds this one.</summary>
    public RequirementProfile Profile { get; }

    public string[] Bigrams { get; }

    public double[] BigramWeights { get; }

    /// <summary>The sum of the bigrams' weights.</summary>
    public double BigramMass { get; }

    public string[] Words { get; }

    public int[] WordCounts { get; }

    public double[] WordWeights { get; }

    /// <summary>The squared length of the weighted word vector.</summary>
    public double WordNorm { get; }

    /// <summary>The rare words of the first clause (<see cref="RequirementProfile.SubjectWords"/>).</summary>
    public string[] SubjectWords { get; }

    public double[] SubjectWeights { get; }

    /// <summary>The sum of the subject words' weights.</summary>
    public double SubjectMass { get; }
}
