namespace SearchPlans.Web.Reading;

/// <summary>
/// A request's hold on one snapshot: taken when the request first needs the corpus, given back when the request
/// ends (the container disposes scoped services then).
/// </summary>
public sealed class SnapshotLease(CorpusSession session) : IDisposable
{
    private int released;

    public CorpusSnapshot Snapshot { get; } = session.Acquire();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
            session.Release(Snapshot);
    }
}
