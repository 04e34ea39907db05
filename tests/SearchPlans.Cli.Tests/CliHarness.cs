using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using SearchPlans.Cli;
using SearchPlans.Cli.Localization;
using SearchPlans.Index;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Cli;

/// <summary>What one in-process run of the command line printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error);

/// <summary>Runs command lines in-process with captured output and a hand-made ingester.</summary>
internal static class CliHarness
{
    /// <summary>Every sample plan read successfully, as the ingester would report it.</summary>
    public static IReadOnlyList<IngestResult> SampleResults(string _) =>
        SampleCorpus.Create().Plans.Select(p => new IngestResult(p.SourceName, p, [], null)).ToList();

    /// <param name="serve">What `serve` does with the app it built; by default the test fails if it gets that far.</param>
    /// <param name="environmentLanguage">The language the environment asks for (LANG), English unless a test says otherwise;
    /// --lang on the command line outranks it.</param>
    /// <param name="root">The command tree to run: the command line's by default, or the measuring tools'.</param>
    public static CliRun Run(string[] args, Func<string, IReadOnlyList<IngestResult>>? ingest = null, bool colour = false,
        Func<WebApplication, int>? serve = null, string environmentLanguage = "en", Func<CliEnvironment, RootCommand>? root = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new CliEnvironment(output, error, colour, new PlainProgress(error),
            ingest ?? (_ => throw new InvalidOperationException("this test expects no ingestion")))
        {
            Serve = serve ?? (_ => throw new InvalidOperationException("this test expects no server")),
            Language = InterfaceLanguage.Named(environmentLanguage) ?? throw new ArgumentException($"no language {environmentLanguage}"),
        };
        var exitCode = CliApp.Run((root ?? CliApp.CreateRoot)(env), args, env);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>The sample corpus indexed once for a test class.</summary>
public sealed class SampleIndexFolder : IDisposable
{
    private readonly TempFolder folder = new();

    public SampleIndexFolder() => IndexBuilder.Build(SampleCorpus.Create(), Path);

    public string Path => folder.Combine("index");

    public void Dispose() => folder.Dispose();
}
