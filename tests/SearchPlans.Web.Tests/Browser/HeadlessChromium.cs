using OpenQA.Selenium.Chrome;

namespace SearchPlans.Tests.Web.Browser;

/// <summary>
/// Debian's Chromium driven through Debian's chromedriver, headless, with a fresh profile and everything that would
/// reach the network switched off. Missing binaries fail the tests with the fix, never skip them.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    public const string BrowserPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private readonly TempFolder profile = new();

    public HeadlessChromium()
    {
        foreach (var path in (string[])[BrowserPath, DriverPath])
        {
            if (!File.Exists(path))
                throw new InvalidOperationException(
                    $"The browser tests need {path}: install Debian's chromium and chromium-driver packages (./test.sh installs them when missing).");
        }

        var options = new ChromeOptions { BinaryLocation = BrowserPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN", "--accept-lang=zh-CN",
            "--user-data-dir=" + profile.Path);
        // A reader in China: headless Chromium otherwise asks for en-US whatever --lang says.
        options.AddUserProfilePreference("intl.accept_languages", "zh-CN");
        // Naming the driver's folder and file keeps Selenium from looking for a driver of its own.
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    public ChromeDriver Driver { get; }

    /// <summary>The test output folder's screenshots/ subfolder.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>Saves what the browser shows as screenshots/NAME.png and returns the file's path.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>Resizes the window; the headless browser's viewport follows the window.</summary>
    public void Resize(int width, int height) => Driver.Manage().Window.Size = new System.Drawing.Size(width, height);

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        profile.Dispose();
    }
}
