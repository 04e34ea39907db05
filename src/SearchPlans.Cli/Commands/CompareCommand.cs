using System.CommandLine;
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
        PlanComparison comparison;
        try
        {
            comparison = new PlanComparer().Compare(corpus, parse.GetValue(PlanA)!, parse.GetValue(PlanB)!);
        }
        catch (ArgumentException e)
        {
            env.Fail(e.Message);
            return ExitCodes.NotFound;
        }
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
