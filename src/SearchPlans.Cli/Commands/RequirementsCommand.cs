using System.CommandLine;
using SearchPlans.Cli.Localization;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;
using SearchPlans.Model;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans requirements [--doc ID]`: every requirement with its units, deadline and criteria.</summary>
internal sealed class RequirementsCommand : Command
{
    private static readonly Option<string?> Doc = new("--doc") { Description = "Only the requirements of this plan id (see `searchplans docs`)", HelpName = "ID" };

    public RequirementsCommand(CliEnvironment env) : base("requirements", "List the requirements of every plan, or of one.")
    {
        Options.Add(Doc);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        IEnumerable<Plan> plans = corpus.Plans;
        if (parse.GetValue(Doc) is { } docId)
        {
            if (corpus.FindPlan(docId) is not { } plan)
            {
                IndexOpening.NoPlan(env, docId);
                return ExitCodes.NotFound;
            }
            plans = [plan];
        }

        var requirements = plans.SelectMany(p => p.Requirements.Select(r => RequirementJson.From(p, r))).ToList();
        FormattedOutput.Write(env, parse, requirements, output => WriteText(output, requirements));
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
                output.WriteLine("  " + Text.Format("units: {0}", string.Join("、", r.Units)) + (r.LeadUnits.Count > 0 ? Text.Format(" (lead: {0})", string.Join("、", r.LeadUnits)) : ""));
            if (r.Deadline is not null)
                output.WriteLine("  " + Text.Format("deadline: {0}", r.Deadline));
            foreach (var criterion in r.Criteria)
                output.WriteLine("  " + Text.Format("criterion: {0}", criterion));
            output.WriteLine();
        }
    }
}
