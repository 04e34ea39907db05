using SearchPlans.Review.Evaluation;

namespace SearchPlans.Tests.Review.Evaluation;

public class LinkJudgementsTests
{
    private const string Declared = "# judged\tp\tq\ttune\n";

    [Fact]
    public void Parse_ReadsDeclaredPairsAndLabelsInEitherOrder()
    {
        var judgements = LinkJudgements.Parse(Declared + "p\tp-1\tq\tq-1\tE\tsame task\nq\tq-2\tp\tp-1\tN\n", "j.tsv");

        Assert.Equal([new JudgedPlanPair("p", "q", "tune")], judgements.PlanPairs);
        Assert.Equal(BlindLabel.Equivalent, judgements.LabelOf("q-1", "p-1"));
        Assert.Equal(BlindLabel.Noise, judgements.LabelOf("p-1", "q-2"));
        Assert.Null(judgements.LabelOf("p-1", "q-3"));
        Assert.Equal("same task", judgements.Links[0].Note);
        Assert.Equal(new JudgedPlanPair("p", "q", "tune"), judgements.PairOf("q", "p"));
    }

    [Fact]
    public void Parse_IgnoresTheTextsABlindSheetPrintsAfterTheNote()
    {
        var judgements = LinkJudgements.Parse(Declared + "p\tp-1\tq\tq-1\tR\t\t公开年报\t年度报告\n", "j.tsv");
        Assert.Equal(BlindLabel.Related, judgements.LabelOf("p-1", "q-1"));
    }

    [Theory]
    [InlineData("p\tp-1\tq\tq-1\t\t\tA\tB\n", "j.tsv, line 2: p-1 ~ q-1 has no label yet")]
    [InlineData("p\tp-1\tq\tq-1\tX\n", "j.tsv, line 2: unknown label \"X\"")]
    [InlineData("p\tp-1\tq\n", "j.tsv, line 2: expected plan A")]
    [InlineData("p\tp-1\tq\tq-1\tE\nq\tq-1\tp\tp-1\tR\n", "j.tsv, line 3: q-1 ~ p-1 is judged twice")]
    [InlineData("# judged\tq\tp\tholdout\n", "j.tsv, line 2: q and p are declared twice")]
    [InlineData("# judged\tr\ts\tall\n", "j.tsv, line 2: the split \"all\"")]
    [InlineData("# judged\tr\ts\n", "j.tsv, line 2: \"# judged\" needs plan A, plan B and a split")]
    public void Parse_BadLine_NamesTheFileTheLineAndTheReason(string body, string message)
    {
        var e = Assert.Throws<FormatException>(() => LinkJudgements.Parse(Declared + body, "j.tsv"));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TheCommittedJudgements_DeclareEveryPairOfSeedPlansAndLabelEachLinkOnce()
    {
        var judgements = LinkJudgements.Load(GoldEvaluationTests.JudgedLinksPath);

        Assert.Equal(10, judgements.PlanPairs.Count);
        Assert.Equal(["tune", "holdout", "holdout2"], judgements.PlanPairs.Select(p => p.Split).Distinct());
        Assert.All(judgements.Links, l => Assert.NotNull(judgements.PairOf(l.PlanA, l.PlanB)));
    }
}
