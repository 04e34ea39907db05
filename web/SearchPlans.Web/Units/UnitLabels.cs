using SearchPlans.Units;

namespace SearchPlans.Web.Units;

/// <summary>How the units pages name roles and link units.</summary>
public static class UnitLabels
{
    public static string Role(UnitRole role) => role switch
    {
        UnitRole.Lead => "牵头 lead",
        UnitRole.Shared => "落实 shared",
        _ => "文中提及 named in text",
    };

    public static string RoleClass(UnitRole role) => role switch
    {
        UnitRole.Lead => "role-lead",
        UnitRole.Shared => "role-shared",
        _ => "role-text",
    };

    public static string Href(string unitName) => "/units/" + Uri.EscapeDataString(unitName);
}
