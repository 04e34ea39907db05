using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using SearchPlans.Tools.Bench;

namespace SearchPlans.Tools.Load;

/// <summary>
/// A bounded load on a running server: a fixed number of workers send the request mix back to back for a fixed
/// time, and a watcher notes which index generation answers each second (so a run shows the server switching).
/// </summary>
/// <param name="untilGenerations">Keep loading past <paramref name="duration"/> until the server has answered from this
/// many generations, for at most <see cref="GenerationWait"/>; 0 stops when the time is up.</param>
/// <param name="untilRequests">Keep loading past <paramref name="duration"/> until this many requests have been answered,
/// for at most <see cref="GenerationWait"/>; 0 stops when the time is up.</param>
internal sealed class LoadRunner(HttpClient client, IReadOnlyList<LoadRequest> mix, int concurrency, TimeSpan duration, int untilGenerations = 0, int untilRequests = 0)
{
    /// <summary>Longest a run waits past its time for the server to switch: generous, since a busy machine re-indexes slowly.</summary>
    public static readonly TimeSpan GenerationWait = TimeSpan.FromMinutes(10);

    private readonly TaskCompletionSource enoughGenerations = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource enoughRequests = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int answered;

    private readonly ConcurrentBag<(string Kind, double Milliseconds)> timings = [];
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentDictionary<string, byte> generations = new();

    /// <param name="alongside">Work that runs during the load (a re-index) and stops when it ends; its count is reported.</param>
    public async Task<LoadReport> Run(Func<CancellationToken, Task<int>>? alongside, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Worker(w, stop.Token)).ToList();
        var watcher = WatchGenerations(stop.Token);
        var side = alongside?.Invoke(stop.Token) ?? Task.FromResult(0);
        try
        {
            await Task.Delay(duration, cancellation);
            if (untilGenerations > 0)
                await WaitFor(enoughGenerations.Task, () => $"the server answered from {generations.Count} generations in {GenerationWait.TotalMinutes:0} minutes past the run's time, not {untilGenerations}", cancellation);
            if (untilRequests > 0)
                await WaitFor(enoughRequests.Task, () => $"the server answered {Volatile.Read(ref answered)} requests in {GenerationWait.TotalMinutes:0} minutes past the run's time, not {untilRequests}", cancellation);
        }
        finally
        {
            await stop.CancelAsync();
        }
        await Task.WhenAll(workers);
        await watcher;
        var rebuilds = await side;
        var elapsed = clock.Elapsed;

        var all = timings.ToList();
        var byKind = all.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LoadKindReport(g.Key, Latency.Of(g.Select(t => t.Milliseconds).ToList())))
            .ToList();
        return new LoadReport(concurrency, elapsed.TotalSeconds, all.Count, all.Count / elapsed.TotalSeconds,
            Latency.Of(all.Select(t => t.Milliseconds).ToList()), byKind, errors.Count, [.. errors.Take(20)], rebuilds,
            [.. generations.Keys.Order(StringComparer.Ordinal)]);
    }

    // Waits for the event (the watcher seeing enough generations, the workers enough answers), not for a window of
    // time: on a busy machine a re-index or a page takes longer, and the run simply lasts longer.
    private async Task WaitFor(Task enough, Func<string> shortOf, CancellationToken cancellation)
    {
        try
        {
            await enough.WaitAsync(GenerationWait, cancellation);
        }
        catch (TimeoutException)
        {
            errors.Enqueue(shortOf());
        }
    }

    private async Task Worker(int offset, CancellationToken stop)
    {
        for (var i = offset * 37; !stop.IsCancellationRequested; i++)
        {
            var request = mix[i % mix.Count];
            var started = Stopwatch.GetTimestamp();
            try
            {
                // Not cancelled by the stop signal: a request in flight when the time is up still counts.
                using var response = await client.GetAsync(request.Path, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                timings.Add((request.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                if (Interlocked.Increment(ref answered) >= untilRequests)
                    enoughRequests.TrySetResult();
                if (!response.IsSuccessStatusCode)
                    errors.Enqueue($"{request.Path}: HTTP {(int)response.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                timings.Add((request.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                errors.Enqueue($"{request.Path}: {e.Message}");
            }
        }
    }

    private async Task WatchGenerations(CancellationToken stop)
    {
        while (true)
        {
            try
            {
                using var status = JsonDocument.Parse(await client.GetStringAsync("/api/status", stop));
                generations.TryAdd(status.RootElement.GetProperty("generation").GetString() ?? "?", 0);
                if (untilGenerations > 0 && generations.Count >= untilGenerations)
                    enoughGenerations.TrySetResult();
                await Task.Delay(TimeSpan.FromMilliseconds(250), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (HttpRequestException e)
            {
                errors.Enqueue($"/api/status: {e.Message}");
            }
        }
    }
}
