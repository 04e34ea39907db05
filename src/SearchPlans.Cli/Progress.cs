using System.Diagnostics;
using System.Globalization;
using SearchPlans.Localization;
using SearchPlans.Pipeline;
using Spectre.Console;
using Text = SearchPlans.Cli.Localization.Text;

namespace SearchPlans.Cli;

internal static class StepTime
{
    /// <summary>"0.4 s", "12 s", "9 min 3 s".</summary>
    public static string Format(TimeSpan elapsed) => elapsed.TotalSeconds switch
    {
        < 10 => Text.Format("{0} s", elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)),
        < 60 => Text.Format("{0} s", elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)),
        _ => Text.Format("{0} min {1} s", (int)elapsed.TotalMinutes, elapsed.Seconds),
    };
}

/// <summary>
/// For a terminal: a progress bar for a step that counts its units (files read), a spinner for the others, then
/// how long the step took, so a slow run tells where its time went. Progress goes to standard error so standard
/// output stays the report.
/// </summary>
internal sealed class SpectreProgress(TextWriter terminal) : IPipelineProgress
{
    private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(terminal) });

    public T Run<T>(PipelineStep step, Func<IProgress<int>, T> work)
    {
        var clock = Stopwatch.StartNew();
        var label = Markup.Escape(EngineWords.Say(step));
        var result = step.Size > 0
            ? console.Progress().AutoClear(true).Start(context => work(new BarProgress(context.AddTask(label, maxValue: step.Size))))
            : console.Status().Spinner(Spinner.Known.Dots).Start(label + "…", _ => work(new Progress<int>()));
        console.MarkupLine($"[grey]{label}: {StepTime.Format(clock.Elapsed)}[/]");
        return result;
    }

    /// <summary>Moves the bar to the highest count reported; parallel readers may report out of order.</summary>
    private sealed class BarProgress(ProgressTask task) : IProgress<int>
    {
        private readonly Lock gate = new();

        public void Report(int value)
        {
            lock (gate)
                task.Value = Math.Max(task.Value, value);
        }
    }
}

/// <summary>One line per step, for logs and pipes where a bar would leave escape codes.</summary>
internal sealed class PlainProgress(TextWriter log) : IPipelineProgress
{
    public T Run<T>(PipelineStep step, Func<IProgress<int>, T> work)
    {
        log.WriteLine(EngineWords.Say(step) + "…");
        var clock = Stopwatch.StartNew();
        var result = work(new Progress<int>());
        log.WriteLine("  " + Text.Format("done in {0}", StepTime.Format(clock.Elapsed)));
        return result;
    }
}
