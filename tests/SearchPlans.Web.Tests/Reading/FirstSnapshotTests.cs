using SearchPlans.Search;
using SearchPlans.Web;
using SearchPlans.Web.Reading;

namespace SearchPlans.Tests.Web.Reading;

/// <summary>
/// The server's first snapshot has no older one to serve meanwhile, so it searches as soon as it can and builds what
/// the pages prepare beside it (issue 26: start in under 30 s on a national corpus).
/// </summary>
public sealed class FirstSnapshotTests : IDisposable
{
    // A generous bound on waiting for an event that is already due: it never times anything.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    private readonly SwitchingSite site = new(TimeSpan.FromHours(1));

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task The_first_snapshot_searches_before_its_preparation_is_built_and_holds_it_once_built()
    {
        using var gate = new ManualResetEventSlim();
        var preparation = new SnapshotPreparation([s =>
        {
            gate.Wait(Bound);
            s.Derived("prepared", _ => new object());
        }]);

        using var session = new CorpusSession(new WebAppOptions(site.IndexPath), preparation);
        var snapshot = session.Latest;

        Assert.False(snapshot.Prepared.IsCompleted);
        Assert.NotEmpty(snapshot.Searcher.Search(new SearchRequest("公开", Limit: 1), CancellationToken.None).Hits);
        gate.Set();
        await snapshot.Prepared.WaitAsync(Bound);
        Assert.True(snapshot.Holds<object>("prepared"));
    }
}
