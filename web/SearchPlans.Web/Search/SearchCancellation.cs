namespace SearchPlans.Web.Search;

/// <summary>
/// When a search on behalf of one request must stop: the visitor closed the page (the request was aborted) or the
/// server is stopping. Without it a costly search goes on after nobody waits for it, even past SIGTERM.
/// </summary>
public sealed class SearchCancellation : IDisposable
{
    private readonly CancellationTokenSource linked;

    public SearchCancellation(IHttpContextAccessor http, IHostApplicationLifetime lifetime) =>
        linked = CancellationTokenSource.CreateLinkedTokenSource(http.HttpContext?.RequestAborted ?? CancellationToken.None, lifetime.ApplicationStopping);

    public CancellationToken Token => linked.Token;

    /// <summary>What the visitor reads if a stopped search still gets an answer out.</summary>
    public static string Message => Localization.Text.Get("The search was stopped: the request was closed or the server is stopping. Try again in a moment.");

    public void Dispose() => linked.Dispose();
}
