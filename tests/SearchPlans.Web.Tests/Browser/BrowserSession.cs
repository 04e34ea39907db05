namespace SearchPlans.Tests.Web.Browser;

/// <summary>One server and one browser, shared by the browser tests of a class.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private HeadlessChromium? chromium;

    public KestrelSite Site { get; } = new();

    public HeadlessChromium Chromium => chromium ?? throw new InvalidOperationException("the browser session has not started");

    public async Task InitializeAsync()
    {
        await Site.StartAsync();
        chromium = new HeadlessChromium();
    }

    public async Task DisposeAsync()
    {
        chromium?.Dispose();
        await Site.DisposeAsync();
    }
}
