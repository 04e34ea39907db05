
namespace SearchPlans.Tools.Load;

/// <summary>
/// Rebuilds an index from its seeds folder again and again, as `searchplans index` would, each build publishing a
/// new generation for the server to switch to.
/// </summary>
internal sealed class Reindexer(CliEnvironment env, string seeds, string index)
{
    /// <returns>How many generations were published before <paramref name="stop"/>.</returns>
    public Task<int> RunUntil(CancellationToken stop) => Task.Run(() =>
    {
        var published = 0;
        while (!stop.IsCancellationRequested)
        {
            env.QuietPipeline.Build(seeds, index);
            published++;
        }
        return published;
    }, CancellationToken.None);
}
