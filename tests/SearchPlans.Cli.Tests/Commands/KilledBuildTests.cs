using System.Diagnostics;
using SearchPlans.Cli;
using SearchPlans.Index;
using SearchPlans.Ingest;
using SearchPlans.Search;

namespace SearchPlans.Tests.Cli.Commands;

/// <summary>
/// `searchplans index` run as a real process and killed (SIGKILL) at spread-out moments of a rebuild: the last
/// good index must stay searchable after every kill.
/// </summary>
public sealed class KilledBuildTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string IndexPath => folder.Combine("index");

    [Fact]
    public void ABuildKilledAtAnyMoment_LeavesTheLastGoodIndexSearchable()
    {
        var first = CliHarness.Run(["index", "--seeds", SeedIndexFolder.SeedsPath, "--index", IndexPath], new PlanIngester().IngestDirectory);
        Assert.Equal(ExitCodes.Success, first.ExitCode);
        var expected = Search("三同步");

        // Kill times spread over the whole build, start-up through publishing; fixed so a failure can be replayed.
        foreach (var delay in new[] { 50, 300, 600, 900, 1200, 1500, 1800, 2400 })
        {
            using var build = StartIndexProcess();
            Thread.Sleep(delay);
            build.Kill(entireProcessTree: true);
            build.WaitForExit();

            Assert.True(IndexLayout.Exists(IndexPath), $"no searchable index after a kill at {delay} ms");
            Assert.Equal(expected, Search("三同步"));
            Assert.Equal(5, CorpusStore.Load(IndexPath).Plans.Count);
        }

        var last = CliHarness.Run(["index", "--seeds", SeedIndexFolder.SeedsPath, "--index", IndexPath], new PlanIngester().IngestDirectory);
        Assert.Equal(ExitCodes.Success, last.ExitCode);
        Assert.All(Directory.GetDirectories(IndexPath), g => Assert.True(File.Exists(Path.Combine(g, IndexLayout.CompleteMarkerName)), $"{g} is an unfinished generation left behind"));
    }

    private int Search(string query)
    {
        using var searcher = new PlanSearcher(IndexPath);
        return searcher.Search(new SearchRequest(query)).Total;
    }

    private Process StartIndexProcess()
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(CliApp).Assembly.Location, "index", "--seeds", SeedIndexFolder.SeedsPath, "--index", IndexPath })
            info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start searchplans");
    }
}
