using System.Globalization;
using SearchPlans.Tools.Bench;

namespace SearchPlans.Tools.Load;

/// <summary>What a load run measured: throughput, latency overall and per kind of page, errors, re-index activity.</summary>
/// <param name="Rebuilds">Index generations published by the re-index that ran during the load.</param>
/// <param name="Generations">The generations the server answered from during the run, as /api/status named them.</param>
internal sealed record LoadReport(
    int Concurrency,
    double Seconds,
    int Requests,
    double RequestsPerSecond,
    Latency Latency,
    IReadOnlyList<LoadKindReport> ByKind,
    int Errors,
    IReadOnlyList<string> FirstErrors,
    int Rebuilds,
    IReadOnlyList<string> Generations)
{
    public void Write(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{Requests} requests in {Seconds:0.0} s from {Concurrency} workers: {RequestsPerSecond:0.0} requests/s, {Errors} errors"));
        output.WriteLine(string.Create(c, $"re-index: {Rebuilds} generations published; the server answered from {Generations.Count}: {string.Join(", ", Generations)}"));
        output.WriteLine();
        output.WriteLine("kind          count     p50 ms    p95 ms    p99 ms    max ms");
        foreach (var (kind, latency) in ByKind.Select(k => (k.Kind, k.Latency)).Append(("all", Latency)))
            output.WriteLine(string.Create(c, $"{kind,-12}{latency.Count,7}{latency.P50,11:0.0}{latency.P95,10:0.0}{latency.P99,10:0.0}{latency.Max,10:0.0}"));
        foreach (var error in FirstErrors)
            output.WriteLine("error: " + error);
    }
}

internal sealed record LoadKindReport(string Kind, Latency Latency);
