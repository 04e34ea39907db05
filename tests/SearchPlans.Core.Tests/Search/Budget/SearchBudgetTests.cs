using Lucene.Net.Index;
using SearchPlans.Search;
using SearchPlans.Search.Budget;

namespace SearchPlans.Tests.Search.Budget;

/// <summary>A search stops when its caller gives up, in the term dictionary as well as while collecting.</summary>
public sealed class SearchBudgetTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void Search_WithACancelledToken_IsStoppedWithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => index.Searcher.Search(new SearchRequest("*公开*"), cancelled.Token));
    }

    [Fact]
    public void BudgetedReader_WalkingTermsUnderACancelledBudget_Stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var budget = new SearchBudget(cancelled.Token, Lucene.Net.Search.TimeLimitingCollector.GlobalCounter, long.MaxValue);
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(
            SearchPlans.Index.IndexLayout.LuceneDirectory(SearchPlans.Index.IndexLayout.Resolve(index.IndexPath))));
        var budgeted = new BudgetedReader(reader);

        using (budget.Enter())
        {
            var terms = budgeted.Leaves[0].AtomicReader.Fields.GetTerms(SearchPlans.Index.IndexFields.TextBigrams).GetEnumerator();
            Assert.ThrowsAny<OperationCanceledException>(() => terms.MoveNext());
        }
    }

    [Fact]
    public void BudgetedReader_WalkingTermsWithNoBudget_ReadsThemAll()
    {
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(
            SearchPlans.Index.IndexLayout.LuceneDirectory(SearchPlans.Index.IndexLayout.Resolve(index.IndexPath))));
        var terms = new BudgetedReader(reader).Leaves[0].AtomicReader.Fields.GetTerms(SearchPlans.Index.IndexFields.TextBigrams).GetEnumerator();
        var count = 0;
        while (terms.MoveNext())
            count++;

        Assert.True(count > BudgetedReader.Stride);
    }
}
