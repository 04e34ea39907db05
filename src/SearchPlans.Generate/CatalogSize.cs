namespace SearchPlans.Generate;

/// <summary>Which catalog of jurisdictions a generated corpus is drawn from.</summary>
public enum CatalogSize
{
    /// <summary>The sample of 12 provinces (<see cref="JurisdictionCatalog.All"/>); the bench's figures are measured on it.</summary>
    Sample,

    /// <summary>Every province, prefecture and county, with townships and departments (<see cref="JurisdictionCatalog.National"/>).</summary>
    National,
}
