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

    public static int Capacity => JurisdictionCatalog.All.Count * (LastYear - FirstYear + 1);

    public static IEnumerable<(CatalogEntry Entry, int Year)> Slots(int count, Random random)
    {
        var children = JurisdictionCatalog.All.Where(e => e.Parent is not null).GroupBy(e => e.Parent!)
            .ToDictionary(g => g.Key, g => g.ToList());
        var families = JurisdictionCatalog.All.Where(e => e.Level == AdminLevel.Province)
            .SelectMany(p => Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => (Province: p, Year: y)))
            .OrderBy(_ => random.Next()).ToList();
        // At least a fifth of each family, so even a small corpus holds parents with several children.
        var share = Math.Min(1.0, Math.Max(0.2, 1.3 * count / Capacity));
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

    private static IEnumerable<CatalogEntry> Family(CatalogEntry province, Dictionary<CatalogEntry, List<CatalogEntry>> children, Random random)
    {
        yield return province;
        foreach (var city in children.GetValueOrDefault(province, []).OrderBy(_ => random.Next()).ToList())
        {
            yield return city;
            foreach (var child in children.GetValueOrDefault(city, []).OrderBy(_ => random.Next()).ToList())
                yield return child;
        }
    }
}
