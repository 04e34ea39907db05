using SearchPlans.Cli;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Cli;

/// <summary>The real seed plans read, linked and indexed once for a test class, through `searchplans index`.</summary>
public sealed class SeedIndexFolder : IDisposable
{
    private readonly TempFolder folder = new();

    public SeedIndexFolder()
    {
        var run = CliHarness.Run(["index", "--seeds", SeedsPath, "--index", Path, "--format", "json"], new PlanIngester().IngestDirectory);
        if (run.ExitCode != ExitCodes.Success)
            throw new InvalidOperationException($"indexing the seeds failed: {run.Error}");
        IndexReport = run.Out;
    }

    /// <summary>What `index --format json` printed while building it.</summary>
    public string IndexReport { get; }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedsPath => System.IO.Path.Combine(RepositoryRoot, "seeds");

    public string Path => folder.Combine("index");

    public void Dispose() => folder.Dispose();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SearchPlans.sln")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root above the test binaries");
    }
}
