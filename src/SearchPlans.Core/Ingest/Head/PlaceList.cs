using SearchPlans.Model;

namespace SearchPlans.Ingest.Head;

/// <summary>One division of China: name, level, the division it lies in (a city or its province) and province.</summary>
internal sealed record Place(string Name, AdminLevel Level, string Parent, string Province);

/// <summary>
/// China's provinces, prefectures and county-level divisions (places.tsv, bundled), found by the pinyin of their
/// names, for plans whose text names no place and whose file name does (taishan-county-2021.txt).
/// </summary>
internal static class PlaceList
{
    private static readonly Lazy<ILookup<string, Place>> BySlug = new(() =>
        Load().ToLookup(p => PlanIdMaker.Make(new Jurisdiction(p.Name, p.Level, p.Province), null)));

    private static readonly Lazy<ILookup<string, Place>> ByName = new(() => Load().ToLookup(p => p.Name));

    public static IEnumerable<Place> WithSlug(string slug) => BySlug.Value[slug];

    /// <summary>The level of a division by its name, when every division of that name has one (台山市 is a county-level city).</summary>
    public static AdminLevel? LevelOf(string name) =>
        ByName.Value[name].Select(p => p.Level).Distinct().ToList() is [var only] ? only : null;

    /// <summary>
    /// The prefecture-level city a county or district lies in, when every division of that name in its province (where
    /// known) lies in one: 城中区 is in 柳州市 and 西宁市, but Guangxi's is in 柳州市.
    /// </summary>
    public static string? CityOf(string name, string? province) =>
        ByName.Value[name].Where(p => province is null || p.Province == province).Select(p => p.Parent).Distinct().ToList() is [var only]
        && ByName.Value[only].Any(p => p.Level == AdminLevel.City)
            ? only : null;

    /// <summary>The longest division name a body's name opens with (台山市 of 台山市财政局), when only one division has it.</summary>
    public static string? LeadingDivision(string name)
    {
        for (var length = name.Length - 1; length >= 2; length--)
        {
            var count = ByName.Value[name[..length]].Count();
            if (count > 0)
                return count == 1 ? name[..length] : null;
        }
        return null;
    }

    /// <summary>
    /// The province of a place, or of a body named after one (合肥市商务局): the longest division name the name
    /// opens with, when every division of that name lies in one province (朝阳区 lies in two).
    /// </summary>
    public static string? ProvinceOf(string name)
    {
        for (var length = name.Length; length >= 2; length--)
        {
            var provinces = ByName.Value[name[..length]].Select(p => p.Province).Distinct().ToList();
            if (provinces.Count > 0)
                return provinces.Count == 1 ? provinces[0] : null;
        }
        return null;
    }

    private static IEnumerable<Place> Load()
    {
        using var stream = typeof(PlaceList).Assembly.GetManifestResourceStream("places.tsv")
            ?? throw new InvalidOperationException("places.tsv is missing from the assembly");
        using var reader = new StreamReader(stream);
        var places = new List<Place>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 4)
                continue;
            var level = f[1] switch
            {
                "province" => AdminLevel.Province,
                "city" => AdminLevel.City,
                "district" => AdminLevel.District,
                _ => AdminLevel.County,
            };
            places.Add(new Place(f[0], level, f[2], f[3]));
        }
        return places;
    }
}
