using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>The five seed plans indexed once into a temp folder (without links: search does not read them).</summary>
public sealed class SeedIndexFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public SeedIndexFixture()
    {
        IndexBuilder.Build(new Corpus([.. Seeds.Results.Select(r => r.Plan).OfType<Plan>()]), folder.Combine("index"));
        Searcher = new PlanSearcher(folder.Combine("index"));
    }

    public PlanSearcher Searcher { get; }

    public string IndexPath => folder.Combine("index");

    public SearchResults Search(string query, int limit = 20) => Searcher.Search(new SearchRequest(query, Limit: limit));

    public string[] Ids(string query, int limit = 20) => [.. Search(query, limit).Hits.Select(h => h.Id)];

    public void Dispose()
    {
        Searcher.Dispose();
        folder.Dispose();
    }
}
