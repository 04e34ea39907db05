using Microsoft.AspNetCore.Builder;
using SearchPlans.Pipeline;
using SearchPlans.Web;

namespace SearchPlans.Tests.Web.Browser;

/// <summary>
/// The web app over the seed plans on a real Kestrel server on a free loopback port: a browser cannot reach the
/// in-memory server of WebApplicationFactory.
/// </summary>
public sealed class KestrelSite : IAsyncDisposable
{
    private readonly TempFolder folder = new();
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task StartAsync()
    {
        var index = folder.Combine("index");
        new IndexPipeline().Build(IndexedSite.SeedsPath, index);
        app = WebApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], new WebAppOptions(index));
        await app.StartAsync();
        // Port 0 asked Kestrel for a free port; the address it reports after starting names the one it got.
        BaseAddress = new Uri(app.Urls.Single());
    }

    public Uri At(string path) => new(BaseAddress, path);

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        folder.Dispose();
    }
}
