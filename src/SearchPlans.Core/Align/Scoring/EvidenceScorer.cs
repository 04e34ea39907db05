using SearchPlans.Align.Features;

namespace SearchPlans.Align.Scoring;

/// <summary>
/// Measures a pair with evidence that works for Chinese: IDF-weighted character-bigram containment in both
/// directions, longest common subsequence, TF-IDF word cosine from the segmenter, shared numbers and named
/// documents, section context, the topics both name, and how much of each one's first clause the other names. The
/// shared terms and phrases shown to people are left to <see cref="LinkExplainer"/>, which runs only for pairs that
/// become links.
/// </summary>
public sealed class EvidenceScorer(RarityWeights statistics) : IPairScorer
{
    private readonly WeightedProfiles weighted = new(statistics);

    public PairEvidence Measure(RequirementProfile a, RequirementProfile b)
    {
        var (wa, wb) = (weighted.Of(a), weighted.Of(b));
        double shared = 0;
        for (var i = 0; i < wa.Bigrams.Length; i++)
            if (b.Bigrams.Contains(wa.Bigrams[i]))
                shared += wa.BigramWeights[i];

        var lcs = LongestCommonSubsequence.Length(a.Chars, b.Chars);
        var sharedTopics = SharedTopics(a.Topics, b.Topics);
        return new PairEvidence(
            wa.BigramMass == 0 ? 0 : shared / wa.BigramMass,
            wb.BigramMass == 0 ? 0 : shared / wb.BigramMass,
            a.Chars.Length == 0 ? 0 : (double)lcs / a.Chars.Length,
            b.Chars.Length == 0 ? 0 : (double)lcs / b.Chars.Length,
            Cosine(wa, b.Words, wb),
            shared,
            Shared(a.Numbers, b.Numbers),
            Shared(a.Documents, b.Documents),
            Overlap(a.SectionWords, b.SectionWords),
            sharedTopics,
            sharedTopics.Length == 0 && a.Topics.Count > 0 && b.Topics.Count > 0,
            [],
            [])
        {
            SubjectCover = Math.Max(SubjectShare(wa, b.Words), SubjectShare(wb, a.Words)),
        };
    }

    private static double SubjectShare(WeightedProfile subject, IReadOnlyDictionary<string, int> otherWords)
    {
        if (subject.SubjectMass == 0)
            return 0;
        double found = 0;
        for (var i = 0; i < subject.SubjectWords.Length; i++)
            if (otherWords.ContainsKey(subject.SubjectWords[i]))
                found += subject.SubjectWeights[i];
        return found / subject.SubjectMass;
    }

    private static double Cosine(WeightedProfile a, IReadOnlyDictionary<string, int> bWords, WeightedProfile b)
    {
        double dot = 0;
        for (var i = 0; i < a.Words.Length; i++)
            if (bWords.TryGetValue(a.Words[i], out var m))
                dot += a.WordCounts[i] * a.WordWeights[i] * m * a.WordWeights[i];
        return a.WordNorm == 0 || b.WordNorm == 0 ? 0 : dot / Math.Sqrt(a.WordNorm * b.WordNorm);
    }

    // Every scored pair passes here, and a requirement names a few topics at most: compare them in place rather than
    // build a set for each pair.
    private static string[] SharedTopics(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        List<string>? shared = null;
        foreach (var topic in a)
            for (var j = 0; j < b.Count; j++)
                if (string.Equals(topic, b[j], StringComparison.Ordinal))
                    (shared ??= []).Add(topic);
        return shared is null ? [] : [.. shared];
    }

    // Most pairs share no number and cite no document; they need no new list.
    private static string[] Shared(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count == 0 || b.Count == 0 ? [] : [.. a.Intersect(b).Order(StringComparer.Ordinal)];

    private static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = 0;
        foreach (var word in small)
            if (large.Contains(word))
                common++;
        return (double)common / Math.Min(a.Count, b.Count);
    }
}
