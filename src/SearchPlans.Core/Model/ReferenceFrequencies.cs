namespace SearchPlans.Model;

/// <summary>
/// How many requirements of a reference set contain each character bigram and each word: what alignment reads
/// rarity from. Links are computed against a fixed reference rather than the corpus itself, so adding or removing a
/// plan leaves every other pair's score where it was, and only the changed plans need linking again.
/// </summary>
/// <param name="RequirementCount">Requirements in the reference set.</param>
/// <param name="Bigrams">Requirements containing each bigram of their folded text.</param>
/// <param name="Words">Requirements containing each word from the segmenter.</param>
public sealed record ReferenceFrequencies(
    int RequirementCount,
    IReadOnlyDictionary<string, int> Bigrams,
    IReadOnlyDictionary<string, int> Words);
