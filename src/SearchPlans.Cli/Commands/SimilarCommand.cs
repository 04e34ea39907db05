using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Compare.Rendering;
using SearchPlans.Contracts;
using SearchPlans.Links;

namespace SearchPlans.Cli.Commands;

/// <summary>
/// `searchplans similar REQUIREMENT_ID [--weaker]`: the requirement's counterparts in other plans, best first; the
/// weaker ones (doubtful links, which may share only wording) only on request, and apart.
/// </summary>
internal sealed class SimilarCommand : Command
{
    private static readonly Argument<string> Requirement = new("REQUIREMENT_ID") { Description = "A requirement id, e.g. heyuan-2022-26" };

    private static readonly Option<bool> Weaker = new("--weaker")
    {
        Description = "Also list the weaker counterparts, after the others: related links that may share only wording (confidence doubtful)",
    };

    public SimilarCommand(CliEnvironment env) : base("similar", "Show a requirement's counterparts in other plans, best first.")
    {
        Arguments.Add(Requirement);
        Options.Add(Weaker);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var id = parse.GetValue(Requirement)!;
        var counterparts = new CounterpartIndex(corpus);
        if (counterparts.Find(id) is not { Requirement: var requirement })
        {
            env.Fail(Text.Format("no requirement \"{0}\" in the index; `searchplans requirements` lists them.", id));
            return ExitCodes.NotFound;
        }
        var tiers = CounterpartTiers.Of(counterparts.Of(id));
        var weaker = parse.GetValue(Weaker) ? tiers.Weaker : [];
        var rows = tiers.Trusted.Concat(weaker).Select(SimilarJson.From).ToList();
        FormattedOutput.Write(env, parse, rows, output =>
        {
            output.WriteLine($"{requirement.Id}: {requirement.Text}");
            output.WriteLine();
            WriteTable(output, tiers.Trusted);
            if (tiers.Trusted.Count == 0)
                output.WriteLine(Text.Get("No counterparts in other plans."));
            if (weaker.Count > 0)
            {
                output.WriteLine();
                output.WriteLine(Text.Format("Weaker counterparts ({0}): these share wording but may not share the subject.", weaker.Count));
                WriteTable(output, weaker);
            }
            else if (tiers.Weaker.Count > 0)
            {
                output.WriteLine();
                output.WriteLine(Text.Format("{0} weaker counterparts, which may share only wording, are left out; --weaker lists them.", tiers.Weaker.Count));
            }
        });
        return ExitCodes.Success;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<LinkedRequirement> counterparts)
    {
        var table = new TextTable(Text.Get("ID"), Text.Get("JURISDICTION"), Text.Get("YEAR"), Text.Get("KIND"), Text.Get("RELATION"), Text.Get("SCORE"), Text.Get("TEXT")) { RightAligned = { 2, 5 } };
        foreach (var c in counterparts)
            table.Add(c.Requirement.Id, c.Plan.Jurisdiction.Name, c.Plan.Year?.ToString(CultureInfo.InvariantCulture), ComparisonLabels.Kind(c.Link.Kind),
                ComparisonLabels.Relation(c.Link.Relation), c.Link.Score.ToString("0.00", CultureInfo.InvariantCulture), c.Requirement.Text);
        table.Write(output);
    }
}
