using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Links.Lineage;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;
using SearchPlans.Model;

namespace SearchPlans.Cli.Commands;

/// <summary>
/// `searchplans refs [--doc ID]`: plan-to-plan cross-links (citations, the parent plan carried out, the previous
/// year), each with the share of the referenced plan's requirements that the citing plan carries.
/// </summary>
internal sealed class RefsCommand : Command
{
    private static readonly Option<string?> Doc = new("--doc") { Description = "Only references from or to this plan", HelpName = "ID" };

    public RefsCommand(CliEnvironment env) : base("refs", "List cross-links between plans: citations, parent plans, previous years.")
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
        IEnumerable<PlanReference> references = corpus.References;
        if (parse.GetValue(Doc) is { } doc)
        {
            if (corpus.FindPlan(doc) is null)
            {
                IndexOpening.NoPlan(env, doc);
                return ExitCodes.NotFound;
            }
            references = references.Where(r => r.From == doc || r.To == doc);
        }
        var rows = references
            .Select(r => new PlanReferenceJson(r.From, r.To, KindName(r.Kind), r.Via,
                YearLineage.CarriedShare(corpus, corpus.FindPlan(r.To)!, corpus.FindPlan(r.From)!)))
            .ToList();
        FormattedOutput.Write(env, parse, rows, output =>
        {
            var table = new TextTable(Text.Get("FROM"), Text.Get("TO"), Text.Get("KIND"), Text.Get("CARRIED"), Text.Get("VIA")) { RightAligned = { 3 } };
            foreach (var r in rows)
                table.Add(r.From, r.To, Text.Get(r.Kind), F(r.Carried), r.Via);
            table.Write(output);
            output.WriteLine();
            output.WriteLine(Text.Format("{0} references", rows.Count));
        });
        return ExitCodes.Success;
    }

    internal static string KindName(ReferenceKind kind) => kind switch
    {
        ReferenceKind.PreviousYear => "previous-year",
        var k => k.ToString().ToLowerInvariant(),
    };

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
