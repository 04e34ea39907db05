using System.CommandLine;
using SearchPlans.Tools.Bench;
using SearchPlans.Cli.Commands;
using SearchPlans.Generate;

namespace SearchPlans.Tools.Commands;

/// <summary>
/// `searchplans-tools bench --plans N`: the whole pipeline on generated corpora of N, 2N and 4N plans (or --sizes of them), with SQLite FTS5
/// and all-pairs alignment as peers; a table for people and, with --out, JSON for programs.
/// </summary>
internal sealed class BenchCommand : Command
{
    private static readonly Option<int> Plans = CommonOptions.WholeNumber(new("--plans")
    {
        Description = "The smallest corpus, in plans; the bench also runs at twice and four times this",
        HelpName = "N",
        DefaultValueFactory = _ => 100,
    });

    private static readonly Option<int> Sizes = CommonOptions.WholeNumber(new("--sizes")
    {
        Description = "How many corpus sizes to run, each twice the one before (1 to 4); growth is fitted from two or more",
        HelpName = "K",
        DefaultValueFactory = _ => 3,
    });

    private static readonly Option<int> Repeats = CommonOptions.WholeNumber(new("--repeats")
    {
        Description = "How many times the query mix is timed on each index, after 10 untimed passes",
        HelpName = "R",
        DefaultValueFactory = _ => 20,
    });

    private static readonly Option<int> PairPlans = CommonOptions.WholeNumber(new("--pair-plans")
    {
        Description = "Plans in the small corpus where every pair is aligned, to measure what candidate generation loses",
        HelpName = "M",
        DefaultValueFactory = _ => 12,
    });

    public BenchCommand(CliEnvironment env) : base("bench", "Measure indexing, search and linking on generated corpora of growing size, beside SQLite FTS5 and all-pairs alignment.")
    {
        Options.Add(Plans);
        Options.Add(Sizes);
        Options.Add(ReportFile.Option);
        Options.Add(GenerateCommand.Seed);
        Options.Add(Repeats);
        Options.Add(PairPlans);
        Options.Add(CommonOptions.Links);
        Options.Add(CommonOptions.Layouts);
        Options.Add(CommonOptions.Catalog);
        Options.Add(CommonOptions.Seeds);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var (plans, sizes) = (parse.GetValue(Plans), parse.GetValue(Sizes));
        var (repeats, pairPlans) = (parse.GetValue(Repeats), parse.GetValue(PairPlans));
        if (sizes is < 1 or > 4)
        {
            env.Fail("--sizes must be between 1 and 4.");
            return ExitCodes.UsageError;
        }
        var largest = 1 << (sizes - 1);
        var catalog = parse.GetCatalog();
        var capacity = CorpusGenerator.CapacityOf(catalog);
        if (plans < 1 || largest * plans > capacity || repeats < 1 || pairPlans < 2 || pairPlans > capacity)
        {
            env.Fail($"--plans must be between 1 and {capacity / largest} for {sizes} sizes (the {parse.GetValue(CommonOptions.Catalog)} catalog holds at most {capacity:N0} plans), --repeats at least 1, --pair-plans at least 2.");
            return ExitCodes.UsageError;
        }
        if (SeedPool.Read(env, parse.GetValue(CommonOptions.Seeds)!) is not { } pool)
            return ExitCodes.UsageError;

        var report = new BenchRunner(pool, parse.GetLayoutMix(), catalog, env.Progress).Run(plans, sizes, parse.GetValue(GenerateCommand.Seed), repeats, pairPlans, parse.GetLinkScope(),
            size => BenchTable.WriteSize(env.Out, size));
        BenchTable.Write(env.Out, report, env.Colour);
        ReportFile.Write(env, parse, report);
        return ExitCodes.Success;
    }
}
