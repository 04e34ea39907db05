using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Compare.Rendering;
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
                IndexOpening.NoPlan(env, doc);
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
                env.Fail(Text.Format("--kind takes equivalent or related, not \"{0}\".", kind));
                return ExitCodes.UsageError;
            }
            links = links.Where(l => l.Kind == wanted);
        }
        var selected = links.ToList();
        var rows = selected.Select(LinkJson.From).ToList();
        FormattedOutput.Write(env, parse, rows, output =>
        {
            var table = new TextTable(Text.Get("SOURCE"), Text.Get("TARGET"), Text.Get("KIND"), Text.Get("CONFIDENCE"), Text.Get("RELATION"), Text.Get("SCORE"), Text.Get("EVIDENCE")) { RightAligned = { 5 } };
            foreach (var l in selected)
                table.Add(l.Source, l.Target, ComparisonLabels.Kind(l.Kind), Text.Get(ContractNames.Confidence(l.Confidence)), ComparisonLabels.Relation(l.Relation),
                    F(l.Score), string.Join(" ", l.Evidence.Take(4)));
            table.Write(output);
            output.WriteLine();
            var doubtful = rows.Count(r => r.Confidence == ContractNames.Confidence(LinkConfidence.Doubtful));
            output.WriteLine(Text.Format("{0} links ({1} equivalent, {2} related, of which {3} doubtful)",
                rows.Count, rows.Count(r => r.Kind == "equivalent"), rows.Count(r => r.Kind == "related"), doubtful));
        });
        return ExitCodes.Success;
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
