using SearchPlans.Model;
using SearchPlans.Tests.Ingest.RealPlans;
using Xunit.Abstractions;

namespace SearchPlans.Tests.Review.Evaluation;

/// <summary>
/// Related links between the seeds and real plans nobody wrote for, judged blind (judged-real-links.tsv): the link
/// confidence measured on plans other than the ones it was first fitted to.
/// </summary>
public class RealPlanJudgementTests(ITestOutputHelper output)
{
    public static string JudgedPath => Path.Combine(AppContext.BaseDirectory, "Align", "gold", "judged-real-links.tsv");

    // The seeds and the real plans linked together, rarity read from the seeds as an index of them would.
    private static readonly Lazy<Corpus> Linked = new(() => new SearchPlans.Align.Aligner().Link(
        new Corpus([.. Seeds.Results.Select(r => r.Plan!), .. RealPlans.Results.Where(r => r.Plan is not null).Select(r => r.Plan!)])));

    // As for the seeds' judged pairs: a change that makes a link nobody has read fails here until it is judged.
    [Fact]
    public void JudgedRealLinks_EveryLinkBetweenJudgedPlansIsJudged() => Assert.Empty(JudgedSplits.Unjudged(JudgedPath, Linked.Value));

    // tune2 (the two 广东 2021 plans) was tuned on with the seeds' tune pairs, and keeps what it reached. fresh was
    // labelled before any tuning and measured once, at the end (85.2 %, 23 of 27; the model before the refit had
    // 86.2 %, 25 of 29): the target is its floor. Every equivalent stays at least related.
    [Theory]
    [InlineData("tune2", 0.96, 30)]
    [InlineData("fresh", 0.85, 27)]
    public void JudgedRealLinks_EachSplit_ShowsRelatedLinksOnOneSubjectAndRightEquivalents(string split, double useful, int confident)
    {
        var figures = JudgedSplits.Of(JudgedPath, Linked.Value, split, output);

        Assert.True(figures.Related.Useful >= useful && figures.Related.Judged >= confident, $"related {figures.Related}");
        Assert.True(figures.Equivalent.Useful >= 0.95, $"equivalent {figures.Equivalent}");
    }
}
