using System.CommandLine;
using SearchPlans.Index;

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
        if (!IndexLayout.Exists(index))
        {
            env.Fail($"no index in \"{index}\"; build one with `searchplans index --seeds DIR` first.");
            return ExitCodes.NoIndex;
        }
        var id = parse.GetValue(Plan)!;
        var corpus = CorpusStore.Load(index);
        if (corpus.FindPlan(id) is not { } plan)
        {
            env.Fail($"no plan \"{id}\" in the index; `searchplans docs` lists them.");
            return ExitCodes.NotFound;
        }
        IndexUpdate.Apply(env, corpus.WithoutPlan(id), index, new HashSet<string> { id });
        env.Out.WriteLine($"removed {id} ({plan.Requirements.Count} requirements) from {index}.");
        return ExitCodes.Success;
    }
}
