using SearchPlans.Align.Features;

namespace SearchPlans.Align.Candidates;

/// <summary>
/// Candidates from character bigrams: each requirement looks up only its rarest bigrams in the other plan's
/// postings, and bigrams too common to discriminate are not indexed at all. Plans are searched two at a time, so the
/// work follows the pairs of plans a run links: in a corpus linked by families, a requirement never walks the
/// postings of plans it will not be linked to.
/// </summary>
/// <remarks>
/// Which bigrams a requirement probes depends on its own text and the reference rarity only, never on the rest of
/// the corpus, so whether two requirements are candidates depends on the two alone, and relinking changed plans
/// finds exactly the pairs a full run would. Bigrams the reference has seen in one requirement only, or never, come
/// last: in a long text those are mostly its own wording, and probing them first would spend the probes on bigrams
/// no other plan shares; a text made only of new wording still probes them.
/// </remarks>
public sealed class RareBigramCandidates(int probesPerRequirement = 80, double maxShare = 0.1, int minShared = 2) : ICandidateGenerator
{
    public ICandidateSearch Prepare(IReadOnlyList<RequirementProfile> profiles, RarityWeights rarity)
    {
        var maxFrequency = Math.Max(16, (int)(maxShare * rarity.Count));
        bool Indexed(string bigram) => rarity.BigramFrequency(bigram) <= maxFrequency;
        var probes = profiles.Select(p => Probes(p, rarity, Indexed).ToArray()).ToArray();
        var plans = profiles.GroupBy(p => p.PlanId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PlanPostings.Of([.. g], Indexed), StringComparer.Ordinal);
        return new Search(plans, probes, minShared);
    }

    private IEnumerable<string> Probes(RequirementProfile profile, RarityWeights rarity, Func<string, bool> indexed) =>
        profile.Bigrams.Where(indexed)
            .OrderBy(g => rarity.BigramFrequency(g) <= 1 ? 1 : 0)
            .ThenBy(g => rarity.BigramFrequency(g) <= 1 ? 0 : rarity.BigramFrequency(g))
            .ThenBy(g => g, StringComparer.Ordinal)
            .Take(probesPerRequirement);

    /// <summary>One plan's requirements and, for each indexed bigram, which of them contain it.</summary>
    private sealed record PlanPostings(RequirementProfile[] Requirements, Dictionary<string, int[]> Postings)
    {
        public static PlanPostings Of(RequirementProfile[] requirements, Func<string, bool> indexed)
        {
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < requirements.Length; i++)
                foreach (var g in requirements[i].Bigrams)
                    if (indexed(g))
                        (postings.TryGetValue(g, out var list) ? list : postings[g] = []).Add(i);
            return new PlanPostings(requirements, postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
        }

        /// <summary>For each requirement of this plan, how many of the probes it contains.</summary>
        public void Count(string[] probes, int[] counts)
        {
            Array.Clear(counts);
            foreach (var g in probes)
                if (Postings.TryGetValue(g, out var holders))
                    foreach (var i in holders)
                        counts[i]++;
        }
    }

    private sealed class Search(Dictionary<string, PlanPostings> plans, string[][] probes, int minShared) : ICandidateSearch
    {
        public IEnumerable<(RequirementProfile A, RequirementProfile B)> Between(string planA, string planB)
        {
            var a = plans[planA];
            var b = plans[planB];
            int na = a.Requirements.Length, nb = b.Requirements.Length;
            // A pair is found from either side, each side probing its own rarest bigrams, and is proposed once.
            var found = new bool[na * nb];
            var counts = new int[nb];
            for (var i = 0; i < na; i++)
            {
                b.Count(probes[a.Requirements[i].Index], counts);
                for (var j = 0; j < nb; j++)
                    if (counts[j] >= minShared)
                    {
                        found[(i * nb) + j] = true;
                        yield return (a.Requirements[i], b.Requirements[j]);
                    }
            }
            counts = new int[na];
            for (var j = 0; j < nb; j++)
            {
                a.Count(probes[b.Requirements[j].Index], counts);
                for (var i = 0; i < na; i++)
                    if (counts[i] >= minShared && !found[(i * nb) + j])
                        yield return (a.Requirements[i], b.Requirements[j]);
            }
        }
    }
}
