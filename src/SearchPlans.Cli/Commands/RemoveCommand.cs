using System.CommandLine;
using SearchPlans.Cli.Localization;

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
        if (IndexOpening.Existing(env, parse) is not { } index)
            return ExitCodes.NoIndex;
        var id = parse.GetValue(Plan)!;
        if (env.Pipeline.Remove(index, id) is not { } plan)
        {
            IndexOpening.NoPlan(env, id);
            return ExitCodes.NotFound;
        }
        env.Out.WriteLine(Text.Format("removed {0} ({1} requirements) from {2}.", id, plan.Requirements.Count, index));
        return ExitCodes.Success;
    }
}
