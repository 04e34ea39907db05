using SearchPlans.Align.Features;

namespace SearchPlans.Align.Scoring;

/// <summary>
/// Measures a pair with evidence that works for Chinese: IDF-weighted character-bigram containment in both
/// directions, longest common subsequence, TF-IDF word cosine from the segmenter, shared numbers and named
/// documents, and section context. The shared terms and phrases shown to people are left to
/// <see cref="LinkExplainer"/>, which runs only for pairs that become links.
/// </summary>
public sealed class EvidenceScorer(RarityWeights statistics) : IPairScorer
{
    public PairEvidence Measure(RequirementProfile a, RequirementProfile b)
    {
        double aMass = 0, bMass = 0, shared = 0;
        foreach (var g in a.Bigrams)
        {
            var w = statistics.BigramWeight(g);
            aMass += w;
            if (b.Bigrams.Contains(g))
                shared += w;
        }
        foreach (var g in b.Bigrams)
            bMass += statistics.BigramWeight(g);

        var lcs = LongestCommonSubsequence.Length(a.Chars, b.Chars);
        return new PairEvidence(
            aMass == 0 ? 0 : shared / aMass,
            bMass == 0 ? 0 : shared / bMass,
            a.Chars.Length == 0 ? 0 : (double)lcs / a.Chars.Length,
            b.Chars.Length == 0 ? 0 : (double)lcs / b.Chars.Length,
            Cosine(a.Words, b.Words),
            shared,
            [.. a.Numbers.Intersect(b.Numbers).Order(StringComparer.Ordinal)],
            [.. a.Documents.Intersect(b.Documents).Order(StringComparer.Ordinal)],
            Overlap(a.SectionWords, b.SectionWords),
            [],
            []);
    }

    private double Cosine(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (w, n) in a)
        {
            var x = n * statistics.WordWeight(w);
            na += x * x;
            if (b.TryGetValue(w, out var m))
                dot += x * m * statistics.WordWeight(w);
        }
        foreach (var (w, m) in b)
        {
            var y = m * statistics.WordWeight(w);
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / Math.Min(a.Count, b.Count);
}
