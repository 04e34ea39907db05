using System.Collections.Concurrent;
using System.Runtime;
using SearchPlans.Compare;
using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Search;
using SearchPlans.Units;
using SearchPlans.Links;

namespace SearchPlans.Web.Reading;

/// <summary>
/// One index generation as the web app reads it: the stored corpus, an open searcher and the counterpart lookup,
/// with whatever the pages derive from them (links were computed at index time, so nothing here recomputes them).
/// A request works on one snapshot from start to end, so a re-index never shows it half of each.
/// </summary>
public sealed class CorpusSnapshot
{
    private readonly ConcurrentDictionary<object, Lazy<object>> derived = new();

    private CorpusSnapshot(string folder, Corpus corpus, UnitDirectory units, PlanSearcher searcher)
    {
        Folder = folder;
        Corpus = corpus;
        Units = units;
        Searcher = searcher;
        Counterparts = new CounterpartIndex(corpus);
    }

    /// <summary>The generation folder read, so a watcher can tell when the index has moved on.</summary>
    public string Folder { get; }

    /// <summary>The generation's name (g000003), shown by /api/status.</summary>
    public string Generation => Path.GetFileName(Folder);

    public DateTimeOffset OpenedAt { get; } = DateTimeOffset.UtcNow;

    public Corpus Corpus { get; }

    /// <summary>The corpus's canonical units, which the searcher's unit facet and filter use as /units lists them.</summary>
    public UnitDirectory Units { get; }

    public PlanSearcher Searcher { get; }

    /// <summary>Every requirement by id, with its plan and its counterparts in other plans.</summary>
    public CounterpartIndex Counterparts { get; }

    public IWordDiffer Differ { get; } = new WordDiffer();

    public PlanComparer Comparer { get; } = new();

    /// <summary>
    /// What the preparation builds, done: at once for a snapshot prepared as it opened, when the build ends for one
    /// prepared in the background.
    /// </summary>
    public Task Prepared { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Reads one complete generation (corpus and Lucene index from the same folder, so a build published in between
    /// cannot pair one generation's corpus with another's index), runs its engine paths once and builds what the
    /// preparation asks for.
    /// </summary>
    /// <param name="inBackground">
    /// Return once the snapshot can search, and build what the preparation asks for on another thread: for the first
    /// snapshot of a process, which has no older one to serve meanwhile. A page that needs a part not yet built waits
    /// for that part's one build (<see cref="Derived{T}"/>), as it waited for the whole server before.
    /// </param>
    public static CorpusSnapshot Open(string generationFolder, SnapshotPreparation preparation, bool inBackground = false)
    {
        // The plans' bodies stay on disk and the units were clustered when the generation was built, so opening a
        // generation reads neither every requirement nor grows the heap with them (issue 26).
        var corpus = CorpusStore.Map(generationFolder);
        var units = UnitDirectoryFile.ReadOrCluster(generationFolder, corpus);
        var searcher = new PlanSearcher(generationFolder, units);
        try
        {
            var snapshot = new CorpusSnapshot(generationFolder, corpus, units, searcher);
            snapshot.WarmUp();
            if (inBackground)
            {
                snapshot.Prepared = Task.Run(() => Prepare(snapshot, preparation));
                return snapshot;
            }
            Prepare(snapshot, preparation);
            return snapshot;
        }
        catch
        {
            searcher.Dispose();
            throw;
        }
    }

    private static void Prepare(CorpusSnapshot snapshot, SnapshotPreparation preparation)
    {
        preparation.Apply(snapshot);
        CompactTheHeap();
    }

    /// <summary>
    /// Opening a national corpus leaves hundreds of megabytes of its build's temporary arrays (sort keys, grouping
    /// tables) in the large object heap, which the GC does not compact unless asked; the server would keep that
    /// memory for as long as the snapshot serves. One blocking collection per opened generation hands it back.
    /// </summary>
    private static void CompactTheHeap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Data derived from this snapshot (a unit directory, a matrix), built once on first use and dropped with it.</summary>
    public T Derived<T>(object key, Func<CorpusSnapshot, T> build)
        where T : class =>
        (T)derived.GetOrAdd((typeof(T), key), _ => new Lazy<object>(() => build(this))).Value;

    /// <summary>Whether the data of that type and key has been derived already.</summary>
    public bool Holds<T>(object key) => derived.TryGetValue((typeof(T), key), out var held) && held.IsValueCreated;

    // The first search would otherwise pay for the index's first reads, ICU's dictionaries and the analysers
    // (half a second), and the first diff for the segmenter; a new generation must not hand that to a visitor.
    private void WarmUp()
    {
        Searcher.Search(new SearchRequest("政务公开 OR 公开*", Limit: 1));
        if (Corpus.Plans.SelectMany(p => p.Requirements).Take(2).ToList() is [var first, var second])
            Differ.Diff(first.Text, second.Text);
    }
}
