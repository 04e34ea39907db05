using SearchPlans.Align.Candidates;
using SearchPlans.Align.Features;
using SearchPlans.Align.Resolution;
using SearchPlans.Align.Scoring;
using SearchPlans.Model;

namespace SearchPlans.Align;

/// <summary>
/// Finds the counterparts of every requirement in every other plan: candidates from rare shared bigrams,
/// evidence per pair, links by threshold, the opening item of a requirement split across several items of another
/// plan taken as its equivalent, then one-to-one resolution of equivalents per pair of plans.
/// </summary>
public sealed class Aligner(
    ICandidateGenerator candidates,
    Func<CorpusStatistics, IPairScorer> scorerFactory,
    ILinkResolver resolver,
    AlignmentThresholds thresholds)
{
    public Aligner()
        : this(AlignmentThresholds.Default)
    {
    }

    public Aligner(AlignmentThresholds thresholds)
        : this(new RareBigramCandidates(), s => new EvidenceScorer(s), new OneToOneEquivalents(), thresholds)
    {
    }

    public IReadOnlyList<RequirementLink> Align(IReadOnlyList<Plan> plans)
    {
        var profiles = new ProfileBuilder().Build(plans);
        var statistics = new CorpusStatistics(profiles);
        var scorer = scorerFactory(statistics);
        var classifier = new LinkClassifier(thresholds);
        var explainer = new LinkExplainer(statistics);
        var links = new List<RequirementLink>();
        var placements = new Dictionary<(string, string), SharedPlacement>();
        foreach (var (a, b) in candidates.Pairs(profiles, statistics))
        {
            var evidence = scorer.Measure(a, b);
            if (classifier.Classify(a.RequirementId, b.RequirementId, evidence) is not { } link)
                continue;
            links.Add(link with { Evidence = LinkClassifier.EvidenceList(explainer.Explain(a, b, evidence)) });
            placements[(a.RequirementId, b.RequirementId)] = new SharedPlacement(
                SharedTextPlacement.In(a, b, statistics), SharedTextPlacement.In(b, a, statistics));
        }
        var planOf = profiles.ToDictionary(p => p.RequirementId, p => p.PlanId);
        var contested = new LeadPieceContest(thresholds.SplitLeadScore).Apply(links, id => planOf[id], l => placements[(l.Source, l.Target)]);
        return [.. resolver.Resolve(contested, id => planOf[id])
            .OrderBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Target, StringComparer.Ordinal)];
    }

    /// <summary>The corpus with its links computed.</summary>
    public Corpus Link(Corpus corpus) => corpus with
    {
        Links = Align(corpus.Plans),
        References = Lineage.PlanReferenceFinder.Find(corpus.Plans),
    };
}
