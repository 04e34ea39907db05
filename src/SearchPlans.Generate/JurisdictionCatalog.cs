using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>
/// Real provinces, cities, counties and districts, and the municipal agencies that issue their own plans: the
/// built-in list generated plans are written for. Provinces come first, then each city followed by its children,
/// so a parent always precedes the entries derived from it.
/// </summary>
public static class JurisdictionCatalog
{
    private static readonly Lazy<IReadOnlyList<CatalogEntry>> NationalCatalog = new(() => NationalPlaces.Build());

    /// <summary>The sample catalog: 12 provinces and the cities, counties and agencies listed for them (20,097 plans in 11 years).</summary>
    public static IReadOnlyList<CatalogEntry> All { get; } = Build();

    /// <summary>
    /// A catalog the size of China's (34 provinces, 333 prefectures, 2,850 counties, a township and a department under
    /// each county, departments of every province and city): 18,255 jurisdictions, 200,805 plans in 11 years.
    /// </summary>
    public static IReadOnlyList<CatalogEntry> National => NationalCatalog.Value;

    public static IReadOnlyList<CatalogEntry> Of(CatalogSize size) => size == CatalogSize.National ? National : All;

    private static List<CatalogEntry> Build()
    {
        var entries = new List<CatalogEntry>();
        foreach (var (province, cities) in CatalogPlaces.Provinces)
        {
            var p = new CatalogEntry(province, AdminLevel.Province, province, null, province);
            entries.Add(p);
            foreach (var (city, counties) in cities)
            {
                var c = new CatalogEntry(city, AdminLevel.City, province, p, city);
                entries.Add(c);
                foreach (var county in counties)
                    entries.Add(new CatalogEntry(county, county.EndsWith('区') ? AdminLevel.District : AdminLevel.County, province, c, county));
                foreach (var agency in CatalogPlaces.AgencyKinds)
                    entries.Add(new CatalogEntry(city + agency, AdminLevel.Agency, province, c, city));
            }
        }
        return entries;
    }
}
