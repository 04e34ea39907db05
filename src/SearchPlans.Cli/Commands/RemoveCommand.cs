using System.CommandLine;
using SearchPlans.Pipeline;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans remove PLAN_ID`: takes one plan and its links out of the index.</summary>
internal sealed class RemoveCommand : Command
{
    private static readonly Argument<string> Plan = new("PLAN_ID") { Description = "The plan to remove, e.g. heyuan-2022" };

    public RemoveCommand(CliEnvironment env) : base("remove", "Remove a plan from the index.")
    {
        Arguments.Add(Plan);
        Options.Add(CommonOptions.Index);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var index = parse.GetValue(CommonOptions.Index)!;
        if (!IndexPipeline.Exists(index))
        {
            env.Fail($"no index in \"{index}\"; build one with `searchplans index --seeds DIR` first.");
            return ExitCodes.NoIndex;
        }
        var id = parse.GetValue(Plan)!;
        if (env.Pipeline.Remove(index, id) is not { } plan)
        {
            env.Fail($"no plan \"{id}\" in the index; `searchplans docs` lists them.");
            return ExitCodes.NotFound;
        }
        env.Out.WriteLine($"removed {id} ({plan.Requirements.Count} requirements) from {index}.");
        return ExitCodes.Success;
    }
}
