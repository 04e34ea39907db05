using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Pipeline;
using SearchPlans.Web;

namespace SearchPlans.Tests.Web.Pages;

public sealed class ReviewPersistenceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string IndexPath => folder.Combine("index");

    private void BuildIndex() => new IndexPipeline().Build(SeedSite.SeedsPath, IndexPath);

    [Fact]
    public async Task Judgement_SurvivesRebuildingTheIndexAndRestartingTheSite()
    {
        BuildIndex();
        using (var before = new SiteOver(IndexPath))
        {
            await before.CreateClient().GetStringAsync("/review");
            Assert.False(File.Exists(folder.Combine("index.reviews.sqlite")), "reading the review page must not create the database");
            await AntiforgeryForms.Post(before.CreateClient(), "/review", "/review?handler=Judge", new Dictionary<string, string>
            {
                ["source"] = "jiangmen-zftzgcjsglzx-2022-4", ["target"] = "heyuan-2022-13", ["verdict"] = "confirm", ["note"] = "统一对外发声",
            });
        }

        BuildIndex();
        using var after = new SiteOver(IndexPath);
        var html = await after.CreateClient().GetStringAsync("/review?state=confirmed&doc=jiangmen-zftzgcjsglzx-2022");

        Assert.True(File.Exists(folder.Combine("index.reviews.sqlite")));
        Assert.False(File.Exists(Path.Combine(IndexPath, "index.reviews.sqlite")));
        Assert.Contains("id=\"link-jiangmen-zftzgcjsglzx-2022-4--heyuan-2022-13\"", html);
        Assert.Contains("统一对外发声", html);
    }

    /// <summary>The site over an index folder the test owns, so two sites can read one index in turn.</summary>
    private sealed class SiteOver(string indexPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureServices(services => services.AddSingleton(new WebAppOptions(indexPath)));
    }
}
