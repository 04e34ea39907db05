using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Align;
using SearchPlans.Index;
using SearchPlans.Ingest;
using SearchPlans.Model;
using SearchPlans.Web;

namespace SearchPlans.Tests.Web;

/// <summary>The web app over an index of the five real seed plans, built once per test class in a temp folder.</summary>
public sealed class SeedSite : WebApplicationFactory<Program>
{
    private readonly TempFolder folder = new();

    public SeedSite()
    {
        var plans = new PlanIngester().IngestDirectory(SeedsPath).Where(r => r.Succeeded).Select(r => r.Plan!).ToList();
        IndexBuilder.Build(new Aligner().Link(new Corpus(plans)), IndexPath);
    }

    public string IndexPath => folder.Combine("index");

    public static string SeedsPath => Path.Combine(RepositoryRoot(), "seeds");

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton(new WebAppOptions(IndexPath)));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            folder.Dispose();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SearchPlans.sln")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (SearchPlans.sln) above the test binaries");
    }
}
