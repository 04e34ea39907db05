using SearchPlans.Align.Batches;
using SearchPlans.Align.Candidates;
using SearchPlans.Align.Features;
using SearchPlans.Align.Resolution;
using SearchPlans.Align.Scope;
using SearchPlans.Align.Scoring;
using SearchPlans.Model;

namespace SearchPlans.Align;

/// <summary>
/// Finds the counterparts of every requirement in every other plan: candidates from rare shared bigrams,
/// evidence per pair, links by threshold, the opening item of a requirement split across several items of another
/// plan taken as its equivalent, then one-to-one resolution of equivalents per pair of plans.
/// </summary>
/// <remarks>
/// Every step depends only on the two plans of a pair and the reference rarity, never on the rest of the corpus:
/// so after plans are added or removed, linking the changed plans alone gives what linking everything would.
/// </remarks>
public sealed class Aligner(
    ICandidateGenerator candidates,
    Func<RarityWeights, IPairScorer> scorerFactory,
    ILinkResolver resolver,
    AlignmentThresholds thresholds,
    IPairBatcher? batches = null)
{
    private readonly IPairBatcher batcher = batches ?? new ProvinceYearBatches();

    /// <summary>
    /// Raised whenever a change to the rules changes which links a corpus gets: 1 for text evidence alone, 2 since
    /// a shared topic (<see cref="Features.TopicLexicon"/>) counts, 3 since related links carry a confidence
    /// (<see cref="Scoring.SubjectConfidence"/>), 4 since that confidence reads nine measures refitted on more plans, 5 since
    /// lineage pairs a plan with the governments it lies in rather than every higher tier of its province. Links stored
    /// under another version are computed again in full on the next update rather than mixed with links of these rules.
    /// </summary>
    public const int RulesVersion = 5;

    public Aligner()
        : this(AlignmentThresholds.Default)
    {
    }

    public Aligner(AlignmentThresholds thresholds)
        : this(new RareBigramCandidates(), s => new EvidenceScorer(s), new OneToOneEquivalents(), thresholds)
    {
    }

    /// <summary>Links between the plans, with rarity read from the bundled seed plans.</summary>
    public IReadOnlyList<RequirementLink> Align(IReadOnlyList<Plan> plans) => Align(plans, SeedReference.Frequencies, touching: null);

    /// <summary>Links between the plans, with rarity read from the given reference.</summary>
    /// <param name="touching">When given, only links with a side in one of these plans.</param>
    /// <param name="scope">Which pairs of plans to link.</param>
    public IReadOnlyList<RequirementLink> Align(
        IReadOnlyList<Plan> plans, ReferenceFrequencies reference, IReadOnlySet<string>? touching, LinkScope scope = LinkScope.All)
    {
        var rarity = new RarityWeights(reference);
        var classifier = new LinkClassifier(thresholds);
        var explainer = new LinkExplainer(rarity);
        var contest = new LeadPieceContest(thresholds.SplitLeadScore, maxPartCover: thresholds.MaxPartCover);
        var pairs = PlanPairs.Of(plans, scope, touching);
        var live = new LiveProfiles(new ProfileBuilder(), pairs);
        // Kept as numbers as they come, not as records: the settled links are most of what a large build holds.
        var links = new LinkCollector();
        // A plan's profiles live from the first batch of pairs that needs them to the last, the candidate postings and
        // weighted profiles for one batch (issue 26): held for the whole corpus they were most of a large build's peak
        // memory (docs/performance.md).
        foreach (var batch in batcher.Batch(pairs))
        {
            var profiles = live.Of(batch);
            var search = candidates.Prepare(profiles, rarity);
            var scorer = scorerFactory(rarity);
            var planOf = profiles.ToDictionary(p => p.RequirementId, p => p.PlanId);
            // Pairs of plans are scored, contested and resolved in parallel, each pair on its own: what a pair gives
            // depends on the pair alone (the contest and the resolution weigh a link only against links between the same
            // two plans), and the links are put in one order at the end, so the result does not depend on which thread or
            // batch did what. Settled pair by pair, the build never holds every candidate link of a batch with its
            // placements at once.
            foreach (var link in batch.AsParallel().SelectMany(pair => Settle(pair.A, pair.B, search, scorer, planOf)))
                links.Add(link.Kind == LinkKind.Equivalent ? link with { Confidence = LinkConfidence.Confident } : link);
            live.Linked(batch);
        }
        return links.ToTable();

        // Within a pair the links are put in the corpus's order (source, then target) before the contest, as they were
        // when the whole corpus's links were ordered first and then grouped by pair.
        IEnumerable<RequirementLink> Settle(Plan a, Plan b, ICandidateSearch search, IPairScorer scorer, Dictionary<string, string> planOf)
        {
            var found = search.Between(a.Id, b.Id).Select(pair => Found(pair.A, pair.B, scorer))
                .Where(f => f is not null).Select(f => f!.Value).ToList();
            if (found.Count == 0)
                return [];
            var placements = found.ToDictionary(f => (f.Link.Source, f.Link.Target), f => f.Placement);
            var links = Ordered(found.Select(f => f.Link));
            return resolver.Resolve(contest.Apply(links, id => planOf[id], l => placements[(l.Source, l.Target)]), id => planOf[id]);
        }

        (RequirementLink Link, SharedPlacement Placement)? Found(RequirementProfile a, RequirementProfile b, IPairScorer scorer)
        {
            var evidence = scorer.Measure(a, b);
            if (classifier.Classify(a.RequirementId, b.RequirementId, evidence) is not { } link)
                return null;
            return (link with { Evidence = LinkClassifier.EvidenceList(explainer.Explain(a, b, evidence)) },
                new SharedPlacement(SharedTextPlacement.In(a, b, rarity), SharedTextPlacement.In(b, a, rarity)));
        }
    }

    /// <summary>The corpus with its links computed, against the reference it names or else the bundled seeds.</summary>
    public Corpus Link(Corpus corpus)
    {
        var reference = corpus.Rarity ?? SeedReference.Frequencies;
        return corpus with
        {
            Links = Align(corpus.Plans, reference, touching: null, corpus.Scope),
            References = References.PlanReferenceFinder.Find(corpus.Plans),
            Rarity = reference,
            LinkRules = RulesVersion,
        };
    }

    /// <summary>
    /// The corpus after the named plans were added, replaced or removed: its other links are kept as they are and
    /// only pairs with a changed plan are linked again. A corpus whose links were not computed against a stored
    /// reference, or under other rules, is linked whole, since its old links cannot be told apart from what a new run
    /// would give.
    /// </summary>
    public Corpus Relink(Corpus corpus, IReadOnlySet<string> changedPlanIds)
    {
        if (corpus.Rarity is null || corpus.LinkRules != RulesVersion)
            return Link(corpus);
        var present = corpus.Plans.SelectMany(p => p.Requirements).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var changedRequirements = corpus.Plans.Where(p => changedPlanIds.Contains(p.Id))
            .SelectMany(p => p.Requirements).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        // A link survives if both its ends are still in the corpus and neither belongs to a plan that changed.
        var kept = corpus.Links.Where(l => present.Contains(l.Source) && present.Contains(l.Target)
            && !changedRequirements.Contains(l.Source) && !changedRequirements.Contains(l.Target));
        var relinked = Align(corpus.Plans, corpus.Rarity, changedPlanIds, corpus.Scope);
        return corpus with
        {
            Links = Ordered([.. kept, .. relinked]),
            References = References.PlanReferenceFinder.Find(corpus.Plans),
        };
    }

    /// <summary>
    /// Links between two plans of the corpus that its scope does not store, aligned now against its reference: the
    /// same links storing them would have given, since a pair's links depend on the pair alone.
    /// </summary>
    public IReadOnlyList<RequirementLink> AlignPair(Corpus corpus, Plan a, Plan b) =>
        Align([a, b], corpus.Rarity ?? SeedReference.Frequencies, touching: null, LinkScope.All);

    private static List<RequirementLink> Ordered(IEnumerable<RequirementLink> links) =>
        [.. links.OrderBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Target, StringComparer.Ordinal)];
}
