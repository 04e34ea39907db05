using SearchPlans.Search;
using SearchPlans.Search.Evaluation;

namespace SearchPlans.Tests.Search.Evaluation;

/// <summary>
/// The judged queries over the seed plans (Search/Relevance: queries.tsv and qrels.txt, see docs/search-relevance.md):
/// the search must keep finding what researchers mean at least as well as when it was last measured.
/// </summary>
public sealed class JudgedSetTests(SeedIndexFixture index) : IClassFixture<SeedIndexFixture>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Search", "Relevance");

    private SearchEvaluation Run()
    {
        var judgements = SearchJudgements.Load(Path.Combine(Folder, "qrels.txt"), Path.Combine(Folder, "queries.tsv"));
        return SearchEvaluation.Run("searchplans", judgements, q => [.. index.Searcher.Search(new SearchRequest(q, Limit: SearchEvaluation.Depth)).Hits.Select(h => h.Id)]);
    }

    [Fact]
    public void TheJudgedSet_HasAtLeastFortyMeasurableQueries_AThirdHeldOut()
    {
        var run = Run();

        Assert.True(run.Mean("all").Queries >= 40);
        Assert.InRange(run.Queries.Count(q => q.Query.Split == "heldout"), run.Queries.Count / 4, run.Queries.Count / 2);
    }

    [Theory]
    [InlineData("all", JudgedSetFloor.AllNdcg, JudgedSetFloor.AllRecall)]
    [InlineData("tune", JudgedSetFloor.TuneNdcg, JudgedSetFloor.TuneRecall)]
    [InlineData("heldout", JudgedSetFloor.HeldOutNdcg, JudgedSetFloor.HeldOutRecall)]
    public void Relevance_StaysAtLeastWhereItWasMeasured(string split, double ndcg, double recall)
    {
        var mean = Run().Mean(split);

        Assert.True(mean.Ndcg10 >= ndcg, $"nDCG@10 on {split} fell to {mean.Ndcg10:0.000} (floor {ndcg:0.000})");
        Assert.True(mean.Recall20 >= recall, $"recall@20 on {split} fell to {mean.Recall20:0.000} (floor {recall:0.000})");
    }
}

/// <summary>What the judged set measured when the search was last changed, less 0.005 for rounding (docs/search-relevance.md).</summary>
internal static class JudgedSetFloor
{
    // Measured: all 0.866 / 0.937, tune 0.863 / 0.925, held out 0.872 / 0.962 (nDCG@10 / recall@20).
    public const double AllNdcg = 0.861;
    public const double AllRecall = 0.932;
    public const double TuneNdcg = 0.858;
    public const double TuneRecall = 0.920;
    public const double HeldOutNdcg = 0.867;
    public const double HeldOutRecall = 0.957;
}
