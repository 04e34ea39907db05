using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPlans.Index;
using SearchPlans.Search.Budget;

namespace SearchPlans.Tests.Search.Budget;

/// <summary>A search looks each term up once per segment, and a term positioned from the state found first reads the same.</summary>
public sealed class TermStatesTests : IDisposable
{
    private readonly ThreeSegmentIndex index = new();
    private readonly BudgetedReader reader;

    public TermStatesTests() => reader = new BudgetedReader(index.Reader);

    private static SearchBudget Budget() => new(CancellationToken.None, Lucene.Net.Util.Counter.NewCounter(), long.MaxValue);

    private static Term Pair(string text) => new(IndexFields.TextBigrams, text);

    [Fact]
    public void ATermLookedUpAgainInOneSearch_HasTheSameStatisticsAndMatches()
    {
        var budget = Budget();
        using var scope = budget.Enter();
        var searcher = new IndexSearcher(reader) { Similarity = IndexAnalyzer.Similarity };

        var first = TermContext.Build(reader.Context, Pair("公开"));
        var kept = budget.Terms.Count;
        var again = TermContext.Build(reader.Context, Pair("公开"));
        var hits = searcher.Search(new TermQuery(Pair("公开")), 1000);

        Assert.Equal(index.Reader.Leaves.Count, kept);
        Assert.Equal(kept, budget.Terms.Count);
        Assert.Equal(index.Reader.DocFreq(Pair("公开")), first.DocFreq);
        Assert.Equal(first.DocFreq, again.DocFreq);
        Assert.Equal(first.TotalTermFreq, again.TotalTermFreq);
        Assert.Equal(Ids(index.Searcher.Search(new TermQuery(Pair("公开")), 1000)), Ids(hits));
        Assert.True(hits.TotalHits > 0);
    }

    [Fact]
    public void ATermNoSegmentHolds_StaysAbsentWhenLookedUpAgain()
    {
        var budget = Budget();
        using var scope = budget.Enter();

        var first = TermContext.Build(reader.Context, Pair("𠀀𠀀"));
        var again = TermContext.Build(reader.Context, Pair("𠀀𠀀"));

        Assert.Equal(0, first.DocFreq);
        Assert.Equal(0, again.DocFreq);
        Assert.Equal(index.Reader.Leaves.Count, budget.Terms.Count);
    }

    [Fact]
    public void TwoSearches_EachLookTheirTermsUpThemselves()
    {
        var one = Budget();
        using (one.Enter())
            TermContext.Build(reader.Context, Pair("公开"));
        var other = Budget();
        using (other.Enter())
            Assert.Equal(index.Reader.DocFreq(Pair("公开")), TermContext.Build(reader.Context, Pair("公开")).DocFreq);

        Assert.Equal(one.Terms.Count, other.Terms.Count);
    }

    [Fact]
    public void Keeping_StopsAtItsCapacity()
    {
        var states = new TermStates();
        for (var i = 0; i < TermStates.Capacity + 10; i++)
            states.Add(new TermStates.Key(this, "f", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), null);

        Assert.Equal(TermStates.Capacity, states.Count);
        Assert.False(states.TryGet(new TermStates.Key(this, "f", (TermStates.Capacity + 5).ToString(System.Globalization.CultureInfo.InvariantCulture)), out _));
    }

    private int[] Ids(TopDocs hits) => [.. hits.ScoreDocs.Select(h => h.Doc).Order()];

    // The budgeted view closes nothing of its own: the index's reader is closed once, with the index.
    public void Dispose() => index.Dispose();
}
