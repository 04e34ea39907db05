using SearchPlans.Review.Evaluation;
using SearchPlans.Review;

namespace SearchPlans.Tests.Review;

public sealed class GoldExportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Confirm a-1~b-1, reject a-3~b-3, confirm the related a-2~b-2 as equivalent, add a-2~b-3 as related.</summary>
    private IReadOnlyList<LinkJudgement> Judged()
    {
        var store = ReviewStore.ForIndex(folder.Combine("index"));
        store.Record(ReviewTestData.Draft("confirm", "a-1", "b-1", note: "same\twords\nacross lines"));
        store.Record(ReviewTestData.Draft("reject", "a-3", "b-3"));
        store.Record(ReviewTestData.Draft("confirm", "a-2", "b-2", kind: "equivalent"));
        store.Record(ReviewTestData.Draft("add", "a-2", "b-3", kind: "related"));
        return store.Current();
    }

    private GoldSet RoundTrip()
    {
        var path = folder.Combine("review-gold.tsv");
        File.WriteAllText(path, GoldExport.ToText(Judged()));
        return GoldSet.Load(path);
    }

    [Fact]
    public void Export_ReadBackByGoldSet_GivesOnePairPerJudgementWithItsKind()
    {
        var gold = RoundTrip();

        Assert.Equal(
            [("a-1", "b-1", GoldJudgement.Equivalent), ("a-2", "b-2", GoldJudgement.Equivalent), ("a-2", "b-3", GoldJudgement.Related), ("a-3", "b-3", GoldJudgement.None)],
            gold.Pairs.Select(p => (p.Source, p.Target!, p.Judgement)));
        Assert.All(gold.Pairs, p => Assert.Equal(GoldExport.Split, p.Split));
        Assert.Empty(gold.Exhaustive);
    }

    [Fact]
    public void Export_NoteWithTabsAndLineBreaks_StaysInItsCell() =>
        Assert.Equal("confirmed by reviewer", RoundTrip().Pairs[0].Note[..21]);

    [Fact]
    public void Export_EvaluatedAgainstTheLinks_CountsConfirmationsRejectionsAndAdditions()
    {
        var evaluation = LinkEvaluator.Evaluate(RoundTrip(), ReviewTestData.Corpus.Links, id => id[..1], GoldExport.Split);

        // a-1~b-1 confirmed; a-3~b-3 rejected but linked; a-2~b-2 judged equivalent but linked as related; a-2~b-3 added.
        Assert.Equal(new KindScore(1, 1, 1), evaluation.Equivalent);
        Assert.Equal(new KindScore(0, 1, 1), evaluation.Related);
    }

    [Fact]
    public void Export_NoJudgements_IsAGoldFileWithNoPairs()
    {
        var path = folder.Combine("empty.tsv");
        File.WriteAllText(path, GoldExport.ToText([]));

        Assert.Empty(GoldSet.Load(path).Pairs);
    }
}
