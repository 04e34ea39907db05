using SearchPlans.Generate;
using SearchPlans.Model;

namespace SearchPlans.Tools.Bench;

/// <summary>The share of the generator's true parent–child requirement pairs that alignment linked (either kind).</summary>
internal static class LineageRecall
{
    public static double Of(TruthFile truth, IEnumerable<RequirementLink> links)
    {
        var linked = links.Select(l => Key(l.Source, l.Target)).ToHashSet();
        var pairs = truth.LineagePairs.ToList();
        return pairs.Count == 0 ? 1 : (double)pairs.Count(p => linked.Contains(Key(p.Child, p.Parent))) / pairs.Count;
    }

    /// <summary>A pair of requirement ids regardless of direction.</summary>
    public static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
