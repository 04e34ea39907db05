using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using SearchPlans.Cli;

namespace SearchPlans.Tests.Cli.Commands;

public sealed class ServeCommandTests(SampleIndexFolder index) : IClassFixture<SampleIndexFolder>
{
    /// <summary>Starts the app on a free port, fetches one address from it, and stops it again.</summary>
    private static Func<WebApplication, int> FetchOnce(string path, Action<string> read) => app =>
    {
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            read(client.GetStringAsync(path).GetAwaiter().GetResult());
            return ExitCodes.Success;
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
        }
    };

    [Fact]
    public void Serve_WithNeitherIndexNorSeeds_SaysSoAndExitsNoIndexWithoutServing()
    {
        var run = CliHarness.Run(["serve", "--index", "no-such-index", "--seeds", "no-such-seeds"]);

        Assert.Equal(ExitCodes.NoIndex, run.ExitCode);
        Assert.Contains("no index in \"no-such-index\" and no folder \"no-such-seeds\"", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("not-a-url")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("http://127.0.0.1:0;nonsense")]
    public void Serve_WithAnAddressThatIsNotHttp_ExitsWithUsageError(string urls)
    {
        var run = CliHarness.Run(["serve", "--urls", urls, "--index", index.Path]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--urls takes http or https addresses", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_WithAnIndex_AnswersOnTheAddressGiven()
    {
        var body = "";
        var run = CliHarness.Run(["serve", "--urls", "http://127.0.0.1:0", "--index", index.Path], serve: FetchOnce("/api/plans", b => body = b));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(4, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Serve_WithoutAnIndex_BuildsItFromTheSeedsFirst()
    {
        using var folder = new TempFolder();
        var seeds = Directory.CreateDirectory(folder.Combine("seeds")).FullName;
        var body = "";

        var run = CliHarness.Run(["serve", "--urls", "http://127.0.0.1:0", "--index", folder.Combine("index"), "--seeds", seeds],
            CliHarness.SampleResults, serve: FetchOnce("/plans", b => body = b));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("building it from", run.Error, StringComparison.Ordinal);
        Assert.Contains("河源市贯彻落实省政府办公厅2022年政务公开工作要点分工方案", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_OnAnAddressInUse_SaysItCannotListen()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var run = CliHarness.Run(["serve", "--urls", $"http://127.0.0.1:{port}", "--index", index.Path], serve: FetchOnce("/", _ => { }));

        Assert.Equal(ExitCodes.CannotListen, run.ExitCode);
        Assert.Contains($"cannot listen on http://127.0.0.1:{port}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_OnAnIndexMissingItsLinksFile_SaysTheIndexIsDamagedNotThatItCannotListen()
    {
        using var folder = new TempFolder();
        var damaged = folder.Combine("index");
        SearchPlans.Index.IndexBuilder.Build(SampleCorpus.Create(), damaged);
        File.Delete(SearchPlans.Index.LinkColumnsFile.PathIn(SearchPlans.Index.IndexLayout.Resolve(damaged)));

        var run = CliHarness.Run(["--lang", "en", "serve", "--urls", "http://127.0.0.1:0", "--index", damaged], serve: FetchOnce("/", _ => { }));

        Assert.Equal(ExitCodes.NoIndex, run.ExitCode);
        Assert.Contains("The index is damaged", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot listen", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000;http://[::1]:5001", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://127.0.0.1:5000;http://192.168.1.5:5000", false)]
    [InlineData("http://example.org", false)]
    public void ListensOnLoopbackOnly_ByEveryAddress(string urls, bool loopback) =>
        Assert.Equal(loopback, SearchPlans.Cli.Commands.ServeCommand.ListensOnLoopbackOnly(urls));

    [Fact]
    public void Serve_WithAMissingReviewersFile_IsAUsageError()
    {
        var run = CliHarness.Run(["serve", "--index", index.Path, "--reviewers", Path.Combine(index.Path, "none.tsv")]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("no reviewers file", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "searchplans: 网页应用已在 http://127.0.0.1:", "；按 Ctrl+C 停止。")]
    [InlineData("en", "searchplans: serving the web app on http://127.0.0.1:", "; Ctrl+C stops it.")]
    public void Serve_Started_SaysWhereInTheChosenLanguage(string language, string start, string end)
    {
        var run = CliHarness.Run(["serve", "--urls", "http://127.0.0.1:0", "--index", index.Path, "--lang", language], serve: FetchOnce("/", _ => { }));

        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(start, line, StringComparison.Ordinal);
        Assert.EndsWith(end, line, StringComparison.Ordinal);
    }
}
