using SearchPlans.Review.Evaluation;
using SearchPlans.Model;
using SearchPlans.Links;
using SearchPlans.Tests.Align;

namespace SearchPlans.Tests.Review.Evaluation;

public class BlindPrecisionEvaluatorTests
{
    private static readonly LinkJudgements Judgements = LinkJudgements.Parse(
        "# judged\tp\tq\ttune\n# judged\tp\tr\tholdout\n"
        + "p\tp-1\tq\tq-1\tE\np\tp-2\tq\tq-2\tR\np\tp-3\tq\tq-3\tN\np\tp-4\tq\tq-4\tN\np\tp-1\tr\tr-1\tR\n",
        "j.tsv");

    private static RequirementLink Link(string source, string target, LinkKind kind, LinkConfidence confidence = LinkConfidence.Confident) =>
        new(source, target, kind, Containment.Related, 0.2, 0.2, 0.2, []) { Confidence = confidence };

    private static string PlanOf(string id) => id.Split('-')[0];

    private static readonly IReadOnlyList<RequirementLink> Links =
    [
        Link("p-1", "q-1", LinkKind.Equivalent),
        Link("q-2", "p-2", LinkKind.Related), // stored from B's side
        Link("p-3", "q-3", LinkKind.Related),
        Link("p-4", "q-4", LinkKind.Related, LinkConfidence.Doubtful),
        Link("p-5", "q-5", LinkKind.Related), // between judged plans, not judged yet
        Link("p-1", "r-1", LinkKind.Related),
        Link("p-1", "s-1", LinkKind.Related), // plans nobody judged
    ];

    [Fact]
    public void Evaluate_CountsEachTierByLabel_AndUnjudgedLinksApart()
    {
        var results = BlindPrecisionEvaluator.Evaluate(Judgements, Links, PlanOf).ToDictionary(r => r.Split);

        Assert.Equal(["tune", "holdout", "all"], results.Keys);
        var tune = results["tune"];
        Assert.Equal(new LabelCounts(1, 0, 0, 0), tune.Equivalent);
        Assert.Equal(new LabelCounts(0, 1, 1, 1), tune.Related);
        Assert.Equal(new LabelCounts(0, 0, 1, 0), tune.Doubtful);
        Assert.Equal(0.5, tune.Related.Useful);
        Assert.Equal(new LabelCounts(0, 2, 1, 1), results["all"].Related);
    }

    [Fact]
    public void LabelCounts_NothingJudged_HasNoShare()
    {
        Assert.Null(new LabelCounts(0, 0, 0, 3).Useful);
        Assert.Null(new LabelCounts(0, 0, 0, 0).SameObligation);
    }

    [Fact]
    public void Unjudged_ListsOnlyLinksBetweenJudgedPlans_ReadFromPlanA()
    {
        var unjudged = BlindPrecisionEvaluator.Unjudged(Judgements, [.. Links, Link("q-6", "p-6", LinkKind.Related)], PlanOf);

        Assert.Equal([("p-5", "q-5"), ("p-6", "q-6")], unjudged.Select(u => (u.Link.Source, u.Link.Target)));
    }

    [Fact]
    public void BlindSheet_ShowsBothTextsAndNothingOfTheLinksRating()
    {
        var plan = AlignTestData.Plan("p", 2022, AlignTestData.Requirement("p-1", "公开\t年报"), AlignTestData.Requirement("p-2", "依申请公开"));
        var other = AlignTestData.Plan("q", 2021, AlignTestData.Requirement("q-1", "年度报告"));
        var corpus = new CounterpartIndex(new Corpus([plan, other]));
        var pair = new JudgedPlanPair("p", "q", "tune");
        var links = new[] { (pair, Link("p-2", "q-1", LinkKind.Related)), (pair, Link("p-1", "q-1", LinkKind.Equivalent)) };

        var rows = BlindSheet.Rows(links, corpus);

        Assert.Equal(
            [["p", "p-1", "q", "q-1", "", "", "公开 年报", "年度报告"], ["p", "p-2", "q", "q-1", "", "", "依申请公开", "年度报告"]],
            rows.Select(r => r.ToArray()));
    }
}
