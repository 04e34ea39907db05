using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Pipeline;
using SearchPlans.Review;
using SearchPlans.Search;
using SearchPlans.Web;
using SearchPlans.Web.Matrix;
using SearchPlans.Web.Reading;
using SearchPlans.Web.Units;

namespace SearchPlans.Tests.Web.Reading;

/// <summary>The web app over two seed plans, whose index the tests rebuild under the running app.</summary>
public sealed class SwitchingSite(TimeSpan refreshInterval) : IndexedSite(AllSeeds.Take(2).ToList())
{
    public static readonly IReadOnlyList<Plan> AllSeeds = Read(SeedsPath);

    protected override WebAppOptions Options => new(IndexPath) { RefreshInterval = refreshInterval };

    /// <summary>Builds and publishes a new generation of these plans, as `searchplans index` does.</summary>
    public void Publish(IReadOnlyList<Plan> plans) => new IndexPipeline().Build(plans, IndexPath);

    public async Task<(string Generation, int Plans)> Status(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/status"));
        return (json.RootElement.GetProperty("generation").GetString()!, json.RootElement.GetProperty("plans").GetInt32());
    }
}

public sealed class IndexSwitchTests : IDisposable
{
    // Long enough that only the test moves the app to a new generation, so each step is deterministic.
    private readonly SwitchingSite site = new(TimeSpan.FromHours(1));

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task A_published_generation_is_served_after_a_refresh_without_a_restart()
    {
        var client = site.CreateClient();
        var added = SwitchingSite.AllSeeds[2].Id;
        var before = await site.Status(client);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plans/" + added)).StatusCode);

        site.Publish(SwitchingSite.AllSeeds);
        Assert.True(site.Services.GetRequiredService<GenerationWatcher>().Refresh());

        var after = await site.Status(client);
        Assert.NotEqual(before.Generation, after.Generation);
        Assert.Equal((2, SwitchingSite.AllSeeds.Count), (before.Plans, after.Plans));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/plans/" + added)).StatusCode);
        Assert.Contains(added, await client.GetStringAsync("/api/plans"));
    }

    [Fact]
    public async Task The_review_queue_is_put_in_order_again_for_a_new_generation()
    {
        // The order is kept per snapshot: one kept for the process would go on listing the first generation's links.
        var client = site.CreateClient();
        var added = SwitchingSite.AllSeeds[2].Id;
        var before = await ReviewTotal(client, "/review");
        Assert.Equal(0, await ReviewTotal(client, "/review?doc=" + added));

        site.Publish(SwitchingSite.AllSeeds);
        Assert.True(site.Services.GetRequiredService<GenerationWatcher>().Refresh());

        var links = site.Services.GetRequiredService<CorpusSession>().Latest.Corpus.Links.Count;
        Assert.True(links > before, $"{links} links after, {before} before");
        Assert.Equal(links, await ReviewTotal(client, "/review"));
        Assert.True(await ReviewTotal(client, "/review?doc=" + added) > 0);
    }

    [Fact]
    public void A_new_generation_derives_its_own_review_units_and_matrix_data_before_its_first_request()
    {
        var session = site.Services.GetRequiredService<CorpusSession>();
        var first = session.Latest;
        site.Publish(SwitchingSite.AllSeeds);
        Assert.True(site.Services.GetRequiredService<GenerationWatcher>().Refresh());

        var snapshot = session.Latest;
        Assert.NotSame(first, snapshot);
        Assert.True(snapshot.Holds<ReviewOrder>(nameof(ReviewOrder)));
        Assert.NotEmpty(snapshot.Units.Units);
        Assert.True(snapshot.Holds<UnitListView>(nameof(UnitListView)));
        Assert.True(snapshot.Holds<MatrixView>(nameof(MatrixPages.OpeningOf)));
        // The opening matrix keeps its cells worded: the old generation's must not serve the new one's page.
        Assert.NotSame(MatrixPages.OpeningOf(first), MatrixPages.OpeningOf(snapshot));
    }

