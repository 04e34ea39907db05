namespace SearchPlans.Align.Scoring;

/// <summary>The measured evidence for one pair of requirements, before any threshold.</summary>
/// <param name="BigramAInB">IDF-weighted share of A's character bigrams found in B.</param>
/// <param name="BigramBInA">The same from B's side.</param>
/// <param name="LcsA">Longest common subsequence over A's length.</param>
/// <param name="LcsB">Longest common subsequence over B's length.</param>
/// <param name="WordCosine">TF-IDF cosine of the segmenter's words.</param>
/// <param name="SharedRareMass">Summed IDF of the shared bigrams: how much rare text the two share at all.</param>
/// <param name="SharedNumbers">Numbers printed in both (4%, 30日).</param>
/// <param name="SharedDocuments">Documents named in both (《…》).</param>
/// <param name="SectionOverlap">Share of section-title words in common.</param>
/// <param name="SharedTopics">Topics both texts name (舆情回应, 信息公开年报), however each words it.</param>
/// <param name="OnDifferentTopics">Both texts name topics, and none is the same.</param>
public sealed record PairEvidence(
    double BigramAInB,
    double BigramBInA,
    double LcsA,
    double LcsB,
    double WordCosine,
    double SharedRareMass,
    IReadOnlyList<string> SharedNumbers,
    IReadOnlyList<string> SharedDocuments,
    double SectionOverlap,
    IReadOnlyList<string> SharedTopics,
    bool OnDifferentTopics,
    IReadOnlyList<string> SharedTerms,
    IReadOnlyList<string> SharedPhrases)
{
    /// <summary>How much of A is in B: bigram containment and subsequence together.</summary>
    public double AInB => 0.5 * BigramAInB + 0.5 * LcsA;

    public double BInA => 0.5 * BigramBInA + 0.5 * LcsB;

    /// <summary>
    /// How much of one text's subject the other names: the larger, over both directions, of the share of a first
    /// clause's rare words (by weight) found anywhere in the other text.
    /// </summary>
    public double SubjectCover { get; init; }
}
