using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Links.Lineage;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;
using SearchPlans.Model;

namespace SearchPlans.Cli.Commands;

/// <summary>
/// `searchplans lineage PLAN_ID [--against PLAN_ID]`: each requirement labelled new, kept or modified against the
/// jurisdiction's previous plan in the corpus, and the previous plan's requirements that were dropped.
/// </summary>
internal sealed class LineageCommand : Command
{
    private static readonly Argument<string> Plan = new("PLAN_ID") { Description = "The later plan, e.g. heyuan-2023" };

    private static readonly Option<string?> Against = new("--against")
    {
        Description = "The earlier plan to compare with (default: the same jurisdiction's previous plan in the corpus)",
        HelpName = "PLAN_ID",
    };

    public LineageCommand(CliEnvironment env) : base("lineage", "Label a plan's requirements new, kept, modified or dropped against the year before.")
    {
        Arguments.Add(Plan);
        Options.Add(Against);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var id = parse.GetValue(Plan)!;
        if (corpus.FindPlan(id) is not { } current)
        {
            IndexOpening.NoPlan(env, id);
            return ExitCodes.NotFound;
        }
        if (FindPrevious(env, corpus, current, parse.GetValue(Against)) is not { } previous)
            return ExitCodes.NotFound;

        var changes = YearLineage.Compare(corpus, previous, current);
        var requirements = current.Requirements.Concat(previous.Requirements).DistinctBy(r => r.Id).ToDictionary(r => r.Id);
        var rows = changes.Select(c => requirements[c.RequirementId])
            .Zip(changes, (r, c) => new LineageChangeJson(c.RequirementId, ChangeName(c.Change), c.CounterpartId, c.Score, r.Number, r.Text))
            .ToList();
        var counts = Enum.GetValues<YearChange>().ToDictionary(ChangeName, k => changes.Count(c => c.Change == k));
        FormattedOutput.Write(env, parse, new LineageJson(current.Id, previous.Id, counts, rows), rows, output =>
        {
            output.WriteLine(Text.Format("{0} against {1}", current.Id, previous.Id));
            output.WriteLine();
            var table = new TextTable(Text.Get("ID"), Text.Get("CHANGE"), Text.Get("COUNTERPART"), Text.Get("SCORE"), Text.Get("TEXT")) { RightAligned = { 3 } };
            foreach (var r in rows)
                table.Add(r.Id, Text.Get(r.Change), r.Counterpart, F(r.Score), r.Text);
            table.Write(output);
            output.WriteLine();
            output.WriteLine(string.Join(", ", counts.Select(c => $"{c.Value} {Text.Get(c.Key)}")));
        });
        return ExitCodes.Success;
    }

    private static Plan? FindPrevious(CliEnvironment env, Corpus corpus, Plan current, string? against)
    {
        if (against is not null)
        {
            var named = corpus.FindPlan(against);
            if (named is null)
                IndexOpening.NoPlan(env, against);
            return named;
        }
        var previous = corpus.References
            .Where(r => r.From == current.Id && r.Kind == ReferenceKind.PreviousYear)
            .Select(r => corpus.FindPlan(r.To)).FirstOrDefault();
        if (previous is null)
            env.Fail(Text.Format("the index holds no earlier plan of {0} than {1}; name one with --against PLAN_ID.", current.Jurisdiction.Name, current.Id));
        return previous;
    }

    internal static string ChangeName(YearChange change) => change.ToString().ToLowerInvariant();

    private static string? F(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture);
}
