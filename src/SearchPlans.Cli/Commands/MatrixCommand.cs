using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Contracts;
using SearchPlans.Localization;
using SearchPlans.Links.Clusters;
using SearchPlans.Cli.Output;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans matrix`: clusters of equivalent requirements against the plans, gaps marked.</summary>
internal sealed class MatrixCommand : Command
{
    private const int TextWidth = 40;

    private static readonly Option<int> MinPlans = CommonOptions.WholeNumber(new("--min-plans")
    {
        Description = "Only clusters carried by at least this many plans (1 adds requirements no other plan has)",
        HelpName = "N",
        DefaultValueFactory = _ => 2,
    });

    private static readonly Option<string?> Group = new("--group")
    {
        Description = "The plans shown as columns: \"all\" (an index of up to 40 plans) or a province and year such as 广东省-2022; the largest group by default. --group list names them",
        HelpName = "KEY",
    };

    public MatrixCommand(CliEnvironment env) : base("matrix", "Show which plans carry which requirement: clusters of equivalents against plans.")
    {
        Options.Add(MinPlans);
        Options.Add(Group);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var groups = PlanGroups.Of(corpus.Plans);
        var key = parse.GetValue(Group);
        if (key == "list")
        {
            foreach (var g in groups)
                env.Out.WriteLine($"{g.Key}\t{Text.Format(g.Plans.Count == 1 ? "{0} plan" : "{0} plans", g.Plans.Count)}\t{Label(g)}");
            return ExitCodes.Success;
        }
        var group = key is null ? groups.FirstOrDefault() : PlanGroups.Find(groups, key);
        if (group is null)
        {
            env.Fail(key is null
                ? Text.Get("the index holds no plans.")
                : Text.Format("no group \"{0}\" in the index; `searchplans matrix --group list` names the {1} there are.", key, N(groups.Count)));
            return key is null ? ExitCodes.NoIndex : ExitCodes.NotFound;
        }
        var matrix = TopicMatrixBuilder.Build(group.Plans, LinksByRequirement.Of(corpus.Links), Math.Max(1, parse.GetValue(MinPlans)));
        var rows = matrix.Rows.Select(r => new MatrixRowJson(r.Representative.Id, r.Representative.Text, r.PlansCarrying, r.Cluster.MemberIds,
            r.Cells.ToDictionary(c => c.PlanId, c => new MatrixCellJson(StateName(c.State), c.RequirementIds, Math.Round(c.Strength, 3))))).ToList();
        var planIds = matrix.Plans.Select(p => p.Id).ToList();
        FormattedOutput.Write(env, parse, rows, csv => Csv.Write(csv, MatrixRowJson.CsvHeader(planIds), rows.Select(r => r.CsvRow(planIds))), output =>
        {
            output.WriteLine(Text.Format("{0}: {1} clusters across {2} plans", Label(group), matrix.Rows.Count, matrix.Plans.Count));
            WriteText(output, matrix);
        });
        return ExitCodes.Success;
    }

    // The engine's label of the group of every plan is bilingual (全部 all 5 plans); a reader gets it in one language.
    private static string Label(PlanGroup group) =>
        EngineWords.Say(group.Label);

    private static void WriteText(TextWriter output, TopicMatrix matrix)
    {
        var columns = matrix.Plans.Select((p, i) => $"{(char)('A' + i)}").ToArray();
        var table = new TextTable([Text.Get("REPRESENTATIVE"), .. columns, Text.Get("TEXT")]);
        foreach (var row in matrix.Rows)
            table.Add([row.Representative.Id, .. row.Cells.Select(Mark), Shorten(row.Representative.Text)]);
        table.Write(output);
        output.WriteLine();
        for (var i = 0; i < matrix.Plans.Count; i++)
            output.WriteLine(Text.Format("{0} = {1} ({2} of {3})", columns[i], matrix.Plans[i].Id, matrix.Rows.Count(r => r.Cells[i].State == CellState.Carried), matrix.Rows.Count));
        output.WriteLine(Text.Get("■ carried   □ only a related requirement   · gap"));
    }

    private static string Mark(MatrixCell cell) => cell.State switch
    {
        CellState.Carried => "■",
        CellState.RelatedOnly => "□",
        _ => "·",
    };

    internal static string StateName(CellState state) => state switch
    {
        CellState.RelatedOnly => "related-only",
        var s => s.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text)
    {
        var runes = text.EnumerateRunes().ToList();
        return runes.Count <= TextWidth ? text : string.Concat(runes.Take(TextWidth)) + "…";
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
