using SearchPlans.Align.Features;

namespace SearchPlans.Align.Candidates;

/// <summary>
/// Candidates from an inverted index of character bigrams: each requirement looks up only its rarest bigrams,
/// and bigrams too common to discriminate are not indexed at all. Posting lists of rare bigrams are short, so
/// the work grows close to linearly with the corpus instead of with its square.
/// </summary>
/// <remarks>
/// Which bigrams a requirement probes depends on its own text and the reference rarity only, never on the rest of
/// the corpus, so whether two requirements are candidates depends on the two alone, and relinking changed plans
/// finds exactly the pairs a full run would. Bigrams the reference has seen in one requirement only, or never, come
/// last: in a long text those are mostly its own wording, and probing them first would spend the probes on bigrams
/// no other plan shares; a text made only of new wording still probes them.
/// </remarks>
public sealed class RareBigramCandidates(int probesPerRequirement = 40, double maxShare = 0.1, int minShared = 2) : ICandidateGenerator
{
    public IEnumerable<(RequirementProfile A, RequirementProfile B)> Pairs(
        IReadOnlyList<RequirementProfile> profiles, RarityWeights rarity, IReadOnlySet<string>? touching = null)
    {
        var maxFrequency = Math.Max(16, (int)(maxShare * rarity.Count));
        bool Indexed(string bigram) => rarity.BigramFrequency(bigram) <= maxFrequency;
        bool Touched(RequirementProfile p) => touching is null || touching.Contains(p.PlanId);

        // Requirements of untouched plans only need partners in touched ones, so they look up a smaller index.
        var postings = Postings(profiles, Indexed, _ => true);
        var touchedPostings = touching is null ? postings : Postings(profiles, Indexed, Touched);

        var probes = profiles.Select(p => Probes(p, rarity, Indexed).ToArray()).ToArray();
        var hits = new Dictionary<int, int>();
        foreach (var a in profiles)
        {
            hits.Clear();
            var lookup = Touched(a) ? postings : touchedPostings;
            foreach (var g in probes[a.Index])
                if (lookup.TryGetValue(g, out var list))
                    foreach (var b in list)
                        if (profiles[b].PlanId != a.PlanId)
                            hits[b] = hits.GetValueOrDefault(b) + 1;
            // A pair is found from either side (each side probes its own rarest bigrams) and yielded once: from the
            // side listed first if its probes find it, else from the other. Asking the first side again costs a few
            // set lookups, where remembering every pair found would cost memory that grows with the candidates.
            foreach (var (b, shared) in hits.OrderBy(h => h.Key))
                if (shared >= minShared && (a.Index < b || !Finds(probes[b], a)))
                    yield return a.Index < b ? (a, profiles[b]) : (profiles[b], a);
        }
    }

    private bool Finds(string[] probes, RequirementProfile other) => probes.Count(other.Bigrams.Contains) >= minShared;

    private IEnumerable<string> Probes(RequirementProfile profile, RarityWeights rarity, Func<string, bool> indexed) =>
        profile.Bigrams.Where(indexed)
            .OrderBy(g => rarity.BigramFrequency(g) <= 1 ? 1 : 0)
            .ThenBy(g => rarity.BigramFrequency(g) <= 1 ? 0 : rarity.BigramFrequency(g))
            .ThenBy(g => g, StringComparer.Ordinal)
            .Take(probesPerRequirement);

    private static Dictionary<string, List<int>> Postings(
        IReadOnlyList<RequirementProfile> profiles, Func<string, bool> indexed, Func<RequirementProfile, bool> include)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var p in profiles.Where(include))
            foreach (var g in p.Bigrams)
                if (indexed(g))
                    (postings.TryGetValue(g, out var list) ? list : postings[g] = []).Add(p.Index);
        return postings;
    }
}
