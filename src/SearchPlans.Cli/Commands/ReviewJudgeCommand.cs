using System.CommandLine;
using SearchPlans.Cli.Localization;
using SearchPlans.Localization;
using SearchPlans.Review;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans review confirm|reject|add SOURCE TARGET`: records one judgement.</summary>
internal sealed class ReviewJudgeCommand : Command
{
    private static readonly Argument<string> Source = new("SOURCE") { Description = "A requirement id, e.g. jiangmen-zftzgcjsglzx-2022-1" };

    private static readonly Argument<string> Target = new("TARGET") { Description = "A requirement id of another plan, e.g. heyuan-2022-3" };

    private static readonly Option<string?> Kind = new("--kind") { Description = "equivalent or related (confirm: defaults to the link's kind)", HelpName = "KIND" };

    private static readonly Option<string?> Note = new("--note") { Description = "Why: what the texts share or where they differ", HelpName = "TEXT" };

    private static readonly Option<string?> Reviewer = new("--reviewer") { Description = "Who judged", HelpName = "NAME" };

    public ReviewJudgeCommand(CliEnvironment env, string name, string description, ReviewVerdict verdict) : base(name, description)
    {
        Arguments.Add(Source);
        Arguments.Add(Target);
        if (verdict != ReviewVerdict.Rejected)
            Options.Add(Kind);
        Options.Add(Note);
        Options.Add(Reviewer);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        SetAction(parse => Run(env, parse, verdict));
    }

    private static int Run(CliEnvironment env, ParseResult parse, ReviewVerdict verdict)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var request = new JudgementRequest(parse.GetValue(Source), parse.GetValue(Target), StoredNames.Of(verdict),
            verdict == ReviewVerdict.Rejected ? null : parse.GetValue(Kind), parse.GetValue(Note), parse.GetValue(Reviewer));
        var check = JudgementValidator.Check(corpus, request);
        if (check.Draft is not { } draft)
        {
            env.Fail(EngineWords.Say(check)!);
            return ExitCodes.UsageError;
        }
        var store = ReviewStore.ForIndex(parse.GetValue(CommonOptions.Index)!);
        var recorded = store.Record(draft);
        env.Out.WriteLine(Text.Format("{0} {1} ~ {2} as {3} (judgement {4} in {5})", Text.Get(StoredNames.Of(recorded.Verdict)), recorded.Source, recorded.Target,
            Text.Get(StoredNames.Of(recorded.Kind)), recorded.Id, store.DatabasePath));
        return ExitCodes.Success;
    }
}
