using SearchPlans.Model;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// The city and county a jurisdiction lies in or belongs to, so a plan is linked with the plans of its own chain of
/// governments (its county's, its city's) rather than with every plan a tier above it in its province. Read from the
/// place a title names it within (台山市台城街道), the government an agency's name opens with (台山市财政局), and the
/// list of divisions (台山市 lies in 江门市).
/// </summary>
internal static class EnclosingPlaces
{
    /// <param name="seat">For an agency, the place its name opens with, where the title named it.</param>
    /// <param name="within">The place the title named the jurisdiction (or the agency's seat) within.</param>
    /// <param name="province">The province it was read to lie in, which tells apart divisions of one name (城中区).</param>
    public static (string? City, string? County) Around(string name, AdminLevel level, string? seat, string? within, string? province)
    {
        if (level != AdminLevel.Agency)
            return Above(name, level, within, province);
        // An agency belongs to its government: its chain is that government's and the government itself.
        return (seat ?? PlaceList.LeadingDivision(name)) is not { } government ? (null, null)
            : JurisdictionReader.LevelOf(government) switch
            {
                AdminLevel.City => (government, null),
                AdminLevel.County or AdminLevel.District => (CityOf(government, within, province), government),
                AdminLevel.Township => Above(government, AdminLevel.Township, within, province),
                _ => (null, null),
            };
    }

    /// <summary>
    /// Where its head names no county or city, those whose plans the plan cites: a township carrying out 凉州区's plan
    /// (按照凉州区人民政府办公室关于印发凉州区2024年政务公开工作要点的通知) lies in 凉州区, and so in 武威市 and 甘肃省.
    /// </summary>
    public static Jurisdiction WithCitedGovernments(Jurisdiction jurisdiction, IEnumerable<CitedDocument> cites)
    {
        if (jurisdiction.Level is not (AdminLevel.Township or AdminLevel.County or AdminLevel.District))
            return jurisdiction;
        var cited = cites.Select(c => c.Title is null ? null : JurisdictionReader.GovernmentOfCitedPlan(c.Title)).OfType<(string Name, AdminLevel Level)>()
            .Where(g => g.Name != jurisdiction.Name && SameProvince(g.Name, jurisdiction.Province)).ToList();
        var county = jurisdiction.Level == AdminLevel.Township
            ? jurisdiction.County ?? cited.Where(g => g.Level is AdminLevel.County or AdminLevel.District).Select(g => g.Name).FirstOrDefault()
            : null;
        var city = jurisdiction.City
            ?? (county is null ? null : PlaceList.CityOf(county, jurisdiction.Province))
            ?? cited.Where(g => g.Level == AdminLevel.City).Select(g => g.Name).FirstOrDefault();
        var province = jurisdiction.Province ?? ((county ?? city) is { } place ? PlaceList.ProvinceOf(place) : null);
        return jurisdiction with { County = county ?? jurisdiction.County, City = city, Province = province };
    }

    private static bool SameProvince(string place, string? province) =>
        province is null || PlaceList.ProvinceOf(place) is not { } known || known == province;

    private static (string? City, string? County) Above(string name, AdminLevel level, string? within, string? province) => level switch
    {
        AdminLevel.County or AdminLevel.District => (CityOf(name, within, province), null),
        // A township is known to lie in a county only where its title names one (大埔县大埔镇); a town a city
        // governs directly (东莞市虎门镇) lies in no county.
        AdminLevel.Township when within is not null => JurisdictionReader.LevelOf(within) switch
        {
            AdminLevel.City => (within, null),
            AdminLevel.County or AdminLevel.District => (CityOf(within, null, province), within),
            _ => (null, null),
        },
        _ => (null, null),
    };

    // 福州市鼓楼区 names its city; 台山市 alone is found in the list; a district of a municipality lies in no city.
    private static string? CityOf(string county, string? within, string? province) =>
        within is not null ? JurisdictionReader.LevelOf(within) == AdminLevel.City ? within : null : PlaceList.CityOf(county, province);
}
