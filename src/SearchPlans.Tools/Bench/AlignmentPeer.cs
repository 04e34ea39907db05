using System.Diagnostics;
using SearchPlans.Align;
using SearchPlans.Align.Candidates;
using SearchPlans.Align.Resolution;
using SearchPlans.Align.Scoring;
using SearchPlans.Generate;
using SearchPlans.Model;

namespace SearchPlans.Tools.Bench;

/// <summary>
/// Measures what candidate generation costs in recall: the same corpus aligned once with every pair scored and
/// once with rare-bigram candidates, compared link for link and against the generator's true lineage.
/// </summary>
internal static class AlignmentPeer
{
    public static AlignmentPeerReport Measure(IReadOnlyList<Plan> plans, TruthFile truth)
    {
        var allPairs = new Aligner(new AllPairsCandidates(), s => new EvidenceScorer(s), new OneToOneEquivalents(), AlignmentThresholds.Default);
        var (exhaustive, allSeconds) = Timed(() => allPairs.Align(plans));
        var (candidates, candidateSeconds) = Timed(() => new Aligner().Align(plans));

        var found = candidates.Select(l => LineageRecall.Key(l.Source, l.Target)).ToHashSet();
        var lost = exhaustive.Count(l => !found.Contains(LineageRecall.Key(l.Source, l.Target)));
        var equivalents = exhaustive.Where(l => l.Kind == LinkKind.Equivalent).ToList();
        var equivalentsLost = equivalents.Count(l => !found.Contains(LineageRecall.Key(l.Source, l.Target)));
        return new AlignmentPeerReport(
            plans.Count,
            plans.Sum(p => p.Requirements.Count),
            allSeconds,
            candidateSeconds,
            candidateSeconds == 0 ? 0 : allSeconds / candidateSeconds,
            exhaustive.Count,
            candidates.Count,
            exhaustive.Count == 0 ? 0 : (double)lost / exhaustive.Count,
            equivalents.Count == 0 ? 0 : (double)equivalentsLost / equivalents.Count,
            LineageRecall.Of(truth, exhaustive),
            LineageRecall.Of(truth, candidates));
    }

    private static (T Result, double Seconds) Timed<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        return (result, clock.Elapsed.TotalSeconds);
    }
}
