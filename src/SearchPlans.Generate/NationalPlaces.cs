using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>
/// A catalog the size of China's: 34 provincial-level divisions, 333 prefecture-level, 2,850 county-level, a township
/// under each county, and departments at every level that publish plans of their own. The sample catalog's real
/// places come first within their province; the rest are named by rule from characters common in place names, each
/// name used once, so no real list is needed and every plan id stays apart.
/// </summary>
internal static class NationalPlaces
{
    public const int Provinces = 34;
    public const int Prefectures = 333;
    public const int Counties = 2_850;

    // Characters of place names that are no word of a plan's text, so localising a text (河源 → 桐岚) never rewrites
    // its words. None is a level suffix (省市县区州镇乡), which the reader takes for the end of a name.
    private const string NameCharacters =
        "桐岚溪沅澧汀湄浔璧瑶琼桦樟榕枫杉柏槐梓棠蓉莲菱蕉茗岱岑嵩峨崂屏枣柘榆杞漓湘涟滦淇洮泾渭汾沂泗濉颍邗邳郯莒鄞婺衢歙黟祁"
        + "岷邛雅泸藤蒲荔榴桂梧柳桃杏梨橘柚棉麦禾稷黍芦荻苇蒿兰芷蘅芙蓬萍荇莼菖楠檀楸桧柯椿樊";

    /// <summary>Departments of a province's government that issue their own plans.</summary>
    private static readonly string[] ProvincialDepartments =
    [
        "发展和改革委员会", "教育厅", "科学技术厅", "工业和信息化厅", "民政厅", "司法厅", "财政厅", "人力资源和社会保障厅",
        "自然资源厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅", "水利厅", "农业农村厅", "商务厅", "文化和旅游厅",
        "卫生健康委员会", "应急管理厅", "审计厅", "市场监督管理局",
    ];

    /// <summary>Departments of a county's government; each county's plan is joined by one of them in turn.</summary>
    private static readonly string[] CountyDepartments = ["财政局", "教育局", "民政局", "卫生健康局", "自然资源局", "农业农村局", "市场监督管理局"];

    public static List<CatalogEntry> Build()
    {
        var names = new PlaceNameMaker(JurisdictionCatalog.All.Select(e => e.ShortName));
        var sample = CatalogPlaces.Provinces.ToDictionary(p => p.Province, p => p.Cities);
        var provinces = CatalogPlaces.Provinces.Select(p => p.Province)
            .Concat(Enumerable.Range(0, Provinces - CatalogPlaces.Provinces.Length).Select(_ => names.Next() + "省")).ToList();
        var entries = new List<CatalogEntry>();
        var countiesLeft = Counties;
        var prefecturesLeft = Prefectures;
        for (var p = 0; p < provinces.Count; p++)
        {
            var province = new CatalogEntry(provinces[p], AdminLevel.Province, provinces[p], null, provinces[p]);
            entries.Add(province);
            foreach (var department in ProvincialDepartments)
                entries.Add(new CatalogEntry(province.Name + department, AdminLevel.Agency, province.Name, province, province.Name));
            var cities = sample.GetValueOrDefault(province.Name, []).ToList();
            // The prefectures share out as evenly as the counts allow (333 over 34 is 9 or 10 each), the sample's all kept.
            var prefectureCount = Math.Max(cities.Count, Share(prefecturesLeft, provinces.Count - p));
            prefecturesLeft -= prefectureCount;
            while (cities.Count < prefectureCount)
                cities.Add((names.Next() + "市", []));
            var listedCities = sample.GetValueOrDefault(province.Name, []).Length;
            for (var c = 0; c < prefectureCount; c++)
            {
                var (cityName, listed) = cities[c];
                // A city of a made-up name is titled within its province (萍杞省萍杞市2024年…, 萍杞省萍杞市财政局…).
                var cityTitle = c >= listedCities ? province.Name + cityName : null;
                var city = new CatalogEntry(cityName, AdminLevel.City, province.Name, province, cityName, cityTitle);
                entries.Add(city);
                foreach (var agency in CatalogPlaces.AgencyKinds)
                    entries.Add(new CatalogEntry(cityName + agency, AdminLevel.Agency, province.Name, city, cityName, cityTitle is null ? null : cityTitle + agency));
                var countyCount = Math.Max(listed.Length, Share(countiesLeft, prefecturesLeft + prefectureCount - c));
                countiesLeft -= countyCount;
                var counties = listed.ToList();
                while (counties.Count < countyCount)
                    counties.Add(names.Next() + (counties.Count % 3 == 0 ? "区" : "县"));
                for (var k = 0; k < counties.Count; k++)
                    AddCounty(entries, names, city, counties[k], madeUp: k >= listed.Length);
            }
        }
        return entries;
    }

    // A county with one township (a 镇, or every third a 乡) and one of its departments, in turn. A county of a made-up
    // name is titled within its city (萍杞市萍杞县), every township within its county (萍杞县萍杞镇), as no list names them.
    private static void AddCounty(List<CatalogEntry> entries, PlaceNameMaker names, CatalogEntry city, string countyName, bool madeUp)
    {
        var level = countyName.EndsWith('区') ? AdminLevel.District : AdminLevel.County;
        var county = new CatalogEntry(countyName, level, city.Province, city, countyName, madeUp ? city.TitleName + countyName : null);
        entries.Add(county);
        var township = names.Next() + (entries.Count % 3 == 0 ? "乡" : "镇");
        entries.Add(new CatalogEntry(township, AdminLevel.Township, city.Province, county, township, countyName + township));
        var department = CountyDepartments[entries.Count % CountyDepartments.Length];
        entries.Add(new CatalogEntry(countyName + department, AdminLevel.Agency, city.Province, county, countyName));
    }

    // Of `left` items still to give out over `takers`, this taker's share (the first ones take the remainder).
    private static int Share(int left, int takers) => (left + takers - 1) / takers;

    /// <summary>Two-character names from <see cref="NameCharacters"/>, in a fixed order, none used twice.</summary>
    private sealed class PlaceNameMaker(IEnumerable<string> taken)
    {
        private readonly HashSet<string> used = [.. taken];
        private int next;

        public string Next()
        {
            var n = NameCharacters.Length;
            while (next < n * n)
            {
                // Walks the pairs diagonally, so neighbouring names rarely share a first character.
                var (first, second) = (next % n, (next / n + next) % n);
                next++;
                var name = $"{NameCharacters[first]}{NameCharacters[second]}";
                if (first != second && used.Add(name))
                    return name;
            }
            throw new InvalidOperationException("the national catalog has used every name its characters can make");
        }
    }
}
