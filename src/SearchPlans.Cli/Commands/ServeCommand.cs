using System.CommandLine;
using System.Globalization;
using SearchPlans.Cli.Localization;
using SearchPlans.Index;
using SearchPlans.Web;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans serve`: the web app over the index, built from the seeds first when there is none.</summary>
internal sealed class ServeCommand : Command
{
    private static readonly Option<string> Urls = CreateUrls();

    /// <summary>The reviewers file, shared with `review add-reviewer`, which writes it.</summary>
    internal static readonly Option<string?> Reviewers = new("--reviewers")
    {
        Description = "A reviewers file (written by `searchplans review add-reviewer`): judging in the web app needs signing in as one of them",
        HelpName = "FILE",
    };

    private static readonly Option<string?> ReviewerHeader = new("--reviewer-header")
    {
        Description = "Trust this request header, set by a reverse proxy that authenticates reviewers, as the reviewer's name",
        HelpName = "NAME",
    };

    public ServeCommand(CliEnvironment env) : base("serve", "Run the web app: search, plans, requirements, comparisons and the JSON API.")
    {
        Options.Add(Urls);
        Options.Add(Reviewers);
        Options.Add(ReviewerHeader);
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
                    result.AddError(Text.Format("--urls takes http or https addresses such as http://127.0.0.1:5000, not \"{0}\".", url));
            }
        });
        return option;
    }

    /// <summary>Whether every address is this machine's own (127.x, ::1, localhost): no one elsewhere can reach the server.</summary>
    internal static bool ListensOnLoopbackOnly(string urls) =>
        urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).All(url =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
            (uri.Host == "localhost" || System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address)));

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.Folder(env, parse) is not { } index)
            return ExitCodes.NoIndex;
        // Refused here, before the server starts, rather than by each request.
        AnalysisVersion.Check(index);

        var urls = parse.GetValue(Urls)!;
        if (parse.GetValue(Reviewers) is { } reviewers && !File.Exists(reviewers))
        {
            env.Fail(Text.Format("no reviewers file \"{0}\"; write one with `searchplans review add-reviewer NAME --reviewers {1}`.", reviewers, reviewers));
            return ExitCodes.UsageError;
        }
        var options = new WebAppOptions(index)
        {
            ReviewersFile = parse.GetValue(Reviewers),
            ReviewerHeader = parse.GetValue(ReviewerHeader),
            LoopbackOnly = ListensOnLoopbackOnly(urls),
        };
        // The host's own lines ("Now listening on…", "Application started…") are English log lines; the command line
        // says where it serves in the chosen language instead. The wording is taken now: the host says it started on another thread.
        var app = WebApp.Build(["--urls", urls, "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning"], options);
        var serving = Text.Get("serving the web app on {0}; Ctrl+C stops it.");
        app.Lifetime.ApplicationStarted.Register(() =>
            env.Error.WriteLine("searchplans: " + string.Format(CultureInfo.InvariantCulture, serving, string.Join(" ", app.Urls))));
        try
        {
            return env.Serve(app);
        }
        catch (IOException e) when (e is not DamagedIndexException)
        {
            // Kestrel reports an address in use, or one this machine does not have, as an IOException when it starts.
            env.Fail(Text.Format("cannot listen on {0}: {1}", urls, e.Message));
            return ExitCodes.CannotListen;
        }
        finally
        {
            ((IDisposable)app).Dispose();
        }
    }
}
