using System.Globalization;
using SearchPlans.Model;

namespace SearchPlans.Compare.Rendering;

/// <summary>The words the people-facing renderers print, kept in one place so text and HTML say the same.</summary>
public static class ComparisonLabels
{
    public const string OnlyInA = "仅见于A";
    public const string OnlyInB = "仅见于B";
    public const string AlsoRelated = "另见";
    public const string WithoutEquivalent = "A有而B无等同条目";
    public const string None = "—";

    public static string Kind(LinkKind kind) => kind switch
    {
        LinkKind.Equivalent => "等同",
        LinkKind.Related => "相关",
        _ => kind.ToString(),
    };

    public static string Relation(Containment relation) => relation switch
    {
        Containment.Identical => "全同",
        Containment.Equivalent => "互含",
        Containment.Contains => "A含B",
        Containment.ContainedBy => "B含A",
        Containment.Related => "交叉",
        _ => relation.ToString(),
    };

    /// <summary>The printed item number, or the id where the plan prints none (prose plans).</summary>
    public static string Number(Requirement requirement) => requirement.Number ?? requirement.Id;

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string PlanName(Plan plan) => $"{plan.Title}（{plan.Id}）";

    /// <summary>The summary as label–value pairs, in the order both renderers show them.</summary>
    public static IEnumerable<(string Label, string Value)> Summary(ComparisonSummary summary) =>
    [
        ("A条目", summary.ACount.ToString(CultureInfo.InvariantCulture)),
        ("B条目", summary.BCount.ToString(CultureInfo.InvariantCulture)),
        (Kind(LinkKind.Equivalent), summary.Equivalent.ToString(CultureInfo.InvariantCulture)),
        (Kind(LinkKind.Related), summary.Related.ToString(CultureInfo.InvariantCulture)),
        (OnlyInA, summary.OnlyInA.ToString(CultureInfo.InvariantCulture)),
        (OnlyInB, summary.OnlyInB.ToString(CultureInfo.InvariantCulture)),
        ("A见于B", Percent(summary.ShareOfACoveredByB)),
        ("B见于A", Percent(summary.ShareOfBCoveredByA)),
    ];
}
