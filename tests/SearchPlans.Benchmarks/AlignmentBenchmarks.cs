using BenchmarkDotNet.Attributes;
using SearchPlans.Align.Features;
using SearchPlans.Align.Scoring;
using SearchPlans.Compare;

namespace SearchPlans.Benchmarks;

/// <summary>Scoring one candidate pair, and the word diff shown for it: a seed requirement and its edited copy in a generated plan.</summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private readonly WordDiffer differ = new();
    private EvidenceScorer? scorer;
    private RequirementProfile? a;
    private RequirementProfile? b;
    private string textA = "";
    private string textB = "";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchData.Generated(40);
        var profiles = new ProfileBuilder().Build(corpus.Plans);
        scorer = new EvidenceScorer(new RarityWeights(profiles));
        // The longest requirement and its closest copy in another plan: a pair a real run scores and shows.
        a = profiles.MaxBy(p => p.Chars.Length)!;
        var first = a;
        b = profiles.Where(p => p.PlanId != first.PlanId).MaxBy(p => scorer.Measure(first, p).AInB)!;
        (textA, textB) = (corpus.FindRequirement(a.RequirementId)!.Text, corpus.FindRequirement(b.RequirementId)!.Text);
    }

    [Benchmark]
    public PairEvidence ScorePair() => scorer!.Measure(a!, b!);

    [Benchmark]
    public WordDiff DiffPair() => differ.Diff(textA, textB);
}
