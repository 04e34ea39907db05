using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>A real jurisdiction the generator writes plans for, with the body it implements.</summary>
/// <param name="Name">As printed: 广东省, 河源市, 紫金县, 河源市财政局.</param>
/// <param name="Parent">The jurisdiction whose plan this one's is derived from (province for a city, city for a county or agency); null for a province.</param>
/// <param name="Place">For an agency, the city it belongs to; otherwise the name itself.</param>
/// <param name="PrintedAs">
/// How titles print the name where they name it within a higher place (萍杞县萍杞镇, 萍杞省萍杞市财政局), as plans of
/// places no list of divisions holds do for the reader to know where they lie; null where titles print the name alone.
/// </param>
public sealed record CatalogEntry(string Name, AdminLevel Level, string Province, CatalogEntry? Parent, string Place, string? PrintedAs = null)
{
    /// <summary>The name as its plans' titles print it.</summary>
    public string TitleName => PrintedAs ?? Name;

    /// <summary>The name without its level suffix, as texts use it in running prose (广东, 河源, 紫金).</summary>
    public string ShortName => Name.Length > 2 && Name[^1] is '省' or '市' or '县' or '区' ? Name[..^1]
        : Name.EndsWith("自治区", StringComparison.Ordinal) ? Name[..^3] : Name;

    public Jurisdiction ToJurisdiction() => new(Name, Level, Province);
}
