using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Review.Evaluation;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;
using SearchPlans.Links;
using SearchPlans.Localization;

namespace SearchPlans.Cli.Commands;

/// <summary>
/// `searchplans eval --gold FILE --judged FILE`: precision, recall and F1 of the stored links against a gold file,
/// and the precision of every link between blind-judged plan pairs.
/// </summary>
internal sealed class EvalCommand : Command
{
    private static readonly Option<string?> Gold = new("--gold") { Description = "A gold file: source, target, kind, split, note (tab-separated)", HelpName = "FILE" };

    private static readonly Option<string?> Judged = new("--judged")
    {
        Description = "A file of blind judgements (E, R or N) of every link between the plan pairs it declares",
        HelpName = "FILE",
    };

    private static readonly Option<bool> BlindSheet = new("--blind-sheet")
    {
        Description = "Instead of figures, list the links between the judged plan pairs that have no judgement yet, without score or kind, to judge",
    };

    private static readonly Option<bool> ShowErrors = new("--errors") { Description = "List the pairs that went wrong" };

    public EvalCommand(CliEnvironment env) : base("eval", "Measure the links against hand-labelled gold pairs and blind judgements.")
    {
        Options.Add(Gold);
        Options.Add(Judged);
        Options.Add(BlindSheet);
        Options.Add(ShowErrors);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var (goldPath, judgedPath) = (parse.GetValue(Gold), parse.GetValue(Judged));
        if (goldPath is null && judgedPath is null)
            return Usage(env, Text.Get("give a gold file (--gold FILE), a file of blind judgements (--judged FILE), or both."));
        if (parse.GetValue(BlindSheet) && judgedPath is null)
            return Usage(env, Text.Get("--blind-sheet lists the links a judgement file does not cover yet: give it with --judged FILE."));
        if (goldPath is not null && judgedPath is not null && parse.GetFormat() == OutputFormat.Csv)
            return Usage(env, Text.Get("--format csv writes one table: give --gold or --judged, not both."));
        if (!TryLoad(env, goldPath, Text.Get("gold file"), GoldSet.Load, out var gold) || !TryLoad(env, judgedPath, Text.Get("judgement file"), LinkJudgements.Load, out var judged))
            return ExitCodes.UsageError;
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var placed = new CounterpartIndex(corpus);
        string? PlanOf(string id) => placed.Find(id)?.Plan.Id;

        if (judged is not null && parse.GetValue(BlindSheet))
            return WriteSheet(env, BlindPrecisionEvaluator.Unjudged(judged, corpus.Links, PlanOf), placed);

        var scores = new List<LinkScoreJson>();
        var errors = new List<EngineMessage>();
        if (gold is not null)
        {
            foreach (var split in gold.Pairs.Select(p => p.Split).Distinct().Order(StringComparer.Ordinal).Append("all"))
            {
                var e = LinkEvaluator.Evaluate(gold, corpus.Links, PlanOf, split == "all" ? null : split);
                scores.Add(Row(split, "equivalent", e.Equivalent));
                scores.Add(Row(split, "related", e.Related));
                if (split == "all")
                    errors.AddRange(e.Errors);
            }
        }
        var blind = judged is null ? [] : BlindPrecisionEvaluator.Evaluate(judged, corpus.Links, PlanOf).SelectMany(JudgedRows).ToList();
        if (judged is not null)
            errors.AddRange(NoiseShown(judged, corpus.Links, PlanOf));

        void WriteText(TextWriter output)
        {
            if (gold is not null)
                WriteGold(output, gold, scores, corpus.Links, PlanOf);
            if (judged is not null)
                WriteJudged(output, judgedPath!, blind);
            if (parse.GetValue(ShowErrors))
            {
                output.WriteLine();
                foreach (var error in errors)
                    output.WriteLine(EngineWords.Say(error));
            }
        }

        // Gold alone keeps the shape it had before blind judgements existed: the list of scores. With judgements, CSV
        // is their table (CSV of both was refused above).
        if (judged is null)
            FormattedOutput.Write(env, parse, scores, WriteText);
        else
            FormattedOutput.Write(env, parse, new LinkEvaluationJson(scores, blind), blind, WriteText);
        return ExitCodes.Success;
    }

    private static int Usage(CliEnvironment env, string message)
    {
        env.Fail(message);
        return ExitCodes.UsageError;
    }

