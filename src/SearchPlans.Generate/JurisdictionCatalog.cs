using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>
/// Real provinces, cities, counties and districts, and the municipal agencies that issue their own plans: the
/// built-in list generated plans are written for. Provinces come first, then each city followed by its children,
/// so a parent always precedes the entries derived from it.
/// </summary>
public static class JurisdictionCatalog
{
    public static IReadOnlyList<CatalogEntry> All { get; } = Build();

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
