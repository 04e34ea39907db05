using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Web;
using SearchPlans.Web.Reading;

namespace SearchPlans.Tools.Bench;

/// <summary>What serving an index measured in a process of its own.</summary>
/// <param name="StartSeconds">From starting the web app to its first answered search: opening the index, the stored corpus,
/// the counterpart index and what the pages prepare.</param>
/// <param name="ResidentMb">The process's resident set once the web app has answered the query mix and built what its pages prepare.</param>
/// <param name="LiveHeapMb">The managed heap still referenced then, after a full collection.</param>
internal sealed record ServingStageReport(double StartSeconds, double ResidentMb, double LiveHeapMb);

/// <summary>
/// Starts the web app over an index on a loopback port, as `searchplans serve` does, and asks it the bench's query mix
/// as search pages; then reads the process's memory. It runs in a process of its own (<see cref="StageProcess"/>), so
/// the resident set is the server's alone.
/// </summary>
internal static class ServingStage
{
    public static async Task<ServingStageReport> Run(string index, int year, int rounds)
    {
        var clock = Stopwatch.StartNew();
        await using var app = WebApp.Build(["--urls", "http://127.0.0.1:0"], new WebAppOptions(index));
        await app.StartAsync();
        // Bound once started: port 0 asks the system for a free one.
        var address = app.Urls.First();
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        var mix = QueryMix.For(year);
        await Ask(client, mix[0]);
        var startSeconds = clock.Elapsed.TotalSeconds;
        for (var round = 0; round < rounds; round++)
            foreach (var query in mix)
                await Ask(client, query);
        // What the pages prepare (the review order, the default matrix) is built beside the first searches; measured
        // while it is half built, the heap held its temporary arrays or not by the timing of the run.
        await app.Services.GetRequiredService<CorpusSession>().Latest.Prepared;
        var heap = ProcessMemory.LiveHeapMb();
        var resident = ProcessMemory.ResidentMb();
        await app.StopAsync();
        return new ServingStageReport(startSeconds, resident, heap);
    }

    private static async Task Ask(HttpClient client, BenchQuery query)
    {
        using var response = await client.GetAsync("/?q=" + Uri.EscapeDataString(query.Request.Query));
        response.EnsureSuccessStatusCode();
    }
}
