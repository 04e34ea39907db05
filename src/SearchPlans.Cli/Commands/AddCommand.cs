using SearchPlans.Cli.Localization;
using SearchPlans.Cli.Output;
using System.CommandLine;

namespace SearchPlans.Cli.Commands;

/// <summary>
/// `searchplans add FILE…`: reads the files and puts their plans into the index (a plan with the id of one
/// already there replaces it), without reading the other plans' files again.
/// </summary>
internal sealed class AddCommand : Command
{
    private static readonly Argument<string[]> Files = new("FILE") { Description = "Plan files to add", Arity = ArgumentArity.OneOrMore };

    public AddCommand(CliEnvironment env) : base("add", "Add plan files to the index (a plan with the same id is replaced).")
    {
        Arguments.Add(Files);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.Existing(env, parse) is not { } index)
            return ExitCodes.NoIndex;
        var added = env.Pipeline.Add(index, parse.GetValue(Files)!);
        foreach (var (plan, replacedId) in added.Replaced)
            env.Error.WriteLine("searchplans: " + Text.Format("{0}: replaces the plan {1} already in the index.", Printable.Of(plan.SourceName), replacedId));
        return IndexCommand.Report(env, parse, added.Files, index);
    }
}
