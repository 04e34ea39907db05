namespace SearchPlans.Generate;

/// <summary>
/// Rewrites the place names a text took from its source plan into the names of the plan it now belongs to:
/// 广东省 → 浙江省, 河源 → 丽水. Full names first, so 河源市 never becomes 丽水市市.
/// </summary>
internal static class PlaceLocalizer
{
    public static string Localize(string text, SeedPlaces from, CatalogEntry to)
    {
        var result = text;
        result = Swap(result, from.Province, to.Province);
        var local = to.Level == Model.AdminLevel.Province ? to.Name : to.Place;
        if (from.Local != from.Province)
            result = Swap(result, from.Local, local);
        return result;
    }

    /// <summary>The places a text of this jurisdiction's plan uses, for its children to localise in turn.</summary>
    public static SeedPlaces PlacesOf(CatalogEntry jurisdiction) =>
        new(jurisdiction.Province, jurisdiction.Level == Model.AdminLevel.Province ? jurisdiction.Name : jurisdiction.Place);

    private static string Swap(string text, string from, string to)
    {
        if (from.Length < 2 || from == to)
            return text;
        text = text.Replace(from, to, StringComparison.Ordinal);
        var shortFrom = Short(from);
        return shortFrom.Length >= 2 ? text.Replace(shortFrom, Short(to), StringComparison.Ordinal) : text;
    }

    private static string Short(string name) =>
        name.EndsWith("自治区", StringComparison.Ordinal) ? name[..^3]
        : name.Length > 2 && name[^1] is '省' or '市' or '县' or '区' ? name[..^1] : name;
}
