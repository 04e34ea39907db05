using System.CommandLine;
using System.Globalization;
using SearchPlans.Cli.Output;
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
            env.Fail($"no requirement \"{id}\" in the index; `searchplans requirements` lists them.");
            return ExitCodes.NotFound;
        }
        var tiers = CounterpartTiers.Of(counterparts.Of(id));
        var rows = tiers.Trusted.Select(SimilarJson.From).ToList();
        var weaker = parse.GetValue(Weaker) ? tiers.Weaker.Select(SimilarJson.From).ToList() : [];
        FormattedOutput.Write(env, parse, rows.Concat(weaker).ToList(), output =>
        {
            output.WriteLine($"{requirement.Id}: {requirement.Text}");
            output.WriteLine();
            WriteTable(output, rows);
            if (rows.Count == 0)
                output.WriteLine("No counterparts in other plans.");
            if (weaker.Count > 0)
            {
                output.WriteLine();
                output.WriteLine($"Weaker counterparts ({weaker.Count}): these share wording but may not share the subject.");
                WriteTable(output, weaker);
            }
            else if (tiers.Weaker.Count > 0)
            {
                output.WriteLine();
                output.WriteLine($"{tiers.Weaker.Count} weaker counterparts, which may share only wording, are left out; --weaker lists them.");
            }
        });
        return ExitCodes.Success;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<SimilarJson> rows)
    {
        var table = new TextTable("ID", "JURISDICTION", "YEAR", "KIND", "RELATION", "SCORE", "TEXT") { RightAligned = { 2, 5 } };
        foreach (var r in rows)
            table.Add(r.Id, r.Jurisdiction, r.Year?.ToString(CultureInfo.InvariantCulture), r.Kind, r.Relation,
                r.Score.ToString("0.00", CultureInfo.InvariantCulture), r.Text);
        table.Write(output);
    }
}
