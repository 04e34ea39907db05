using SearchPlans.Align.Features;

namespace SearchPlans.Align.Scoring;

/// <summary>
/// Adds what people read as the reason for a link: the rarest shared words and the longest shared phrases.
/// Finding phrases costs several times the scoring itself, so it runs only for pairs that became links.
/// </summary>
public sealed class LinkExplainer(RarityWeights statistics)
{
    public PairEvidence Explain(RequirementProfile a, RequirementProfile b, PairEvidence measured)
    {
        var sharedTerms = a.Words.Keys.Where(b.Words.ContainsKey)
            .OrderByDescending(statistics.WordWeight).ThenBy(w => w, StringComparer.Ordinal)
            .Where(w => w.Length > 1 && statistics.WordWeight(w) > 1.5).Take(6).ToList();
        return measured with { SharedTerms = sharedTerms, SharedPhrases = CommonPhrases.Find(a.Chars, b.Chars) };
    }
}