    private static bool TryLoad<T>(CliEnvironment env, string? path, string what, Func<string, T> load, out T? loaded)
        where T : class
    {
        loaded = null;
        if (path is null)
            return true;
        try
        {
            loaded = load(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            env.Fail(Text.Format("cannot read the {0} {1}: {2}", what, path, e.Message));
            return false;
        }
    }

    private static void WriteGold(TextWriter output, GoldSet gold, List<LinkScoreJson> rows, IReadOnlyList<Model.RequirementLink> links, Func<string, string?> planOf)
    {
        var table = new TextTable(Text.Get("SPLIT"), Text.Get("KIND"), Text.Get("TP"), Text.Get("FP"), Text.Get("FN"), Text.Get("PRECISION"), Text.Get("RECALL"), "F1") { RightAligned = { 2, 3, 4, 5, 6, 7 } };
        foreach (var r in rows)
            table.Add(Text.Get(r.Split), Text.Get(r.Kind), $"{r.TruePositives}", $"{r.FalsePositives}", $"{r.FalseNegatives}", $"{r.Precision:0.000}", $"{r.Recall:0.000}", $"{r.F1:0.000}");
        table.Write(output);
        // Doubtful related links are still links, listed apart: the table counts them. How many of the related pairs
        // the gold lists are found among the confident ones alone says what a reader sees without opening that list.
        var confident = links.Where(l => l.Confidence != Model.LinkConfidence.Doubtful).ToList();
        var shown = rows.Where(r => r.Kind == "related").Select(r => r.Split)
            .Select(split => $"{Text.Get(split)} {LinkEvaluator.Evaluate(gold, confident, planOf, split == "all" ? null : split).Related.Recall:0.000}");
        output.WriteLine(Text.Format("Related recall counting confident links only (doubtful ones listed apart): {0}", string.Join(", ", shown)));
        var unlisted = LinkEvaluator.UnlistedRelated(gold, links, planOf);
        if (unlisted.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Text.Get("Related links the gold does not list, between plans it labels exhaustively (not counted above):"));
            var unlistedConfident = LinkEvaluator.UnlistedRelated(gold, confident, planOf);
            foreach (var ((a, b, count), (_, _, confidentCount)) in unlisted.Zip(unlistedConfident))
                output.WriteLine("  " + Text.Format("{0} ~ {1}: {2} ({3} confident)", a, b, count, confidentCount));
        }
    }

    private static void WriteJudged(TextWriter output, string path, List<JudgedLinksJson> rows)
    {
        output.WriteLine();
        output.WriteLine(Text.Format("Every link between the plan pairs of {0}, judged blind (E same obligation, R same subject, N only wording):", Path.GetFileName(path)));
        var table = new TextTable(Text.Get("SPLIT"), Text.Get("LINKS"), Text.Get("COUNT"), "E", "R", "N", Text.Get("UNJUDGED"), Text.Get("E OR R"), Text.Get("E ONLY")) { RightAligned = { 2, 3, 4, 5, 6, 7, 8 } };
        foreach (var r in rows)
            table.Add(Text.Get(r.Split), Text.Get(r.Links), $"{r.Count}", $"{r.Equivalent}", $"{r.Related}", $"{r.Noise}", $"{r.Unjudged}", Percent(r.Useful), Percent(r.SameObligation));
        table.Write(output);
        output.WriteLine(Text.Get("Related links are those shown as related; doubtful ones are listed apart, collapsed. Shares leave unjudged links out."));
        var unjudged = rows.Where(r => r.Split == BlindPrecisionEvaluator.All).Sum(r => r.Unjudged);
        if (unjudged > 0)
            output.WriteLine(Text.Format("{0} links between judged plans have no judgement yet: `searchplans eval --judged {1} --blind-sheet` lists them to judge.", unjudged, path));
    }

    private static IEnumerable<JudgedLinksJson> JudgedRows(BlindPrecision p)
    {
        yield return JudgedRow(p.Split, "equivalent", p.Equivalent);
        yield return JudgedRow(p.Split, "related", p.Related);
        yield return JudgedRow(p.Split, "doubtful", p.Doubtful);
    }

    private static JudgedLinksJson JudgedRow(string split, string links, LabelCounts c) =>
        new(split, links, c.Judged + c.Unjudged, c.Equivalent, c.Related, c.Noise, c.Unjudged, Round(c.Useful), Round(c.SameObligation));

    private static double? Round(double? share) => share is { } s ? Math.Round(s, 3) : null;

    // The judged noise that pages show as a counterpart (equivalent or confident related), for --errors.
    private static IEnumerable<EngineMessage> NoiseShown(LinkJudgements judged, IReadOnlyList<Model.RequirementLink> links, Func<string, string?> planOf)
    {
        return links
            .Where(l => l.Confidence != Model.LinkConfidence.Doubtful && judged.PairOf(planOf(l.Source), planOf(l.Target)) is not null
                && judged.LabelOf(l.Source, l.Target) == BlindLabel.Noise)
            .Select(l => new EngineMessage("judged N, shown as {0}: {1} ~ {2} ({3})", new EngineMessage(ContractNames.Kind(l.Kind)), l.Source, l.Target,
                l.Score.ToString("0.00", CultureInfo.InvariantCulture)));
    }

    private static int WriteSheet(CliEnvironment env, IReadOnlyList<(JudgedPlanPair Pair, Model.RequirementLink Link)> unjudged, CounterpartIndex placed)
    {
        env.Out.WriteLine("# " + string.Join('\t', Review.Evaluation.BlindSheet.Header));
        foreach (var row in Review.Evaluation.BlindSheet.Rows(unjudged, placed))
            env.Out.WriteLine(string.Join('\t', row));
        env.Error.WriteLine(Text.Format("{0} links to judge: fill in each label (E, R or N) and add the lines to the judgement file.", unjudged.Count));
        return ExitCodes.Success;
    }

    private static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "-";

    private static LinkScoreJson Row(string split, string kind, KindScore s) =>
        new(split, kind, s.TruePositives, s.FalsePositives, s.FalseNegatives, Math.Round(s.Precision, 3), Math.Round(s.Recall, 3), Math.Round(s.F1, 3));
}
