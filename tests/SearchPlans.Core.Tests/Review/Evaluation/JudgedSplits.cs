using SearchPlans.Model;
using SearchPlans.Review.Evaluation;
using Xunit.Abstractions;

namespace SearchPlans.Tests.Review.Evaluation;

/// <summary>Reads a file of blind judgements against a linked corpus, for the tests that pin its figures.</summary>
internal static class JudgedSplits
{
    /// <summary>The figures of one split, every split written to the test's output.</summary>
    public static BlindPrecision Of(string path, Corpus corpus, string split, ITestOutputHelper output)
    {
        var results = BlindPrecisionEvaluator.Evaluate(LinkJudgements.Load(path), corpus.Links, id => corpus.PlanOf(id)?.Id);
        foreach (var r in results)
            output.WriteLine($"{r.Split}: equivalent {r.Equivalent}; related {r.Related}; doubtful {r.Doubtful}");
        return results.Single(r => r.Split == split);
    }

    /// <summary>The links between judged plan pairs that no judgement covers, as "source ~ target".</summary>
    public static IEnumerable<string> Unjudged(string path, Corpus corpus) =>
        BlindPrecisionEvaluator.Unjudged(LinkJudgements.Load(path), corpus.Links, id => corpus.PlanOf(id)?.Id)
            .Select(u => $"{u.Link.Source} ~ {u.Link.Target}");
}
