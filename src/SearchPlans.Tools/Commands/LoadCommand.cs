using System.CommandLine;
using SearchPlans.Tools.Load;
using SearchPlans.Cli.Commands;
using SearchPlans.Index;

namespace SearchPlans.Tools.Commands;

/// <summary>
/// `searchplans-tools load --url URL`: a bounded load test of a running `searchplans serve` (searches, plan pages,
/// requirement pages, comparisons), optionally while the server's index is rebuilt under it.
/// </summary>
internal sealed class LoadCommand : Command
{
    private static readonly Option<string> Url = new("--url")
    {
        Description = "The server to load, as `searchplans serve` printed it",
        HelpName = "URL",
        Required = true,
    };

    private static readonly Option<int> Seconds = CommonOptions.WholeNumber(new("--seconds")
    {
        Description = "How long to send requests for",
        HelpName = "S",
        DefaultValueFactory = _ => 30,
    });

    private static readonly Option<int> Concurrency = CommonOptions.WholeNumber(new("--concurrency")
    {
        Description = "How many requests are in flight at once",
        HelpName = "C",
        DefaultValueFactory = _ => 8,
    });

    private static readonly Option<bool> Reindex = new("--reindex")
    {
        Description = "Rebuild the index named by --index from --seeds again and again while the load runs (the server must serve that index)",
    };

    private static readonly Option<int> UntilGenerations = CommonOptions.WholeNumber(new("--until-generations")
    {
        Description = "Keep loading past --seconds until the server has answered from this many index generations (at most 10 minutes more); with --reindex, 2 waits for one switch",
        HelpName = "N",
    });

    private static readonly Option<int> UntilRequests = CommonOptions.WholeNumber(new("--until-requests")
    {
        Description = "Keep loading past --seconds until this many requests have been answered (at most 10 minutes more), so a slow server still sees every kind of page",
        HelpName = "N",
    });

    public LoadCommand(CliEnvironment env) : base("load", "Load a running server with a mix of searches, plan pages and comparisons for a fixed time, optionally while re-indexing; report throughput, latency and errors.")
    {
        Options.Add(Url);
        Options.Add(Seconds);
        Options.Add(Concurrency);
        Options.Add(Reindex);
        Options.Add(UntilGenerations);
        Options.Add(UntilRequests);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(ReportFile.Option);
        Options.Add(GenerateCommand.Seed);
        SetAction((parse, cancellation) => Run(env, parse, cancellation));
    }

    private static async Task<int> Run(CliEnvironment env, ParseResult parse, CancellationToken cancellation)
    {
        var (seconds, concurrency) = (parse.GetValue(Seconds), parse.GetValue(Concurrency));
        if (!Uri.TryCreate(parse.GetValue(Url), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            env.Fail($"--url takes the server's http address, such as http://127.0.0.1:5000, not \"{parse.GetValue(Url)}\".");
            return ExitCodes.UsageError;
        }
        if (seconds is < 1 or > 3600 || concurrency is < 1 or > 256)
        {
            env.Fail("--seconds must be between 1 and 3600, --concurrency between 1 and 256.");
            return ExitCodes.UsageError;
        }
        var (index, seeds) = (parse.GetValue(CommonOptions.Index)!, parse.GetValue(CommonOptions.Seeds)!);
        if (parse.GetValue(Reindex) && (!IndexLayout.Exists(index) || !Directory.Exists(seeds)))
        {
            env.Fail($"--reindex rebuilds the server's index \"{index}\" from \"{seeds}\"; name both with --index and --seeds.");
            return ExitCodes.UsageError;
        }

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency })
        {
            BaseAddress = url,
            Timeout = TimeSpan.FromSeconds(30),
        };
        IReadOnlyList<LoadRequest> mix;
        try
        {
            mix = await LoadMix.Read(client, parse.GetValue(GenerateCommand.Seed), cancellation);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Text.Json.JsonException)
        {
            env.Fail($"cannot read the plans of the server at {url}: {e.Message}");
            return ExitCodes.NoIndex;
        }

        env.Error.WriteLine($"searchplans: loading {url} for {seconds} s with {concurrency} workers{(parse.GetValue(Reindex) ? $", re-indexing {index} meanwhile" : "")}");
        var reindexer = parse.GetValue(Reindex) ? new Reindexer(env, seeds, index) : null;
        var report = await new LoadRunner(client, mix, concurrency, TimeSpan.FromSeconds(seconds), parse.GetValue(UntilGenerations), parse.GetValue(UntilRequests)).Run(reindexer is null ? null : reindexer.RunUntil, cancellation);
        report.Write(env.Out);
        ReportFile.Write(env, parse, report);
        return report.Errors == 0 ? ExitCodes.Success : ExitCodes.RequestsFailed;
    }
}
