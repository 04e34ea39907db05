namespace SearchPlans.Tools.Bench;

/// <summary>
/// How a cost grows with the corpus: the slope of the least-squares line through (log size, log cost). Near 1
/// is linear; all-pairs work would be 2.
/// </summary>
internal static class GrowthFit
{
    /// <summary>Null when there are fewer than two points or a cost is not positive.</summary>
    public static double? Exponent(IReadOnlyList<double> sizes, IReadOnlyList<double> costs)
    {
        if (sizes.Count < 2 || sizes.Count != costs.Count || sizes.Concat(costs).Any(v => v <= 0))
            return null;
        var x = sizes.Select(v => Math.Log(v)).ToArray();
        var y = costs.Select(v => Math.Log(v)).ToArray();
        var (mx, my) = (x.Average(), y.Average());
        var sxx = x.Sum(v => (v - mx) * (v - mx));
        return sxx == 0 ? null : x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my)) / sxx;
    }
}
