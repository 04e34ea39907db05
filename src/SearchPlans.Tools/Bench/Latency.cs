namespace SearchPlans.Tools.Bench;

/// <summary>Percentiles of measured latencies, in milliseconds (nearest rank).</summary>
internal sealed record Latency(int Count, double P50, double P95, double P99, double Max)
{
    public static Latency Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
            return new Latency(0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        return new Latency(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
