using System.CommandLine;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;
using SearchPlans.Model;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans links [--doc ID]`: the requirement links computed at index time.</summary>
internal sealed class LinksCommand : Command
{
    private static readonly Option<string?> Doc = new("--doc") { Description = "Only links that touch this plan", HelpName = "ID" };

    private static readonly Option<string?> Kind = new("--kind") { Description = "Only equivalent or related links", HelpName = "KIND" };

    public LinksCommand(CliEnvironment env) : base("links", "List links between requirements of different plans.")
    {
        Options.Add(Doc);
        Options.Add(Kind);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        IEnumerable<RequirementLink> links = corpus.Links;
        if (parse.GetValue(Doc) is { } doc)
        {
            if (corpus.FindPlan(doc) is not { } plan)
            {
                env.Fail($"no plan \"{doc}\" in the index; `searchplans docs` lists them.");
                return ExitCodes.NotFound;
            }
            var ids = plan.Requirements.Select(r => r.Id).ToHashSet();
            links = links.Where(l => ids.Contains(l.Source) || ids.Contains(l.Target))
                .Select(l => ids.Contains(l.Source) ? l : l.Reversed());
        }
        if (parse.GetValue(Kind) is { } kind)
        {
            if (!Enum.TryParse<LinkKind>(kind, ignoreCase: true, out var wanted))
            {
                env.Fail($"--kind takes equivalent or related, not \"{kind}\".");
                return ExitCodes.UsageError;
            }
            links = links.Where(l => l.Kind == wanted);
        }
        var rows = links.Select(LinkJson.From).ToList();
        FormattedOutput.Write(env, parse, rows, output =>
        {
            var table = new TextTable("SOURCE", "TARGET", "KIND", "CONFIDENCE", "RELATION", "SCORE", "EVIDENCE") { RightAligned = { 5 } };
            foreach (var r in rows)
                table.Add(r.Source, r.Target, r.Kind, r.Confidence, r.Relation, F(r.Score), string.Join(" ", r.Evidence.Take(4)));
            table.Write(output);
            output.WriteLine();
            var doubtful = rows.Count(r => r.Confidence == ContractNames.Confidence(LinkConfidence.Doubtful));
            output.WriteLine($"{rows.Count} links ({rows.Count(r => r.Kind == "equivalent")} equivalent, {rows.Count(r => r.Kind == "related")} related, of which {doubtful} doubtful)");
        });
        return ExitCodes.Success;
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
