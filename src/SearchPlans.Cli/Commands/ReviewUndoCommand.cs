using System.CommandLine;
using SearchPlans.Cli.Localization;
using SearchPlans.Review;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans review undo SOURCE TARGET`: withdraws the judgement in force for a pair, as the web page's undo does.</summary>
internal sealed class ReviewUndoCommand : Command
{
    private static readonly Argument<string> Source = new("SOURCE") { Description = "A requirement id of the judged pair" };

    private static readonly Argument<string> Target = new("TARGET") { Description = "The other requirement id of the pair (either order)" };

    public ReviewUndoCommand(CliEnvironment env) : base("undo", "Undo the judgement in force for a pair; its earlier judgement, if any, is in force again.")
    {
        Arguments.Add(Source);
        Arguments.Add(Target);
        Options.Add(CommonOptions.Index);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var store = ReviewStore.ForIndex(parse.GetValue(CommonOptions.Index)!);
        var pair = RequirementPair.Of(parse.GetValue(Source)!.Trim(), parse.GetValue(Target)!.Trim());
        if (store.Current().FirstOrDefault(j => j.Pair == pair) is not { } inForce || store.Undo(inForce.Id) is not { } undone)
        {
            env.Fail(Text.Format("no judgement of {0} ~ {1} is in force in {2}; `searchplans review list` shows them.", pair.First, pair.Second, store.DatabasePath));
            return ExitCodes.NotFound;
        }
        var now = store.Current().FirstOrDefault(j => j.Pair == pair);
        env.Out.WriteLine(Text.Format("undid {0} {1} ~ {2} (judgement {3}); ", Text.Get(StoredNames.Of(undone.Verdict)), undone.Source, undone.Target, undone.Id)
            + (now is null ? Text.Get("the pair is unjudged again")
                : Text.Format("{0} as {1} (judgement {2}) is in force again", Text.Get(StoredNames.Of(now.Verdict)), Text.Get(StoredNames.Of(now.Kind)), now.Id)));
        return ExitCodes.Success;
    }
}
