using System.CommandLine;
using SearchPlans.Cli.Output;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans requirements [--doc ID]`: every requirement with its units, deadline and criteria.</summary>
internal sealed class RequirementsCommand : Command
{
    private static readonly Option<string?> Doc = new("--doc") { Description = "Only the requirements of this plan id (see `searchplans docs`)", HelpName = "ID" };

    private static readonly string[] CsvHeader = ["id", "doc", "number", "section", "text", "units", "leadUnits", "deadline", "criteria"];

    public RequirementsCommand(CliEnvironment env) : base("requirements", "List the requirements of every plan, or of one.")
    {
        Options.Add(Doc);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    /// <summary>The JSON contract: field names here are relied on by scripts.</summary>
    private sealed record RequirementJson(string Id, string Doc, string? Number, IReadOnlyList<string> Section, string Text,
        IReadOnlyList<string> Units, IReadOnlyList<string> LeadUnits, string? Deadline, IReadOnlyList<string> Criteria);

    private static RequirementJson ToJson(Plan plan, Requirement r) => new(r.Id, plan.Id, r.Number, r.SectionPath, r.Text,
        r.Units.Select(u => u.Name).ToList(), r.LeadUnits.ToList(), r.Deadline, r.Criteria);

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var index = parse.GetValue(CommonOptions.Index)!;
        if (!IndexRun.EnsureIndex(env, index, parse.GetValue(CommonOptions.Seeds)!))
            return ExitCodes.NoIndex;

        var corpus = CorpusStore.Load(index);
        IEnumerable<Plan> plans = corpus.Plans;
        if (parse.GetValue(Doc) is { } docId)
        {
            if (corpus.FindPlan(docId) is not { } plan)
            {
                env.Fail($"no plan with id \"{docId}\" in the index; `searchplans docs` lists them.");
                return ExitCodes.NotFound;
            }
            plans = [plan];
        }

        var requirements = plans.SelectMany(p => p.Requirements.Select(r => ToJson(p, r))).ToList();
        switch (parse.GetFormat())
        {
            case OutputFormat.Json:
                Json.Write(env.Out, requirements);
                break;
            case OutputFormat.Csv:
                Csv.Write(env.Out, CsvHeader, requirements.Select(r => (IReadOnlyList<string?>)
                [
                    r.Id, r.Doc, r.Number, string.Join(" > ", r.Section), r.Text, string.Join(Csv.ListSeparator, r.Units),
                    string.Join(Csv.ListSeparator, r.LeadUnits), r.Deadline, string.Join(Csv.ListSeparator, r.Criteria),
                ]));
                break;
            default:
                WriteText(env.Out, requirements);
                break;
        }
        return ExitCodes.Success;
    }

    // A table would be too wide for the text; each requirement is a short block instead.
    private static void WriteText(TextWriter output, IReadOnlyList<RequirementJson> requirements)
    {
        foreach (var r in requirements)
        {
            output.WriteLine(r.Number is null ? r.Id : $"{r.Id}  ({r.Number})");
            if (r.Section.Count > 0)
                output.WriteLine("  " + string.Join(" > ", r.Section));
            output.WriteLine("  " + r.Text);
            if (r.Units.Count > 0)
                output.WriteLine("  units: " + string.Join("、", r.Units) + (r.LeadUnits.Count > 0 ? $" (lead: {string.Join("、", r.LeadUnits)})" : ""));
            if (r.Deadline is not null)
                output.WriteLine("  deadline: " + r.Deadline);
            foreach (var criterion in r.Criteria)
                output.WriteLine("  criterion: " + criterion);
            output.WriteLine();
        }
    }
}
