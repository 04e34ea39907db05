using SearchPlans.Search;

namespace SearchPlans.Web.Reading;

/// <summary>
/// Loads the index and runs the engine's paths once before the server takes requests: the first search would
/// otherwise pay for opening the index, loading ICU's dictionaries and compiling the analysers (half a second),
/// and the first diff for the segmenter.
/// </summary>
public sealed class SessionWarmup(CorpusSession session) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        session.Searcher.Search(new SearchRequest("政务公开 OR 公开*", Limit: 1));
        if (session.Corpus.Plans.SelectMany(p => p.Requirements).Take(2).ToList() is [var first, var second])
            session.Differ.Diff(first.Text, second.Text);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
