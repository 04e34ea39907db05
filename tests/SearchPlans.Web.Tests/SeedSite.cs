using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Ingest;
using SearchPlans.Model;
using SearchPlans.Pipeline;
using SearchPlans.Web;

namespace SearchPlans.Tests.Web;

/// <summary>The web app over an index of some plans, linked and built once in a temp folder.</summary>
public abstract class IndexedSite : WebApplicationFactory<Program>
{
    private readonly TempFolder folder = new();

    protected IndexedSite(IReadOnlyList<Plan> plans) => new IndexPipeline().Build(plans, IndexPath);

    /// <summary>A site whose index the derived site writes at <see cref="IndexPath"/> itself.</summary>
    protected IndexedSite()
    {
    }

    public string IndexPath => folder.Combine("index");

    public static string SeedsPath => Path.Combine(RepositoryRoot(), "seeds");

    /// <summary>Every plan of a folder that the ingester reads.</summary>
    internal static IReadOnlyList<Plan> Read(string folder) => new IndexPipeline().Read(folder).PlansRead();

    /// <summary>The options the app is started with; a site that re-indexes under the app changes the refresh interval.</summary>
    protected virtual WebAppOptions Options => new(IndexPath);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton(Options));

    /// <summary>
    /// The pages are Chinese unless asked otherwise; most tests read them in English, which says what they check in
    /// the words the code is written in. The language tests ask for each language themselves.
    /// </summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

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

/// <summary>The web app over an index of the five real seed plans, shared by every test class of the collection.</summary>
public sealed class SeedSite() : IndexedSite(Read(SeedsPath));

[CollectionDefinition(Name)]
public sealed class SeedSiteCollection : ICollectionFixture<SeedSite>
{
    public const string Name = "seed site";
}

/// <summary>
/// Heyuan's 2022 plan beside a 2023 edition made from it (years moved on, item 1 replaced, one item reworded), so
/// requirements have earlier and later years. The seeds alone hold no jurisdiction twice.
/// </summary>
public sealed class TwoYearsSite() : IndexedSite(TwoYearsOfHeyuan())
{
    public const string NewItem1 = "建立重大行政决策预公开目录，每季度向社会通报决策草案征求意见采纳情况。";
    private const string OldItem1 = "依托政府信息公开平台进一步完善市级行政规章建设，高质量发布现行有效规章正式版本，巩固规章集中公开工作成果，及时做好规章动态更新。";

    private static IReadOnlyList<Plan> TwoYearsOfHeyuan()
    {
        using var seeds = new TempFolder();
        var heyuan = Directory.GetFiles(SeedsPath).Single(f => File.ReadAllText(f).Contains("河源市贯彻落实", StringComparison.Ordinal));
        var text = File.ReadAllText(heyuan);
        File.WriteAllText(seeds.Combine("a.txt"), text);
        File.WriteAllText(seeds.Combine("b.txt"), text.Replace("2022", "2023", StringComparison.Ordinal)
            .Replace(OldItem1, NewItem1, StringComparison.Ordinal)
            .Replace("持续推动政府信息主动公开目录的动态更新调整", "每半年评估一次政府信息主动公开目录，并推动其动态更新调整", StringComparison.Ordinal));
        return Read(seeds.Path);
    }
}
