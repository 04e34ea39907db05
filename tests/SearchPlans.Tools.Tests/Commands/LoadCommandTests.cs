using System.Text.Json;
using SearchPlans.Cli;
using SearchPlans.Ingest;
using SearchPlans.Tests.Cli;
using SearchPlans.Web;

namespace SearchPlans.Tests.Tools.Commands;

/// <summary>`searchplans-tools load` against the web app on a real loopback port, over an index of the seeds.</summary>
public sealed class LoadCommandTests : IDisposable
{
    private readonly SeedIndexFolder index = new();
    private readonly TempFolder output = new();

    public void Dispose()
    {
        output.Dispose();
        index.Dispose();
    }

    [Fact]
    public async Task A_load_during_repeated_reindexing_fails_no_request_and_sees_the_server_switch()
    {
        await using var app = WebApp.Build(["--urls", "http://127.0.0.1:0"],
            new WebAppOptions(index.Path) { RefreshInterval = TimeSpan.FromMilliseconds(100) });
        await app.StartAsync();
        var report = output.Combine("load.json");

        var run = await Task.Run(() => Tools(
            // The run lasts until the server has switched to a second generation and answered enough requests to have
            // met every kind the assertions name, however long a busy machine takes.
            ["load", "--url", app.Urls.First(), "--seconds", "2", "--until-generations", "2", "--until-requests", "150", "--concurrency", "2", "--reindex",
             "--index", index.Path, "--seeds", SeedIndexFolder.SeedsPath, "--out", report],
            new PlanIngester().IngestDirectory));
        await app.StopAsync();

        Assert.True(run.ExitCode == ExitCodes.Success, run.Out + run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.True(root.GetProperty("requests").GetInt32() > 0);
        Assert.True(root.GetProperty("rebuilds").GetInt32() >= 1, run.Out);
        Assert.True(root.GetProperty("generations").GetArrayLength() >= 2, run.Out);
        var kinds = root.GetProperty("byKind").EnumerateArray().Select(k => k.GetProperty("kind").GetString()!).ToList();
        Assert.Subset(new HashSet<string> { "compare", "plan", "requirement", "search", "variants", "plans", "units", "matrix", "review" }, kinds.ToHashSet());
        Assert.Superset(new HashSet<string> { "compare", "plan", "requirement", "search" }, kinds.ToHashSet());
        Assert.Contains("0 errors", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Reindex_without_an_index_to_rebuild_is_a_usage_error()
    {
        var run = Tools(["load", "--url", "http://127.0.0.1:9", "--reindex", "--index", output.Combine("none"), "--seeds", SeedIndexFolder.SeedsPath]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--reindex rebuilds the server's index", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_that_does_not_answer_is_named_in_the_message()
    {
        // Port 9 (discard) has no listener on loopback here, so the connection is refused at once.
        var run = Tools(["load", "--url", "http://127.0.0.1:9", "--seconds", "1"]);

        Assert.Equal(ExitCodes.NoIndex, run.ExitCode);
        Assert.Contains("cannot read the plans of the server at http://127.0.0.1:9/", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_that_is_not_http_is_refused()
    {
        var run = Tools(["load", "--url", "ftp://example"]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--url takes the server's http address", run.Error, StringComparison.Ordinal);
    }

    private static CliRun Tools(string[] args, Func<string, IReadOnlyList<IngestResult>>? ingest = null) =>
        CliHarness.Run(args, ingest, root: SearchPlans.Tools.ToolsRoot.Create);
}
