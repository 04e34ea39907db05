using System.CommandLine;
using SearchPlans.Review;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans review …`: the reviewers' judgements of links, kept beside the index.</summary>
internal sealed class ReviewCommand : Command
{
    public ReviewCommand(CliEnvironment env) : base("review", "Confirm, reject or add links, undo a judgement, list the judgements, export them as a gold file.")
    {
        Subcommands.Add(new ReviewJudgeCommand(env, "confirm", "Confirm a computed link (optionally as another kind).", ReviewVerdict.Confirmed));
        Subcommands.Add(new ReviewJudgeCommand(env, "reject", "Reject a computed link: the two must not link.", ReviewVerdict.Rejected));
        Subcommands.Add(new ReviewJudgeCommand(env, "add", "Add a link the index misses.", ReviewVerdict.Added));
        Subcommands.Add(new ReviewUndoCommand(env));
        Subcommands.Add(new ReviewListCommand(env));
        Subcommands.Add(new ReviewExportCommand(env));
        Subcommands.Add(new ReviewAddReviewerCommand(env));
    }
}
