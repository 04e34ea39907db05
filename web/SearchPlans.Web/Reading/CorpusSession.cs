using SearchPlans.Align;
using SearchPlans.Compare;
using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Web.Reading;

/// <summary>
/// The stored corpus and an open searcher over one index, loaded once at start-up and shared by every request
/// (links were computed at index time, so nothing here recomputes them).
/// </summary>
public sealed class CorpusSession : IDisposable
{
    public CorpusSession(WebAppOptions options)
    {
        if (!IndexLayout.Exists(options.IndexDirectory))
            throw new InvalidOperationException($"no index in \"{options.IndexDirectory}\"; run `searchplans index` first.");
        Corpus = CorpusStore.Load(options.IndexDirectory);
        Searcher = new PlanSearcher(options.IndexDirectory);
        Counterparts = new CounterpartIndex(Corpus);
    }

    public Corpus Corpus { get; }

    public PlanSearcher Searcher { get; }

    /// <summary>Every requirement by id, with its plan and its counterparts in other plans.</summary>
    public CounterpartIndex Counterparts { get; }

    public IWordDiffer Differ { get; } = new WordDiffer();

    public PlanComparer Comparer { get; } = new();

    public void Dispose() => Searcher.Dispose();
}
