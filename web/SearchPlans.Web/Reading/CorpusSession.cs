using Lucene.Net.Search;
using SearchPlans.Index;

namespace SearchPlans.Web.Reading;

/// <summary>
/// Hands out the index's current snapshot and moves to a newer generation when a build publishes one, the way
/// Lucene's SearcherManager reopens a searcher: requests acquire the snapshot and release it when done, and an old
/// snapshot's searcher closes only after its last request has released it, so a switch fails no request.
/// </summary>
public sealed class CorpusSession : ReferenceManager<CorpusSnapshot>
{
    private readonly string indexDirectory;
    private readonly SnapshotPreparation preparation;

    public CorpusSession(WebAppOptions options, SnapshotPreparation preparation)
    {
        indexDirectory = options.IndexDirectory;
        this.preparation = preparation;
        if (!IndexLayout.Exists(indexDirectory))
            throw new InvalidOperationException($"no index in \"{indexDirectory}\"; run `searchplans index` first.");
        // Nothing serves before the first snapshot, so it answers searches while the rest of its pages' data is built.
        Current = CorpusSnapshot.Open(IndexLayout.Resolve(indexDirectory), preparation, inBackground: true);
    }

    /// <summary>The snapshot new requests get, without taking a reference: for reporting, not for reading.</summary>
    public CorpusSnapshot Latest => Current;

    /// <summary>A new snapshot when the index's current generation is not the one served, else null.</summary>
    /// <remarks>Lucene's contract is "null when nothing changed"; its signature predates nullable annotations.</remarks>
    protected override CorpusSnapshot RefreshIfNeeded(CorpusSnapshot referenceToRefresh)
    {
        var folder = IndexLayout.Resolve(indexDirectory);
        return folder == referenceToRefresh.Folder || !IndexLayout.Exists(indexDirectory) ? null! : CorpusSnapshot.Open(folder, preparation);
    }

    protected override bool TryIncRef(CorpusSnapshot reference) => reference.Searcher.TryIncRef();

    protected override void DecRef(CorpusSnapshot reference) => reference.Searcher.DecRef();

    protected override int GetRefCount(CorpusSnapshot reference) => reference.Searcher.RefCount;
}
