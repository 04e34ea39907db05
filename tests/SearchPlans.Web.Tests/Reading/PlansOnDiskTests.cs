using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Tests.Web.Pages;
using SearchPlans.Web.Matrix;
using SearchPlans.Web.Reading;

namespace SearchPlans.Tests.Web.Reading;

/// <summary>
/// The server reads each plan's requirements from disk when a page shows them, and the units as clustered when the
/// index was built (issue 26): every page and API answer must be the one it gave with the corpus read whole and the
/// units clustered at start, the review order sorted at start, as it still serves an index folder written before the
/// plans' bodies file.
/// </summary>
public sealed partial class PlansOnDiskTests(SeedSite seeds, GeneratedSite generated) : IClassFixture<SeedSite>, IClassFixture<GeneratedSite>
{
    public static TheoryData<string> Corpora => ["seeds", "generated"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task EveryPageAndAnswer_PlansOnDisk_AreThoseOfTheCorpusReadWhole(string name)
    {
        IndexedSite site = name == "seeds" ? seeds : generated;
        using var whole = new WholeCorpusSite(site.IndexPath);
        var onDisk = site.Services.GetRequiredService<CorpusSession>().Latest;
        var readWhole = whole.Services.GetRequiredService<CorpusSession>().Latest;
        Assert.All(onDisk.Corpus.Plans, p => Assert.IsAssignableFrom<IRequirementIds>(p.Requirements));
        Assert.All(readWhole.Corpus.Plans, p => Assert.IsNotAssignableFrom<IRequirementIds>(p.Requirements));
        Assert.True(File.Exists(UnitDirectoryFile.PathIn(onDisk.Folder)));
        Assert.False(File.Exists(UnitDirectoryFile.PathIn(readWhole.Folder)));

        var (client, wholeClient) = (site.CreateClient(), whole.CreateClient());
        var paths = Paths(onDisk).ToList();
        Assert.True(paths.Count > 20, $"only {paths.Count} addresses to compare");
        foreach (var path in paths)
        {
            var (expected, actual) = (await Page.Get(wholeClient, path), await Page.Get(client, path));
            Assert.Equal(HttpStatusCode.OK, actual.Status);
            Assert.Equal(Comparable(expected.Html), Comparable(actual.Html));
        }
    }

    /// <summary>Every kind of page and answer, over every plan, some requirements of each, the busiest units and neighbouring pairs of plans.</summary>
    private static IEnumerable<string> Paths(CorpusSnapshot snapshot)
    {
        string E(string text) => Uri.EscapeDataString(text);
        yield return "/";
        foreach (var query in new[] { "公开", "政务公开 AND 平台", "\"信息公开\"", "unit:办公室" })
        {
            yield return "/?q=" + E(query);
            yield return "/api/search?q=" + E(query);
        }
        yield return "/plans";
        yield return "/plans?sort=requirements";
        yield return "/api/plans";
        yield return "/units";
        yield return "/matrix";
        // Every group, at each threshold and in both languages: the cells' numbers are read once per matrix (issue 26).
        yield return "/matrix?lang=zh-CN";
        foreach (var group in MatrixPages.GroupsOf(snapshot))
            foreach (var min in new[] { 1, 2, 3 })
                yield return $"/matrix?group={E(group.Key)}&min={min}";
        yield return "/review";
        // The review order read from the links file: later pages, each kind, by score and by state (issue 26).
        foreach (var query in new[] { "p=2", "p=1000", "links=equivalent&p=3", "links=related&p=2", "sort=weakest&p=2", "sort=strongest&links=related", "state=unreviewed&p=2" })
            yield return "/review?" + query;
        yield return "/compare";
        var plans = snapshot.Corpus.Plans;
        foreach (var plan in plans)
        {
            yield return "/plans/" + E(plan.Id);
            yield return "/api/plans/" + E(plan.Id);
            foreach (var id in PlanRequirements.IdsOf(plan).Take(3))
            {
                yield return "/requirements/" + E(id);
                yield return "/api/requirements/" + E(id);
                yield return "/variants/" + E(id);
                yield return "/review?req=" + E(id);
            }
            yield return "/review?doc=" + E(plan.Id);
        }
        foreach (var (a, b) in plans.Zip(plans.Skip(1)).Take(6))
        {
            yield return $"/compare?a={E(a.Id)}&b={E(b.Id)}";
            yield return $"/api/compare?a={E(a.Id)}&b={E(b.Id)}";
        }
        foreach (var unit in snapshot.Units.Units.Take(5))
            yield return "/units/" + E(unit.Name);
    }

    // A form's antiforgery token differs from one answer to the next.
    private static string Comparable(string html) => Token().Replace(html, "");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex Token();

    /// <summary>
    /// A copy of a site's index folder as written before the plans' bodies, links and units files: the corpus whole in
    /// one file, which the server reads whole, clustering the units as it opens.
    /// </summary>
    private sealed class WholeCorpusSite : IndexedSite
    {
        public WholeCorpusSite(string indexPath)
        {
            var from = IndexLayout.Resolve(indexPath);
            var to = Path.Combine(IndexPath, Path.GetFileName(from));
            Directory.CreateDirectory(IndexLayout.LuceneDirectory(to));
            foreach (var file in Directory.GetFiles(IndexLayout.LuceneDirectory(from)))
                File.Copy(file, Path.Combine(IndexLayout.LuceneDirectory(to), Path.GetFileName(file)));
            foreach (var file in Directory.GetFiles(from))
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            var corpus = CorpusStore.Load(from);
            File.WriteAllBytes(IndexLayout.CorpusFile(to), CorpusStore.Serialize(corpus with { Links = [.. corpus.Links] }));
            (corpus.Links as IDisposable)?.Dispose();
            foreach (var apart in new[] { PlanBodiesFile.PathIn(to), LinkColumnsFile.PathIn(to), UnitDirectoryFile.PathIn(to) })
                File.Delete(apart);
            File.WriteAllText(Path.Combine(IndexPath, IndexLayout.CurrentFileName), Path.GetFileName(to));
        }
    }
}
