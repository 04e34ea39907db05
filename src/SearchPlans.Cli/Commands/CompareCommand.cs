using System.CommandLine;
using SearchPlans.Cli.Localization;
using SearchPlans.Compare;
using SearchPlans.Compare.Rendering;
using SearchPlans.Contracts;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans compare DOC_A DOC_B`: A's requirements beside their counterparts in B, with word diffs.</summary>
internal sealed class CompareCommand : Command
{
    private static readonly Argument<string> PlanA = new("DOC_A") { Description = "The plan whose requirements lead the rows" };

    private static readonly Argument<string> PlanB = new("DOC_B") { Description = "The plan to find counterparts in" };

    private static readonly Option<string> Format = CreateFormat();

    public CompareCommand(CliEnvironment env) : base("compare", "Compare two plans: aligned requirements, word diffs, what only one has.")
    {
        Arguments.Add(PlanA);
        Arguments.Add(PlanB);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(Format);
        SetAction(parse => Run(env, parse));
    }

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format") { Description = "text for people (colour in a terminal), json for programs, html for a page", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "json", "html");
        return option;
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var (a, b) = (parse.GetValue(PlanA)!, parse.GetValue(PlanB)!);
        // Checked here rather than left to the comparer's exception, so the complaint is in the chosen language.
        if (new[] { a, b }.FirstOrDefault(id => corpus.FindPlan(id) is null) is { } missing)
        {
            IndexOpening.NoPlan(env, missing);
            return ExitCodes.NotFound;
        }
        if (a == b)
        {
            env.Fail(Text.Format("plan \"{0}\" cannot be compared with itself.", a));
            return ExitCodes.UsageError;
        }
        var comparison = new PlanComparer().Compare(corpus, a, b);
        switch (parse.GetValue(Format))
        {
            case "json":
                ContractJson.ForFiles.Write(env.Out, ComparisonJson.From(comparison));
                break;
            case "html":
                new ComparisonHtmlRenderer().Render(comparison, env.Out);
                break;
            default:
                new ComparisonTextRenderer(env.Colour).Render(comparison, env.Out);
                break;
        }
        return ExitCodes.Success;
    }
}
