using System.CommandLine;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;
using SearchPlans.Index;

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
        var index = parse.GetValue(CommonOptions.Index)!;
        if (!IndexOpening.EnsureIndex(env, index, parse.GetValue(CommonOptions.Seeds)!))
            return ExitCodes.NoIndex;

        var docs = CorpusStore.Load(index).Plans.Select(DocJson.From).ToList();
        switch (parse.GetFormat())
        {
            case OutputFormat.Json:
                Json.Write(env.Out, docs);
                break;
            case OutputFormat.Csv:
                Csv.Write(env.Out, DocJson.CsvHeader, docs.Select(d => d.CsvRow()));
                break;
            default:
                var table = new TextTable("ID", "YEAR", "LEVEL", "JURISDICTION", "REQUIREMENTS", "TITLE") { RightAligned = { 1, 4 } };
                foreach (var d in docs)
                    table.Add(d.Id, d.Year?.ToString(CultureInfo.InvariantCulture), d.Level, d.Jurisdiction, d.RequirementCount.ToString(CultureInfo.InvariantCulture), d.Title);
                table.Write(env.Out);
                break;
        }
        return ExitCodes.Success;
    }
}
