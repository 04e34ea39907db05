using Spectre.Console;

namespace SearchPlans.Cli;

/// <summary>Shows that a long step is under way. Progress goes to standard error so standard output stays the report.</summary>
internal interface IProgressDisplay
{
    T Run<T>(string description, Func<T> work);
}

/// <summary>A Spectre spinner, for a terminal.</summary>
internal sealed class SpectreProgress(TextWriter terminal) : IProgressDisplay
{
    private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(terminal) });

    public T Run<T>(string description, Func<T> work) =>
        console.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(description) + "…", _ => work());
}

/// <summary>One line per step, for logs and pipes where a spinner would leave escape codes.</summary>
internal sealed class PlainProgress(TextWriter log) : IProgressDisplay
{
    public T Run<T>(string description, Func<T> work)
    {
        log.WriteLine(description + "…");
        return work();
    }
}