    [Fact]
    public void A_refresh_with_nothing_new_keeps_the_snapshot()
    {
        var session = site.Services.GetRequiredService<CorpusSession>();
        var before = session.Latest;

        Assert.False(site.Services.GetRequiredService<GenerationWatcher>().Refresh());
        Assert.Same(before, session.Latest);
    }

    [Fact]
    public void A_request_that_holds_the_old_snapshot_keeps_searching_it_and_the_last_release_closes_it()
    {
        var session = site.Services.GetRequiredService<CorpusSession>();
        var lease = new SnapshotLease(session);
        var old = lease.Snapshot;

        site.Publish(SwitchingSite.AllSeeds);
        site.Services.GetRequiredService<GenerationWatcher>().Refresh();

        Assert.NotSame(old, session.Latest);
        Assert.True(old.Searcher.Search(new SearchRequest("公开", Limit: 1)).Total > 0);
        lease.Dispose();
        Assert.Equal(0, old.Searcher.RefCount);
        Assert.Throws<ObjectDisposedException>(() => old.Searcher.Search(new SearchRequest("公开", Limit: 1)));
    }

    [Fact]
    public async Task A_generation_that_cannot_be_read_is_skipped_and_the_old_one_still_answers()
    {
        var client = site.CreateClient();
        var before = await site.Status(client);
        site.Publish(SwitchingSite.AllSeeds);
        var damaged = IndexLayout.Resolve(site.IndexPath);
        File.WriteAllBytes(IndexLayout.CorpusFile(damaged), [0xc1, 0x00, 0xff]);

        Assert.False(site.Services.GetRequiredService<GenerationWatcher>().Refresh());

        Assert.Equal(before, await site.Status(client));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?q=" + Uri.EscapeDataString("公开"))).StatusCode);
    }

    [Fact]
    public async Task Requests_running_through_three_switches_all_succeed()
    {
        var client = site.CreateClient();
        var plan = SwitchingSite.AllSeeds[0].Id;
        string[] paths = ["/?q=" + Uri.EscapeDataString("政务公开"), "/plans/" + plan, "/api/search?q=" + Uri.EscapeDataString("年报"), "/api/plans"];
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var answered = 0;
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = w; !stop.IsCancellationRequested; i++)
            {
                using var response = await client.GetAsync(paths[i % paths.Length]);
                Interlocked.Increment(ref answered);
                if (response.StatusCode != HttpStatusCode.OK)
                    lock (failures)
                        failures.Add($"{paths[i % paths.Length]}: {(int)response.StatusCode}");
            }
        })).ToList();

        var generations = new HashSet<string>();
        for (var round = 0; round < 3; round++)
        {
            site.Publish(round % 2 == 0 ? SwitchingSite.AllSeeds : SwitchingSite.AllSeeds.Take(2).ToList());
            Assert.True(site.Services.GetRequiredService<GenerationWatcher>().Refresh());
            generations.Add((await site.Status(client)).Generation);
        }
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.Empty(failures);
        Assert.Equal(3, generations.Count);
        Assert.True(answered > 0);
    }

    private static async Task<int> ReviewTotal(HttpClient client, string path)
    {
        var page = await Page.Get(client, path);
        return int.Parse(page.Texts("span", "muted").First(t => t.Contains(" match · ", StringComparison.Ordinal)).Split(' ')[0], CultureInfo.InvariantCulture);
    }
}

public sealed class GenerationWatcherTests : IDisposable
{
    private readonly SwitchingSite site = new(TimeSpan.FromMilliseconds(50));

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task The_running_app_picks_up_a_new_generation_by_itself()
    {
        var client = site.CreateClient();
        var before = await site.Status(client);

        site.Publish(SwitchingSite.AllSeeds);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var now = before;
        while (now.Generation == before.Generation && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            now = await site.Status(client);
        }
        Assert.NotEqual(before.Generation, now.Generation);
        Assert.Equal(SwitchingSite.AllSeeds.Count, now.Plans);
    }
}
