using System.CommandLine;
using SearchPlans.Index;
using SearchPlans.Web;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans serve`: the web app over the index, built from the seeds first when there is none.</summary>
internal sealed class ServeCommand : Command
{
    private static readonly Option<string> Urls = CreateUrls();

    public ServeCommand(CliEnvironment env) : base("serve", "Run the web app: search, plans, requirements, comparisons and the JSON API.")
    {
        Options.Add(Urls);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        SetAction(parse => Run(env, parse));
    }

    private static Option<string> CreateUrls()
    {
        var option = new Option<string>("--urls")
        {
            Description = "Where to listen: one or more http(s) addresses separated by ';' (port 0 picks a free port)",
            HelpName = "URL",
            DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        option.Validators.Add(result =>
        {
            var urls = result.GetValueOrDefault<string>() ?? "";
            foreach (var url in urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).DefaultIfEmpty(""))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    result.AddError($"--urls takes http or https addresses such as http://127.0.0.1:5000, not \"{url}\".");
            }
        });
        return option;
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var index = parse.GetValue(CommonOptions.Index)!;
        if (!IndexRun.EnsureIndex(env, index, parse.GetValue(CommonOptions.Seeds)!))
            return ExitCodes.NoIndex;
        // Refused here, before the server starts, rather than by each request.
        AnalysisVersion.Check(index);

        var urls = parse.GetValue(Urls)!;
        var app = WebApp.Build(["--urls", urls], new WebAppOptions(index));
        try
        {
            return env.Serve(app);
        }
        catch (IOException e)
        {
            // Kestrel reports an address in use, or one this machine does not have, as an IOException when it starts.
            env.Fail($"cannot listen on {urls}: {e.Message}");
            return ExitCodes.CannotListen;
        }
        finally
        {
            ((IDisposable)app).Dispose();
        }
    }
}
