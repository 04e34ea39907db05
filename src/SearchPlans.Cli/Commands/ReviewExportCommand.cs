using System.CommandLine;
using System.Text;
using SearchPlans.Cli.Localization;
using SearchPlans.Review;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans review export --out FILE`: the judgements as a gold file for `searchplans eval --gold`.</summary>
internal sealed class ReviewExportCommand : Command
{
    private static readonly Option<string?> Out = new("--out") { Description = "Where to write the gold file (default: standard output)", HelpName = "FILE" };

    public ReviewExportCommand(CliEnvironment env) : base("export", "Write the judgements in force as a gold file that `searchplans eval --gold` reads.")
    {
        Options.Add(Out);
        Options.Add(CommonOptions.Index);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var current = ReviewStore.ForIndex(parse.GetValue(CommonOptions.Index)!).Current();
        if (parse.GetValue(Out) is not { } path)
        {
            GoldExport.Write(env.Out, current);
            return ExitCodes.Success;
        }
        try
        {
            File.WriteAllText(path, GoldExport.ToText(current), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Fail(Text.Format("cannot write {0}: {1}", path, e.Message));
            return ExitCodes.UsageError;
        }
        env.Error.WriteLine("searchplans: " + Text.Format("wrote {0} judged pairs to {1}", current.Count, path));
        return ExitCodes.Success;
    }
}
