namespace SearchPlans.Web.Reading;

/// <summary>
/// Looks for a newly published index generation every <see cref="WebAppOptions.RefreshInterval"/> and loads it in
/// the background, so a server left running picks up `searchplans index`, `add` and `remove` without a restart.
/// </summary>
public sealed partial class GenerationWatcher(CorpusSession session, WebAppOptions options, ILogger<GenerationWatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reporting = ReportPreparation(session.Latest);
        using var timer = new PeriodicTimer(options.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            Refresh();
        await reporting;
    }

    /// <summary>Moves to the newest generation now; true when the snapshot changed.</summary>
    public bool Refresh()
    {
        var before = session.Latest;
        try
        {
            session.MaybeRefreshBlocking();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException)
        {
            // A generation that cannot be read (pruned while opening, damaged on disk) must not stop the server:
            // keep serving the snapshot in hand and try again on the next tick.
            LogRefreshFailed(log, e, before.Generation);
            return false;
        }
        var after = session.Latest;
        if (ReferenceEquals(before, after))
            return false;
        LogSwitched(log, before.Generation, after.Generation, after.Corpus.Plans.Count);
        return true;
    }

    /// <summary>
    /// The first snapshot's pages' data is built in the background (<see cref="CorpusSnapshot.Prepared"/>): a build
    /// that failed is said in the log, where it would otherwise show only as the failing pages.
    /// </summary>
    private async Task ReportPreparation(CorpusSnapshot snapshot)
    {
        try
        {
            await snapshot.Prepared;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPreparationFailed(log, e, snapshot.Generation);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not build the review order, units or matrix of {Generation}; those pages will fail until the next generation.")]
    private static partial void LogPreparationFailed(ILogger logger, Exception error, string generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index switched from {Old} to {New} ({Plans} plans).")]
    private static partial void LogSwitched(ILogger logger, string old, string @new, int plans);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the index's new generation; still serving {Generation}.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception error, string generation);
}
