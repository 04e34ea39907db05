using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>
/// Chooses which jurisdictions and years get plans, parents before children: families of one province and one
/// year in random order, each with its province's plan and a share of its cities, counties and agencies. The
/// share grows with the number of plans asked for, so small corpora still span many years and provinces.
/// </summary>
internal static class PlanSelector
{
    public const int FirstYear = 2016;
    public const int LastYear = 2026;

    public static int Capacity => CapacityOf(JurisdictionCatalog.All);

    public static int CapacityOf(IReadOnlyList<CatalogEntry> catalog) => catalog.Count * (LastYear - FirstYear + 1);

    public static IEnumerable<(CatalogEntry Entry, int Year)> Slots(int count, Random random) => Slots(JurisdictionCatalog.All, count, random);

    public static IEnumerable<(CatalogEntry Entry, int Year)> Slots(IReadOnlyList<CatalogEntry> catalog, int count, Random random)
    {
        var children = catalog.Where(e => e.Parent is not null).GroupBy(e => e.Parent!)
            .ToDictionary(g => g.Key, g => g.ToList());
        var families = catalog.Where(e => e.Level == AdminLevel.Province)
            .SelectMany(p => Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => (Province: p, Year: y)))
            .OrderBy(_ => random.Next()).ToList();
        // At least a fifth of each family, so even a small corpus holds parents with several children.
        var share = Math.Min(1.0, Math.Max(0.2, 1.3 * count / CapacityOf(catalog)));
        var chosen = new HashSet<(string, int)>();

        // A first pass takes a share of each family; a second takes whatever is left, still parents first.
        foreach (var pass in new[] { share, 1.0 })
        {
            foreach (var (province, year) in families)
            {
                foreach (var entry in Family(province, children, random))
                {
                    var isRoot = entry.Level == AdminLevel.Province;
                    var parentIn = entry.Parent is null || chosen.Contains((entry.Parent.Name, year)) || entry.Parent.Level == AdminLevel.Province;
                    // Agencies outnumber counties in the catalog four to one; halving their share keeps counties common.
                    // The last pass takes everything, or the catalog could never be filled.
                    var entryShare = entry.Level == AdminLevel.Agency && pass < 1.0 ? pass / 2 : pass;
                    if (chosen.Contains((entry.Name, year)) || !parentIn || (!isRoot && random.NextDouble() >= entryShare))
                        continue;
                    chosen.Add((entry.Name, year));
                    yield return (entry, year);
                }
            }
        }
    }

    // A family is a province and everything under it, parents before children, each level's order shuffled.
    private static IEnumerable<CatalogEntry> Family(CatalogEntry province, Dictionary<CatalogEntry, List<CatalogEntry>> children, Random random)
    {
        yield return province;
        foreach (var city in children.GetValueOrDefault(province, []).OrderBy(_ => random.Next()).ToList())
        {
            yield return city;
            foreach (var child in children.GetValueOrDefault(city, []).OrderBy(_ => random.Next()).ToList())
            {
                yield return child;
                // Only the national catalog goes below a city's children (a county's townships and departments);
                // the sample catalog's families draw exactly the random numbers they always did.
                if (children.TryGetValue(child, out var below))
                    foreach (var grandchild in below.OrderBy(_ => random.Next()).ToList())
                        yield return grandchild;
            }
        }
    }
}
