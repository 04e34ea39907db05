using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace SearchPlans.Cli;

/// <summary>
/// Shows that a long step is under way, then how long it took, so a slow run tells where its time went. Progress goes
/// to standard error so standard output stays the report.
/// </summary>
internal interface IProgressDisplay
{
    T Run<T>(string description, Func<T> work);
}

internal static class StepTime
{
    /// <summary>"0.4 s", "12 s", "9 min 3 s".</summary>
    public static string Format(TimeSpan elapsed) => elapsed.TotalSeconds switch
    {
        < 10 => elapsed.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture),
        < 60 => elapsed.TotalSeconds.ToString("0 s", CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds} s"),
    };
}

/// <summary>A Spectre spinner, for a terminal.</summary>
internal sealed class SpectreProgress(TextWriter terminal) : IProgressDisplay
{
    private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(terminal) });

    public T Run<T>(string description, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = console.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(description) + "…", _ => work());
        console.MarkupLine($"[grey]{Markup.Escape(description)}: {StepTime.Format(clock.Elapsed)}[/]");
        return result;
    }
}

/// <summary>One line per step, for logs and pipes where a spinner would leave escape codes.</summary>
internal sealed class PlainProgress(TextWriter log) : IProgressDisplay
{
    public T Run<T>(string description, Func<T> work)
    {
        log.WriteLine(description + "…");
        var clock = Stopwatch.StartNew();
        var result = work();
        log.WriteLine($"  done in {StepTime.Format(clock.Elapsed)}");
        return result;
    }
}
