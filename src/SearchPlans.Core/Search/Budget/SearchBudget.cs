namespace SearchPlans.Search.Budget;

/// <summary>
/// What one search may still spend: it stops when its caller gives up (a browser closes the page, the server stops)
/// or when it passes its deadline. The term dictionary and the collectors ask it as they go, so rewriting a
/// wildcard into its terms is stopped as well as collecting the matches.
/// </summary>
internal sealed class SearchBudget(CancellationToken cancellation, Lucene.Net.Util.Counter clock, long deadline)
{
    public Lucene.Net.Util.Counter Clock => clock;

    /// <summary>The terms this search has looked up, per segment, so it looks each up once.</summary>
    public TermStates Terms { get; } = new();

    /// <summary>When the search must end, on <see cref="Clock"/>.</summary>
    public long Deadline => deadline;

    private static readonly AsyncLocal<SearchBudget?> Running = new();

    /// <summary>The budget of the search running on this flow of execution, if any.</summary>
    public static SearchBudget? Current => Running.Value;

    /// <summary>Makes this the current budget until the returned scope ends.</summary>
    public IDisposable Enter()
    {
        var outer = Running.Value;
        Running.Value = this;
        return new Scope(() => Running.Value = outer);
    }

    /// <exception cref="OperationCanceledException">The caller gave up.</exception>
    /// <exception cref="SearchTimeExceededException">The deadline passed.</exception>
    public void Check()
    {
        cancellation.ThrowIfCancellationRequested();
        if (clock.Value > deadline)
            throw new SearchTimeExceededException();
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
