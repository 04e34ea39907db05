using SearchPlans.Units;
using SearchPlans.Web.Localization;

namespace SearchPlans.Web.Units;

/// <summary>How the units pages name roles and link units.</summary>
public static class UnitLabels
{
    public static string Role(UnitRole role) => role switch
    {
        UnitRole.Lead => Text.Get("lead"),
        UnitRole.Shared => Text.Get("shared"),
        _ => Text.Get("named in the text"),
    };

    public static string RoleClass(UnitRole role) => role switch
    {
        UnitRole.Lead => "role-lead",
        UnitRole.Shared => "role-shared",
        _ => "role-text",
    };

    public static string Href(string unitName) => "/units/" + Uri.EscapeDataString(unitName);
}
