using SearchPlans.Search.Evaluation;

namespace SearchPlans.Tests.Search.Evaluation;

/// <summary>The measures on a ranking small enough to work out by hand.</summary>
public sealed class RankingMetricsTests
{
    // a and d are about the subject, b mentions it in passing, c was judged and is not; x was never judged.
    private static readonly Dictionary<string, int> Grades = new() { ["a"] = 2, ["b"] = 1, ["c"] = 0, ["d"] = 2 };
    private static readonly string[] Ranked = ["c", "a", "x", "b"];

    [Fact]
    public void Ndcg_IsTheDiscountedGainOverTheBestPossibleOrder()
    {
        // DCG: c 0/log2(2) + a 2/log2(3) + x 0/log2(4) + b 1/log2(5) = 1.26186 + 0.43068 = 1.69254.
        // Ideal: 2/log2(2) + 2/log2(3) + 1/log2(4) = 2 + 1.26186 + 0.5 = 3.76186.
        Assert.Equal(1.69254 / 3.76186, RankingMetrics.NdcgAt(10, Ranked, Grades), 4);
    }

    [Fact]
    public void Ndcg_OfTheBestOrder_IsOne()
    {
        Assert.Equal(1.0, RankingMetrics.NdcgAt(10, ["a", "d", "b", "c"], Grades), 10);
    }

    [Fact]
    public void Ndcg_CutsAtK()
    {
        // At 2: DCG 2/log2(3) = 1.26186; ideal 2 + 1.26186.
        Assert.Equal(1.26186 / 3.26186, RankingMetrics.NdcgAt(2, Ranked, Grades), 4);
    }

    [Fact]
    public void Precision_CountsGradesOneAndTwoOverAllTenPlaces()
    {
        Assert.Equal(0.2, RankingMetrics.PrecisionAt(10, Ranked, Grades), 10);
    }

    [Fact]
    public void Recall_IsTheShareOfGradeTwoFound()
    {
        Assert.Equal(0.5, RankingMetrics.RecallAt(20, Ranked, Grades));
        Assert.Null(RankingMetrics.RecallAt(20, Ranked, new Dictionary<string, int> { ["b"] = 1 }));
    }

    [Fact]
    public void Evaluation_LeavesQueriesWithNothingToFindOutOfTheMeans()
    {
        var judgements = SearchJudgements.Parse("q1 0 a 2\nq1 0 b 1\nq2 0 c 0\n", "qrels", queries: "q1\ttune\tfirst\nq2\ttune\tsecond\n");
        var run = SearchEvaluation.Run("test", judgements, q => q == "first" ? ["b", "a"] : ["c"]);

        var mean = run.Mean("all");
        Assert.Equal(1, mean.Queries);
        // DCG 1 + 2/log2(3) = 2.26186 against 2 + 1/log2(3) = 2.63093.
        Assert.Equal(2.26186 / 2.63093, mean.Ndcg10, 4);
        Assert.Equal(1.0, mean.Recall20);
        Assert.Null(run.Queries[1].Ndcg10);
    }

    [Fact]
    public void Judgements_ReadTrecQrelsWithTheirQueries()
    {
        var judgements = SearchJudgements.Parse("# comment\nq1 0 heyuan-2022-9 2\nq1 0 heyuan-2022-8\t0\n", "qrels.txt",
            queries: "# id\tsplit\tquery\nq1\theldout\t年报\tthe annual report\n");

        var query = Assert.Single(judgements.Queries);
        Assert.Equal(("q1", "年报", "heldout"), (query.Id, query.Text, query.Split));
        Assert.Equal(2, judgements.GradesOf("q1")["heyuan-2022-9"]);
        Assert.Equal(0, judgements.GradesOf("q1")["heyuan-2022-8"]);
    }

    [Fact]
    public void Judgements_ReadAFilledJudgingSheet_SkippingUngradedRows()
    {
        const string sheet = "\uFEFFquery,requirement,jurisdiction,year,number,text,criteria,grade\r\n"
            + "年报,heyuan-2022-9,河源市,2022,9,\"规范编制发布，切实提高\"\"年报\"\"质量\",,2\r\n"
            + "年报,heyuan-2022-8,河源市,2022,8,\"一行\r\n又一行\",,\r\n";
        var judgements = SearchJudgements.Parse(sheet, "judging.csv", ',');

        Assert.Equal("年报", Assert.Single(judgements.Queries).Text);
        Assert.Equal(new Dictionary<string, int> { ["heyuan-2022-9"] = 2 }, judgements.GradesOf("年报"));
    }

    [Fact]
    public void Judgements_QrelsWithoutQueries_SayWhatIsMissing()
    {
        var e = Assert.Throws<FormatException>(() => SearchJudgements.Parse("q1 0 a 2\n", "qrels.txt"));
        Assert.Contains("--queries", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Judgements_AGradeOutOfRange_IsRefusedWithItsLine()
    {
        var e = Assert.Throws<FormatException>(() => SearchJudgements.Parse("q1 0 a 7\n", "qrels.txt", queries: "q1\tx\n"));
        Assert.Contains("line 1", e.Message, StringComparison.Ordinal);
    }
}
