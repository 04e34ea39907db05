using SearchPlans.Align.Features;

namespace SearchPlans.Align.Candidates;

/// <summary>
/// Candidates from an inverted index of character bigrams: each requirement looks up only its rarest bigrams,
/// and bigrams too common to discriminate are not indexed at all. Posting lists of rare bigrams are short, so
/// the work grows close to linearly with the corpus instead of with its square. A bigram found in no other
/// requirement cannot lead to a partner, so it is never a probe: a long text's rarest bigrams are mostly its own,
/// and probing them would leave no probes for the bigrams it actually shares.
/// </summary>
public sealed class RareBigramCandidates(int probesPerRequirement = 40, double maxShare = 0.1, int minShared = 2) : ICandidateGenerator
{
    public IEnumerable<(RequirementProfile A, RequirementProfile B)> Pairs(IReadOnlyList<RequirementProfile> profiles, CorpusStatistics statistics)
    {
        var maxFrequency = Math.Max(16, (int)(maxShare * profiles.Count));
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var p in profiles)
            foreach (var g in p.Bigrams)
                if (statistics.BigramFrequency(g) <= maxFrequency)
                    (postings.TryGetValue(g, out var list) ? list : postings[g] = []).Add(p.Index);

        var hits = new Dictionary<int, int>();
        var seen = new HashSet<(int, int)>();
        foreach (var a in profiles)
        {
            hits.Clear();
            var probes = a.Bigrams.Where(g => postings.ContainsKey(g) && statistics.BigramFrequency(g) > 1)
                .OrderBy(statistics.BigramFrequency).ThenBy(g => g, StringComparer.Ordinal)
                .Take(probesPerRequirement);
            foreach (var g in probes)
                foreach (var b in postings[g])
                    if (profiles[b].PlanId != a.PlanId)
                        hits[b] = hits.GetValueOrDefault(b) + 1;
            // A pair is found from either side (each side probes its own rarest bigrams) and scored once.
            foreach (var (b, shared) in hits.OrderBy(h => h.Key))
                if (shared >= minShared && seen.Add((Math.Min(a.Index, b), Math.Max(a.Index, b))))
                    yield return a.Index < b ? (a, profiles[b]) : (profiles[b], a);
        }
    }
}
