using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Align.Features;

/// <summary>
/// The reference rarity is read from unless an index was built with another: the seed plans that ship inside this
/// library. They are real plans, so what they repeat (各单位, 加强, 政务公开, the 指导思想 boilerplate) is what
/// plans in general repeat; and being fixed, they give every build the same weights, whatever else it holds.
/// </summary>
public static class SeedReference
{
    private const string ResourcePrefix = "seeds/";

    private static readonly Lazy<ReferenceFrequencies> Counted = new(CountSeeds);

    public static ReferenceFrequencies Frequencies => Counted.Value;

    private static ReferenceFrequencies CountSeeds()
    {
        var assembly = typeof(SeedReference).Assembly;
        var ingester = new PlanIngester();
        var plans = new List<Plan>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var result = ingester.Ingest(name, bytes.ToArray());
            plans.Add(result.Plan ?? throw new InvalidOperationException($"{name}: the bundled seed plan cannot be read: {result.Error}"));
        }
        if (plans.Count == 0)
            throw new InvalidOperationException("The seed plans are missing from the library's resources; the reference rarity cannot be counted.");
        return RarityWeights.FrequenciesOf(plans);
    }
}
