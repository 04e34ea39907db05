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
/// <para>
/// A requirement also probes its topics (<see cref="RequirementProfile.Topics"/>), each counting as enough on its
/// own: two texts about one topic may share only common words (政策解读, 政务公开工作), and the classifier may still
/// relate them.
/// </para>
/// </remarks>
public sealed class RareBigramCandidates(int probesPerRequirement = 80, double maxShare = 0.1, int minShared = 2) : ICandidateGenerator
{
    public ICandidateSearch Prepare(IReadOnlyList<RequirementProfile> profiles, RarityWeights rarity)
    {
        var maxFrequency = Math.Max(16, (int)(maxShare * rarity.Count));
        bool Indexed(string bigram) => rarity.BigramFrequency(bigram) <= maxFrequency;
        var probes = profiles.Select(p => Probes(p, rarity, Indexed).ToArray()).ToArray();
        var plans = profiles.GroupBy(p => p.PlanId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PlanPostings.Of([.. g], Indexed, minShared), StringComparer.Ordinal);
        return new Search(plans, probes, minShared);
    }

    // A topic's key cannot be a bigram: those are two letters or digits.
    private static string TopicKey(string topic) => "#" + topic;

    private IEnumerable<string> Probes(RequirementProfile profile, RarityWeights rarity, Func<string, bool> indexed) =>
        profile.Topics.Select(TopicKey).Concat(BigramProbes(profile, rarity, indexed));

    private IEnumerable<string> BigramProbes(RequirementProfile profile, RarityWeights rarity, Func<string, bool> indexed) =>
        profile.Bigrams.Where(indexed)
            .OrderBy(g => rarity.BigramFrequency(g) <= 1 ? 1 : 0)
            .ThenBy(g => rarity.BigramFrequency(g) <= 1 ? 0 : rarity.BigramFrequency(g))
            .ThenBy(g => g, StringComparer.Ordinal)
            .Take(probesPerRequirement);

    /// <summary>
    /// One plan's requirements and, for each indexed bigram and each topic, which of them contain it, with what a
    /// match counts: one for a bigram, enough to propose the pair for a topic.
    /// </summary>
    private sealed record PlanPostings(RequirementProfile[] Requirements, Dictionary<string, (int[] Holders, int Weight)> Postings)
    {
        public static PlanPostings Of(RequirementProfile[] requirements, Func<string, bool> indexed, int minShared)
        {
            var postings = new Dictionary<string, (List<int> Holders, int Weight)>(StringComparer.Ordinal);
            void Add(string key, int weight, int i) => (postings.TryGetValue(key, out var p) ? p : postings[key] = ([], weight)).Holders.Add(i);
            for (var i = 0; i < requirements.Length; i++)
            {
                foreach (var g in requirements[i].Bigrams)
                    if (indexed(g))
                        Add(g, 1, i);
                foreach (var topic in requirements[i].Topics)
                    Add(TopicKey(topic), minShared, i);
            }
            return new PlanPostings(requirements, postings.ToDictionary(p => p.Key, p => (p.Value.Holders.ToArray(), p.Value.Weight), StringComparer.Ordinal));
        }

        /// <summary>For each requirement of this plan, how much of the probes it matches.</summary>
        public void Count(string[] probes, int[] counts)
        {
            Array.Clear(counts);
            foreach (var g in probes)
                if (Postings.TryGetValue(g, out var posting))
                    foreach (var i in posting.Holders)
                        counts[i] += posting.Weight;
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
