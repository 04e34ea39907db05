using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans docs`: the plans in the index, one per line.</summary>
internal sealed class DocsCommand : Command
{
    public DocsCommand(CliEnvironment env) : base("docs", "List the plans in the index.")
    {
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var docs = corpus.Plans.Select(DocJson.From).ToList();
        FormattedOutput.Write(env, parse, docs, output =>
        {
            var table = new TextTable(Text.Get("ID"), Text.Get("YEAR"), Text.Get("LEVEL"), Text.Get("JURISDICTION"), Text.Get("REQUIREMENTS"), Text.Get("TITLE")) { RightAligned = { 1, 4 } };
            foreach (var d in docs)
                table.Add(d.Id, d.Year?.ToString(CultureInfo.InvariantCulture), Text.Get(d.Level), d.Jurisdiction, d.RequirementCount.ToString(CultureInfo.InvariantCulture), d.Title);
            table.Write(output);
        });
        return ExitCodes.Success;
    }
}
