using System.CommandLine;
using SearchPlans.Cli.Localization;
using SearchPlans.Review;

namespace SearchPlans.Cli.Commands;

/// <summary>
/// `searchplans review add-reviewer NAME --reviewers FILE`: adds a reviewer who can sign in to the web app, reading
/// the password from the first line of standard input so it shows in neither the process list nor the shell history.
/// </summary>
internal sealed class ReviewAddReviewerCommand : Command
{
    private static readonly Argument<string> ReviewerName = new("name") { Description = "The reviewer's name, as judgements will record it" };

    public ReviewAddReviewerCommand(CliEnvironment env) : base("add-reviewer", "Add a reviewer who signs in to the web app (`serve --reviewers FILE`); the password is read from standard input.")
    {
        Arguments.Add(ReviewerName);
        Options.Add(ServeCommand.Reviewers);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var name = parse.GetValue(ReviewerName)!.Trim();
        if (parse.GetValue(ServeCommand.Reviewers) is not { } file)
        {
            env.Fail(Text.Get("name the reviewers file with --reviewers FILE."));
            return ExitCodes.UsageError;
        }
        if (name.Length is 0 or > JudgementValidator.MaxReviewerLength || name.Any(c => char.IsControl(c) || c == '\t'))
        {
            env.Fail(Text.Format("a reviewer's name is 1 to {0} characters with no tab or control character.", JudgementValidator.MaxReviewerLength));
            return ExitCodes.UsageError;
        }
        var password = Console.In.ReadLine();
        if (string.IsNullOrEmpty(password) || password.Length < 8)
        {
            env.Fail(Text.Get("give the password (at least 8 characters) on the first line of standard input."));
            return ExitCodes.UsageError;
        }
        var others = File.Exists(file) ? File.ReadAllLines(file).Where(l => !l.StartsWith(name + "\t", StringComparison.Ordinal)) : [];
        File.WriteAllLines(file, [.. others, ReviewerAccounts.LineFor(name, password)]);
        env.Error.WriteLine("searchplans: " + Text.Format("{0} can sign in with the reviewers file {1}.", name, file));
        return ExitCodes.Success;
    }
}
