using System.CommandLine;
using System.Globalization;
using SearchPlans.Cli.Localization;
using SearchPlans.Cli.Commands;
using SearchPlans.Index;
using SearchPlans.Localization;

namespace SearchPlans.Cli;

/// <summary>The command tree and the one place that turns failures into exit codes.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot(CliEnvironment env) => new("Search Chinese government-disclosure work plans (政务公开工作要点).")
    {
        InterfaceLanguage.Option,
        new IndexCommand(env),
        new AddCommand(env),
        new RemoveCommand(env),
        new SearchCommand(env),
        new DocsCommand(env),
        new RequirementsCommand(env),
        new LinksCommand(env),
        new SimilarCommand(env),
        new CompareCommand(env),
        new EvalCommand(env),
        new EvalSearchCommand(env),
        new UnitsCommand(env),
        new ReviewCommand(env),
        new MatrixCommand(env),
        new LineageCommand(env),
        new RefsCommand(env),
        new GenerateCommand(env),
        new ServeCommand(env),
    };

    public static int Run(string[] args, CliEnvironment env) => Run(CreateRoot(env), args, env);

    /// <summary>Runs a command tree, this one or the measuring tools', with the same exit codes.</summary>
    public static int Run(RootCommand root, string[] args, CliEnvironment env)
    {
        var firstReading = root.Parse(args);
        var caller = CultureInfo.CurrentUICulture;
        // --lang counts even beside a mistake elsewhere on the line, so the complaint is in the language asked for.
        CultureInfo.CurrentUICulture = firstReading.GetResult(InterfaceLanguage.Option) is { } given && !given.Errors.Any()
            && InterfaceLanguage.Named(given.GetValueOrDefault<string?>()) is { } asked
            ? asked
            : env.Language;
        try
        {
            // Read again in the chosen language: the options' checks word their complaints as they parse.
            return Run(root.Parse(args), env);
        }
        finally
        {
            CultureInfo.CurrentUICulture = caller;
        }
    }

    private static int Run(ParseResult parseResult, CliEnvironment env)
    {
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine would exit with 1, which here means "some files failed"; usage errors get their own code.
            foreach (var error in parseResult.Errors)
                env.Fail(error.Message);
            env.Error.WriteLine(Text.Get("Run `searchplans --help` for usage."));
            return ExitCodes.UsageError;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false };
            return TranslatedHelp.IsAsked(parseResult) ? TranslatedHelp.Write(parseResult, configuration) : parseResult.Invoke(configuration);
        }
        catch (IndexVersionException e)
        {
            env.Fail(EngineWords.Say(e.Reason));
            return ExitCodes.NoIndex;
        }
        catch (DamagedIndexException e)
        {
            env.Fail(Text.Format("The index is damaged: {0}. Write it again with `searchplans index`.", e.Message.TrimEnd('.')));
            return ExitCodes.NoIndex;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A library's wrapper (MessagePack's "Failed to deserialize …") hides the reason in its inner exceptions.
            env.Fail(Text.Format("unexpected error: {0}", Reasons(e)));
            return ExitCodes.InternalError;
        }
    }

    // An inner reason a wrapper already quotes is not said twice.
    private static string Reasons(Exception e)
    {
        var said = new List<string>();
        foreach (var message in Chain(e).Select(x => x.Message))
            if (!said.Any(s => s.Contains(message, StringComparison.Ordinal)))
                said.Add(message);
        return string.Join(" Because: ", said);
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            yield return e;
    }
}
