using System.CommandLine;
using SearchPlans.Cli.Localization;
using SearchPlans.Tools.Commands;

namespace SearchPlans.Tools;

/// <summary>
/// The measuring tools, kept out of the shipped command line: they generate corpora and time the whole pipeline, or
/// load a running server, and their reports are for whoever tunes the engine rather than for its users.
/// </summary>
internal static class ToolsRoot
{
    public static RootCommand Create(CliEnvironment env) => new("Measure SearchPlans: the pipeline on generated corpora (bench), a running server under load (load).")
    {
        InterfaceLanguage.Option,
        new BenchCommand(env),
        new LoadCommand(env),
        new BenchBuildCommand(env),
        new BenchServeCommand(env),
    };
}
