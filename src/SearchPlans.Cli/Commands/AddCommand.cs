using SearchPlans.Cli.Output;
using System.CommandLine;
using SearchPlans.Index;
using SearchPlans.Ingest;

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
        var index = parse.GetValue(CommonOptions.Index)!;
        if (!IndexLayout.Exists(index))
        {
            env.Fail($"no index in \"{index}\" to add to; build one with `searchplans index --seeds DIR` first.");
            return ExitCodes.NoIndex;
        }
        var ingester = new PlanIngester();
        var results = parse.GetValue(Files)!.Select(ingester.IngestFile).ToList();
        var corpus = CorpusStore.Load(index);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in results.Where(r => r.Succeeded).Select(r => r.Plan!))
        {
            if (!changed.Add(plan.Id))
                continue;
            if (corpus.FindPlan(plan.Id) is not null)
                env.Error.WriteLine($"searchplans: {Printable.Of(plan.SourceName)}: replaces the plan {plan.Id} already in the index.");
            corpus = corpus.WithPlan(plan);
        }
        if (changed.Count > 0)
            IndexUpdate.Apply(env, corpus, index, changed);
        return IndexCommand.Report(env, parse, results, index);
    }
}
