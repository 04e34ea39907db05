using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Contracts;
using SearchPlans.Cli.Output;
using SearchPlans.Review;
using SearchPlans.Links;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans review list`: the judgement in force for each pair, beside what the index links now.</summary>
internal sealed class ReviewListCommand : Command
{
    public ReviewListCommand(CliEnvironment env) : base("list", "List the judgements in force, newest first, with what the index links now.")
    {
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var store = ReviewStore.ForIndex(parse.GetValue(CommonOptions.Index)!);
        var rows = JudgementStanding.Read(new CounterpartIndex(corpus), store.Current()).Select(s => new JudgementJson(
            s.Judgement.Source, s.Judgement.Target, StoredNames.Of(s.Judgement.Verdict), StoredNames.Of(s.Judgement.Kind),
            s.Judgement.Note, s.Judgement.Reviewer, s.Judgement.JudgedAt.ToString("O", CultureInfo.InvariantCulture),
            !s.RequirementsFound ? "missing" : s.CurrentLink is { } l ? ContractNames.Kind(l.Kind) : "none")).ToList();
        FormattedOutput.Write(env, parse, rows, output =>
        {
            var table = new TextTable(Text.Get("SOURCE"), Text.Get("TARGET"), Text.Get("VERDICT"), Text.Get("KIND"), Text.Get("INDEX NOW"), Text.Get("REVIEWER"), Text.Get("NOTE"));
            foreach (var r in rows)
                table.Add(r.Source, r.Target, Text.Get(r.Verdict), Text.Get(r.Kind), Text.Get(r.IndexNow), r.Reviewer, r.Note);
            table.Write(output);
            output.WriteLine();
            output.WriteLine(Text.Format("{0} judgements in {1}", rows.Count, store.DatabasePath));
        });
        return ExitCodes.Success;
    }
}
