using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>A real jurisdiction the generator writes plans for, with the body it implements.</summary>
/// <param name="Name">As printed: 广东省, 河源市, 紫金县, 河源市财政局.</param>
/// <param name="Parent">The jurisdiction whose plan this one's is derived from (province for a city, city for a county or agency); null for a province.</param>
/// <param name="Place">For an agency, the city it belongs to; otherwise the name itself.</param>
public sealed record CatalogEntry(string Name, AdminLevel Level, string Province, CatalogEntry? Parent, string Place)
{
    /// <summary>The name without its level suffix, as texts use it in running prose (广东, 河源, 紫金).</summary>
    public string ShortName => Name.Length > 2 && Name[^1] is '省' or '市' or '县' or '区' ? Name[..^1]
        : Name.EndsWith("自治区", StringComparison.Ordinal) ? Name[..^3] : Name;

    public Jurisdiction ToJurisdiction() => new(Name, Level, Province);
}
