using System.CommandLine;
using SearchPlans.Align;
using SearchPlans.Align.Evaluation;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans eval --gold FILE`: precision, recall and F1 of the stored links against a gold file.</summary>
internal sealed class EvalCommand : Command
{
    private static readonly Option<string> Gold = new("--gold") { Description = "A gold file: source, target, kind, split, note (tab-separated)", HelpName = "FILE", Required = true };

    private static readonly Option<bool> ShowErrors = new("--errors") { Description = "List the pairs that went wrong" };

    public EvalCommand(CliEnvironment env) : base("eval", "Measure the links against hand-labelled gold pairs.")
    {
        Options.Add(Gold);
        Options.Add(ShowErrors);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private sealed record ScoreJson(string Split, string Kind, int TruePositives, int FalsePositives, int FalseNegatives, double Precision, double Recall, double F1);

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var path = parse.GetValue(Gold)!;
        GoldSet gold;
        try
        {
            gold = GoldSet.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            env.Fail($"cannot read the gold file {path}: {e.Message}");
            return ExitCodes.UsageError;
        }
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var splits = gold.Pairs.Select(p => p.Split).Distinct().Order(StringComparer.Ordinal).Append("all").ToList();
        var placed = new CounterpartIndex(corpus);
        var rows = new List<ScoreJson>();
        var errors = new List<string>();
        foreach (var split in splits)
        {
            var e = LinkEvaluator.Evaluate(gold, corpus.Links, id => placed.Find(id)?.Plan.Id, split == "all" ? null : split);
            rows.Add(Row(split, "equivalent", e.Equivalent));
            rows.Add(Row(split, "related", e.Related));
            if (split == "all")
                errors.AddRange(e.Errors);
        }
        switch (parse.GetFormat())
        {
            case OutputFormat.Json:
                Json.Write(env.Out, rows);
                break;
            case OutputFormat.Csv:
                Csv.Write(env.Out, ["split", "kind", "tp", "fp", "fn", "precision", "recall", "f1"],
                    rows.Select(r => (IReadOnlyList<string?>)[r.Split, r.Kind, $"{r.TruePositives}", $"{r.FalsePositives}", $"{r.FalseNegatives}", $"{r.Precision:0.000}", $"{r.Recall:0.000}", $"{r.F1:0.000}"]));
                break;
            default:
                var table = new TextTable("SPLIT", "KIND", "TP", "FP", "FN", "PRECISION", "RECALL", "F1") { RightAligned = { 2, 3, 4, 5, 6, 7 } };
                foreach (var r in rows)
                    table.Add(r.Split, r.Kind, $"{r.TruePositives}", $"{r.FalsePositives}", $"{r.FalseNegatives}", $"{r.Precision:0.000}", $"{r.Recall:0.000}", $"{r.F1:0.000}");
                table.Write(env.Out);
                var unlisted = LinkEvaluator.UnlistedRelated(gold, corpus.Links, id => placed.Find(id)?.Plan.Id);
                if (unlisted.Count > 0)
                {
                    env.Out.WriteLine();
                    env.Out.WriteLine("Related links the gold does not list, between plans it labels exhaustively (not counted above):");
                    foreach (var (a, b, links) in unlisted)
                        env.Out.WriteLine($"  {a} ~ {b}: {links}");
                }
                if (parse.GetValue(ShowErrors))
                {
                    env.Out.WriteLine();
                    foreach (var error in errors)
                        env.Out.WriteLine(error);
                }
                break;
        }
        return ExitCodes.Success;
    }

    private static ScoreJson Row(string split, string kind, KindScore s) =>
        new(split, kind, s.TruePositives, s.FalsePositives, s.FalseNegatives, Math.Round(s.Precision, 3), Math.Round(s.Recall, 3), Math.Round(s.F1, 3));
}
