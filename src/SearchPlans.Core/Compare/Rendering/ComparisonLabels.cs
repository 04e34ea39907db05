using System.Globalization;
using SearchPlans.Model;

namespace SearchPlans.Compare.Rendering;

/// <summary>The words the people-facing renderers print, kept in one place so text and HTML say the same.</summary>
public static class ComparisonLabels
{
    /// <summary>A requirement B has no equivalent of, whether or not B has a related one.</summary>
    public const string OnlyInA = "仅见于A";
    /// <summary>A requirement A has no equivalent of, whether or not A has a related one.</summary>
    public const string OnlyInB = "仅见于B";
    public const string OnlyInAHeading = "仅见于A：B无等同条目";
    public const string OnlyInBHeading = "仅见于B：A无等同条目";
    /// <summary>Beside a requirement only in A: B's related requirements, its partial matches.</summary>
    public const string PartialInB = "B有相关";
    /// <summary>Beside a requirement only in B: A's related requirements, its partial matches.</summary>
    public const string PartialInA = "A有相关";
    public const string AlsoRelated = "另见";
    /// <summary>Counterparts by doubtful links, which may share only wording with the requirement: never a match.</summary>
    public const string Weaker = "较弱";
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

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string PlanName(Plan plan) => $"{plan.Title}（{plan.Id}）";

    /// <summary>
    /// The summary as label–value pairs, in the order every renderer shows them: 等同 and 仅见于A add up to A's
    /// requirements, the related ones are counted among 仅见于A (其中), and the shares count equivalents.
    /// </summary>
    public static IEnumerable<(string Label, string Value)> Summary(ComparisonSummary summary) =>
    [
        ("A条目", Count(summary.ACount)),
        ("B条目", Count(summary.BCount)),
        (Kind(LinkKind.Equivalent), Count(summary.Equivalent)),
        (OnlyInA, Count(summary.OnlyInA)),
        ("其中" + PartialInB, Count(summary.Related)),
        (OnlyInB, Count(summary.OnlyInB)),
        ("A在B有等同", Percent(summary.ShareOfACoveredByB)),
        ("B在A有等同", Percent(summary.ShareOfBCoveredByA)),
    ];

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
