using System.CommandLine;
using SearchPlans.Cli.Localization;
using SearchPlans.Pipeline;
using SearchPlans.Generate;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans generate --plans N --out DIR`: a realistic corpus of plan files built from the seed plans, with its truth file.</summary>
internal sealed class GenerateCommand : Command
{
    public static readonly Option<int> Plans = CommonOptions.WholeNumber(new("--plans")
    {
        Description = "How many plan files to write",
        HelpName = "N",
        Required = true,
    });

    private static readonly Option<string> Out = new("--out")
    {
        Description = "The folder to write into: plan files in DIR/plans, the true lineage in DIR/truth.json",
        HelpName = "DIR",
        Required = true,
    };

    public static readonly Option<int> Seed = CommonOptions.WholeNumber(new("--seed")
    {
        Description = "The random seed; the same seed writes the same files",
        HelpName = "S",
        DefaultValueFactory = _ => 1,
    });

    public GenerateCommand(CliEnvironment env) : base("generate", "Write a realistic corpus of generated plans, in every layout, for benchmarks and alignment recall.")
    {
        Options.Add(Plans);
        Options.Add(Out);
        Options.Add(Seed);
        Options.Add(CommonOptions.Catalog);
        Options.Add(CommonOptions.Layouts);
        Options.Add(CommonOptions.Seeds);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var plans = parse.GetValue(Plans);
        var catalog = parse.GetCatalog();
        var capacity = CorpusGenerator.CapacityOf(catalog);
        if (plans < 1 || plans > capacity)
        {
            env.Fail(Text.Format("--plans must be between 1 and {0} (one plan per jurisdiction and year of the {1} catalog).", capacity, parse.GetValue(CommonOptions.Catalog)!));
            return ExitCodes.UsageError;
        }
        if (SeedPool.Read(env, parse.GetValue(CommonOptions.Seeds)!) is not { } pool)
            return ExitCodes.UsageError;

        var output = parse.GetValue(Out)!;
        var corpus = env.Progress.Run("Generating {0} plans", [plans], () => new CorpusGenerator(pool, parse.GetLayoutMix(), catalog).Generate(plans, parse.GetValue(Seed)));
        env.Progress.Run("Writing them to {0}", [output], () =>
        {
            corpus.WriteTo(output);
            return 0;
        });
        env.Out.WriteLine(Text.Format("{0} plans with {1} requirements written to {2}; lineage in {3}.", corpus.Files.Count, corpus.RequirementCount,
            Path.Combine(output, GeneratedCorpus.PlansFolder), Path.Combine(output, GeneratedCorpus.TruthFileName)));
        return ExitCodes.Success;
    }
}
