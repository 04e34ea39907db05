using System.CommandLine;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Model;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans similar REQUIREMENT_ID`: the requirement's counterparts in other plans, best first.</summary>
internal sealed class SimilarCommand : Command
{
    private static readonly Argument<string> Requirement = new("REQUIREMENT_ID") { Description = "A requirement id, e.g. heyuan-2022-26" };

    public SimilarCommand(CliEnvironment env) : base("similar", "Show a requirement's counterparts in other plans, best first.")
    {
        Arguments.Add(Requirement);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private sealed record SimilarJson(string Id, string Doc, string Jurisdiction, int? Year, string? Number, double Score,
        string Kind, string Relation, string Text, IReadOnlyList<string> Evidence);

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexRun.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var id = parse.GetValue(Requirement)!;
        if (corpus.FindRequirement(id) is not { } requirement)
        {
            env.Fail($"no requirement \"{id}\" in the index; `searchplans requirements` lists them.");
            return ExitCodes.NotFound;
        }
        var rows = corpus.Links.Where(l => l.Source == id || l.Target == id)
            .Select(l => l.Source == id ? l : l.Reversed())
            .OrderByDescending(l => l.Kind == LinkKind.Equivalent).ThenByDescending(l => l.Score)
            .Select(l => (Link: l, Plan: corpus.PlanOf(l.Target)!, Other: corpus.FindRequirement(l.Target)!))
            .Select(x => new SimilarJson(x.Other.Id, x.Plan.Id, x.Plan.Jurisdiction.Name, x.Plan.Year, x.Other.Number, x.Link.Score,
                LinksCommand.KindName(x.Link.Kind), LinksCommand.RelationName(x.Link.Relation), x.Other.Text, x.Link.Evidence))
            .ToList();
        switch (parse.GetFormat())
        {
            case OutputFormat.Json:
                Json.Write(env.Out, rows);
                break;
            case OutputFormat.Csv:
                Csv.Write(env.Out, ["id", "doc", "jurisdiction", "year", "number", "score", "kind", "relation", "text"],
                    rows.Select(r => (IReadOnlyList<string?>)[r.Id, r.Doc, r.Jurisdiction, r.Year?.ToString(CultureInfo.InvariantCulture), r.Number,
                        r.Score.ToString("0.00", CultureInfo.InvariantCulture), r.Kind, r.Relation, r.Text]));
                break;
            default:
                env.Out.WriteLine($"{requirement.Id}: {requirement.Text}");
                env.Out.WriteLine();
                var table = new TextTable("ID", "JURISDICTION", "YEAR", "KIND", "RELATION", "SCORE", "TEXT") { RightAligned = { 2, 5 } };
                foreach (var r in rows)
                    table.Add(r.Id, r.Jurisdiction, r.Year?.ToString(CultureInfo.InvariantCulture), r.Kind, r.Relation,
                        r.Score.ToString("0.00", CultureInfo.InvariantCulture), r.Text);
                table.Write(env.Out);
                if (rows.Count == 0)
                    env.Out.WriteLine("No counterparts in other plans.");
                break;
        }
        return ExitCodes.Success;
    }
}
