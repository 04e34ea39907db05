using System.CommandLine;
using SearchPlans.Tools.Bench;

namespace SearchPlans.Tools.Commands;

/// <summary>
/// `searchplans-tools bench-build`: the bench's build of one size, in a process of its own so its peak memory is
/// the build's (<see cref="StageProcess"/>). Hidden: the bench runs it, people run `bench`.
/// </summary>
internal sealed class BenchBuildCommand : Command
{
    private const string Stage = "bench-build";

    private static readonly Option<string> PlansFolder = new("--plans-folder") { Description = "The plan files to read", Required = true };

    private static readonly Option<string> Index = new("--index") { Description = "The index folder to build", Required = true };

    private static readonly Option<string?> WarmUp = new("--warm-up") { Description = "A tiny corpus to build first, untimed" };

    public BenchBuildCommand(CliEnvironment env) : base(Stage, "Build one size of the bench and print its times and peak memory as JSON.")
    {
        Hidden = true;
        Options.Add(PlansFolder);
        Options.Add(Index);
        Options.Add(WarmUp);
        Options.Add(CommonOptions.Links);
        SetAction(parse =>
        {
            var report = BuildStage.Run(parse.GetValue(PlansFolder)!, parse.GetValue(Index)!, parse.GetLinkScope(), parse.GetValue(WarmUp));
            return StageProcess.Print(env, report);
        });
    }

    public static IReadOnlyList<string> StageArguments(string plansFolder, string index, string links, string? warmUpFolder) =>
        warmUpFolder is null
            ? [Stage, "--plans-folder", plansFolder, "--index", index, "--links", links]
            : [Stage, "--plans-folder", plansFolder, "--index", index, "--links", links, "--warm-up", warmUpFolder];
}
