namespace SearchPlans.Web.Markup;

/// <summary>The addresses of plans and requirements, in one place so every page links the same way.</summary>
public static class Anchors
{
    public static string Plan(string planId) => "/plans/" + Uri.EscapeDataString(planId);

    /// <summary>The requirement's place in its plan's page.</summary>
    public static string InPlan(string planId, string requirementId) => Plan(planId) + "#" + Uri.EscapeDataString(requirementId);

    public static string Requirement(string requirementId) => "/requirements/" + Uri.EscapeDataString(requirementId);

    public static string Counterparts(string requirementId) => Requirement(requirementId) + "#counterparts";

    public static string Variants(string requirementId) => "/variants/" + Uri.EscapeDataString(requirementId);

    /// <summary>The review page, narrowed to the links of one requirement.</summary>
    public static string Review(string requirementId) => "/review?req=" + Uri.EscapeDataString(requirementId);

    public static string Compare(string planA, string planB) =>
        "/compare?a=" + Uri.EscapeDataString(planA) + "&b=" + Uri.EscapeDataString(planB);

    /// <summary>The comparison of two plans, opened at the row of one of A's requirements.</summary>
    public static string CompareAt(string planA, string planB, string requirementIdInA) =>
        Compare(planA, planB) + "#" + ComparisonRow(requirementIdInA);

    /// <summary>The element id of A's requirement's row on the compare page.</summary>
    public static string ComparisonRow(string requirementIdInA) => "row-" + requirementIdInA;
}
