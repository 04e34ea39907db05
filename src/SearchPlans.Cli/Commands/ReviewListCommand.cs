using System.CommandLine;
using System.Globalization;
using SearchPlans.Contracts;
using SearchPlans.Cli.Output;
using SearchPlans.Review;
using SearchPlans.Links;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans review list`: the judgement in force for each pair, beside what the index links now.</summary>
internal sealed class ReviewListCommand : Command
{
    private static readonly string[] CsvHeader = ["source", "target", "verdict", "kind", "note", "reviewer", "judgedAt", "indexNow"];

    public ReviewListCommand(CliEnvironment env) : base("list", "List the judgements in force, newest first, with what the index links now.")
    {
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    /// <param name="IndexNow">The index's link between the two now: equivalent, related, none, or missing when a requirement is gone.</param>
    private sealed record JudgementJson(string Source, string Target, string Verdict, string Kind, string Note, string Reviewer,
        string JudgedAt, string IndexNow);

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var store = ReviewStore.ForIndex(parse.GetValue(CommonOptions.Index)!);
        var rows = JudgementStanding.Read(new CounterpartIndex(corpus), store.Current()).Select(s => new JudgementJson(
            s.Judgement.Source, s.Judgement.Target, StoredNames.Of(s.Judgement.Verdict), StoredNames.Of(s.Judgement.Kind),
            s.Judgement.Note, s.Judgement.Reviewer, s.Judgement.JudgedAt.ToString("O", CultureInfo.InvariantCulture),
            !s.RequirementsFound ? "missing" : s.CurrentLink is { } l ? ContractNames.Kind(l.Kind) : "none")).ToList();
        switch (parse.GetFormat())
        {
            case OutputFormat.Json:
                Json.Write(env.Out, rows);
                break;
            case OutputFormat.Csv:
                Csv.Write(env.Out, CsvHeader, rows.Select(r => (IReadOnlyList<string?>)
                    [r.Source, r.Target, r.Verdict, r.Kind, r.Note, r.Reviewer, r.JudgedAt, r.IndexNow]));
                break;
            default:
                var table = new TextTable("SOURCE", "TARGET", "VERDICT", "KIND", "INDEX NOW", "REVIEWER", "NOTE");
                foreach (var r in rows)
                    table.Add(r.Source, r.Target, r.Verdict, r.Kind, r.IndexNow, r.Reviewer, r.Note);
                table.Write(env.Out);
                env.Out.WriteLine();
                env.Out.WriteLine($"{rows.Count} judgements in {store.DatabasePath}");
                break;
        }
        return ExitCodes.Success;
    }
}
