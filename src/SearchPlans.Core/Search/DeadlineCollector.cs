using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPlans.Search.Budget;

namespace SearchPlans.Search;

/// <summary>
/// Passes documents on to another collector until a deadline or until its search's <see cref="SearchBudget"/> says
/// stop, then stops the search with <see cref="SearchTimeExceededException"/> (or the budget's exception). It reads the clock once every <see cref="Stride"/> documents, from the
/// first: Lucene's TimeLimitingCollector reads it for every document, which cost a search matching 70,000
/// documents about a tenth of its time.
/// </summary>
internal sealed class DeadlineCollector(ICollector inner, Counter clock, long deadline, SearchBudget? budget = null) : ICollector
{
    /// <summary>Documents between two readings of the clock: a few microseconds of collecting.</summary>
    internal const int Stride = 1024;

    private int untilCheck;

    /// <summary>A collector that stops <paramref name="allowedMilliseconds"/> after now on <paramref name="clock"/>.</summary>
    public static DeadlineCollector After(ICollector inner, Counter clock, long allowedMilliseconds) =>
        new(inner, clock, clock.Value + allowedMilliseconds);

    /// <summary>A collector that stops when <paramref name="budget"/> runs out.</summary>
    public static DeadlineCollector Within(ICollector inner, SearchBudget budget) => new(inner, budget.Clock, budget.Deadline, budget);

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Check();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (--untilCheck < 0)
            Check();
        inner.Collect(doc);
    }

    private void Check()
    {
        untilCheck = Stride - 1;
        budget?.Check();
        if (clock.Value > deadline)
            throw new SearchTimeExceededException();
    }
}

/// <summary>A search ran past its deadline.</summary>
internal sealed class SearchTimeExceededException() : Exception("The search ran past its time limit.");
