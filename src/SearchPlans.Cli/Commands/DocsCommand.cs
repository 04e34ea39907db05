using System.CommandLine;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans docs`: the plans in the index, one per line.</summary>
internal sealed class DocsCommand : Command
{
    private static readonly string[] CsvHeader =
        ["id", "title", "jurisdiction", "level", "province", "year", "docNumber", "issuer", "issued", "requirementCount"];

    public DocsCommand(CliEnvironment env) : base("docs", "List the plans in the index.")
    {
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    /// <summary>The JSON contract: field names here are relied on by scripts.</summary>
    private sealed record DocJson(string Id, string Title, string Jurisdiction, string Level, string? Province, int? Year,
        string? DocNumber, string? Issuer, string? Issued, int RequirementCount);

    private static DocJson ToJson(Plan plan) => new(plan.Id, plan.Title, plan.Jurisdiction.Name, ExactTerms.Level(plan.Jurisdiction.Level),
        plan.Jurisdiction.Province, plan.Year, plan.DocNumber, plan.Issuer,
        plan.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan.Requirements.Count);

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var index = parse.GetValue(CommonOptions.Index)!;
        if (!IndexRun.EnsureIndex(env, index, parse.GetValue(CommonOptions.Seeds)!))
            return ExitCodes.NoIndex;

        var docs = CorpusStore.Load(index).Plans.Select(ToJson).ToList();
        switch (parse.GetFormat())
        {
            case OutputFormat.Json:
                Json.Write(env.Out, docs);
                break;
            case OutputFormat.Csv:
                Csv.Write(env.Out, CsvHeader, docs.Select(d => (IReadOnlyList<string?>)
                [
                    d.Id, d.Title, d.Jurisdiction, d.Level, d.Province, d.Year?.ToString(CultureInfo.InvariantCulture),
                    d.DocNumber, d.Issuer, d.Issued, d.RequirementCount.ToString(CultureInfo.InvariantCulture),
                ]));
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
