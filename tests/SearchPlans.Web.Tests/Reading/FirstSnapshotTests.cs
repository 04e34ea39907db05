using Microsoft.Extensions.Logging;
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

    [Fact]
    public async Task A_preparation_that_fails_in_the_background_is_logged_with_its_generation()
    {
        var preparation = new SnapshotPreparation([_ => throw new InvalidOperationException("no matrix today")]);
        using var session = new CorpusSession(new WebAppOptions(site.IndexPath), preparation);
        var log = new RecordingLogger();
        using var watcher = new GenerationWatcher(session, new WebAppOptions(site.IndexPath) { RefreshInterval = TimeSpan.FromHours(1) }, log);

        await watcher.StartAsync(CancellationToken.None);
        var entry = await log.First.Task.WaitAsync(Bound);
        await watcher.StopAsync(CancellationToken.None);

        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains(session.Latest.Generation, entry.Message, StringComparison.Ordinal);
        Assert.Equal("no matrix today", entry.Error?.Message);
    }

    private sealed class RecordingLogger : ILogger<GenerationWatcher>
    {
        public TaskCompletionSource<(LogLevel Level, string Message, Exception? Error)> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            First.TrySetResult((logLevel, formatter(state, exception), exception));
    }
}
