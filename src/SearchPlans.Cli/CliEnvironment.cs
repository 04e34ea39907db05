using System.Globalization;
using Microsoft.AspNetCore.Builder;
using SearchPlans.Cli.Localization;
using SearchPlans.Ingest;
using SearchPlans.Pipeline;

namespace SearchPlans.Cli;

/// <summary>
/// Everything a command touches outside its arguments, passed in so tests run commands in-process
/// against their own writers and a hand-made ingester.
/// </summary>
/// <param name="Colour">Whether standard output is a terminal that should get ANSI colour.</param>
/// <param name="Ingest">Reads a folder of plan files in place of the ingester (one result per file); null for the ingester.</param>
internal sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    bool Colour,
    IPipelineProgress Progress,
    Func<string, IReadOnlyList<IngestResult>>? Ingest)
{
    /// <summary>The language of the text output when --lang does not name one: what the environment asks for, else Chinese.</summary>
    public CultureInfo Language { get; init; } = InterfaceLanguage.Chinese;

    /// <summary>Reads, links and writes indexes, showing each long step on standard error.</summary>
    public IndexPipeline Pipeline => new(Progress, Ingest);

    /// <summary>The same pipeline showing nothing, for steps inside a command's own progress display.</summary>
    public IndexPipeline QuietPipeline => new(SilentProgress.Instance, Ingest);

    /// <summary>
    /// Runs the web app `serve` built and returns the exit code; by default until the process is stopped. Tests
    /// pass their own, which starts the app, asks it something and stops it.
    /// </summary>
    public Func<WebApplication, int> Serve { get; init; } = app =>
    {
        app.Run();
        return ExitCodes.Success;
    };

    public static CliEnvironment FromConsole()
    {
        // NO_COLOR (no-color.org) turns colour off even in a terminal.
        var colour = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        IPipelineProgress progress = Console.IsErrorRedirected ? new PlainProgress(Console.Error) : new SpectreProgress(Console.Error);
        return new CliEnvironment(Console.Out, Console.Error, colour, progress, Ingest: null)
        {
            Language = InterfaceLanguage.FromEnvironment(Environment.GetEnvironmentVariable, CultureInfo.CurrentUICulture),
        };
    }

    /// <summary>Writes "searchplans: message" to standard error.</summary>
    public void Fail(string message) => Error.WriteLine("searchplans: " + message);
}
