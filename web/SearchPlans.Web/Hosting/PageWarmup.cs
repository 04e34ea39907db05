using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Hosting;

/// <summary>
/// Asks the running server for one page of each kind before visitors do. The first request to a page pays for
/// compiling its code paths and its Razor view (40–130 ms on the seeds, against 2–10 ms afterwards); the engine's
/// own first-use costs are paid when a snapshot opens.
/// </summary>
/// <remarks>
/// The pages are asked for beside the server's start, not as part of it: the host waits for a started service, and
/// pages such as /matrix wait for their data, built in the background when the server starts (<see cref="CorpusSnapshot.Prepared"/>).
/// </remarks>
public sealed partial class PageWarmup(IServer server, CorpusSession session, ILogger<PageWarmup> log) : IHostedLifecycleService, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource stopping = new();
    private Task warming = Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        warming = Task.Run(() => WarmUp(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await warming;
    }

    public void Dispose() => stopping.Dispose();

    private async Task WarmUp(CancellationToken cancellationToken)
    {
        // An in-memory test server has no address to call; it is not where visitors wait.
        if (LoopbackAddress() is not { } address)
            return;
        using var client = new HttpClient { BaseAddress = address, Timeout = Timeout };
        foreach (var path in Paths())
        {
            try
            {
                using var response = await client.GetAsync(path, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                if (!cancellationToken.IsCancellationRequested)
                    LogWarmupFailed(log, path, e.Message);
                return;
            }
        }
    }

    /// <summary>One address of each page family, from the corpus being served.</summary>
    internal IEnumerable<string> Paths()
    {
        var corpus = session.Latest.Corpus;
        var plans = corpus.Plans;
        var requirement = plans.SelectMany(p => p.Requirements).FirstOrDefault();
        yield return "/";
        yield return "/?q=" + Uri.EscapeDataString("公开");
        yield return "/plans";
        yield return "/units";
        yield return "/matrix";
        yield return "/review";
        yield return "/compare";
        yield return "/api/search?q=" + Uri.EscapeDataString("公开");
        yield return "/no-such-page";
        if (plans.Count > 0)
        {
            yield return "/plans/" + Uri.EscapeDataString(plans[0].Id);
            yield return "/api/plans/" + Uri.EscapeDataString(plans[0].Id);
        }
        if (plans.Count > 1)
            yield return $"/compare?a={Uri.EscapeDataString(plans[0].Id)}&b={Uri.EscapeDataString(plans[1].Id)}";
        if (requirement is not null)
        {
            yield return "/requirements/" + Uri.EscapeDataString(requirement.Id);
            yield return "/variants/" + Uri.EscapeDataString(requirement.Id);
            yield return "/api/requirements/" + Uri.EscapeDataString(requirement.Id);
        }
    }

    private Uri? LoopbackAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var text in addresses)
        {
            if (!Uri.TryCreate(text.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal),
                    UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
                continue;
            // A server listening on every interface answers on loopback too.
            var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "127.0.0.1" : uri.Host;
            return new UriBuilder(uri) { Host = host }.Uri;
        }
        return null;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up request {Path} failed ({Reason}); the first visitor to it will wait longer.")]
    private static partial void LogWarmupFailed(ILogger logger, string path, string reason);
}
