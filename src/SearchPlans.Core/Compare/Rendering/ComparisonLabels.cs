using System.Globalization;
using SearchPlans.Localization;
using SearchPlans.Model;

namespace SearchPlans.Compare.Rendering;

/// <summary>
/// The words the people-facing renderers print, kept in one place so text and HTML say the same. Each is written in
/// English, its key; ComparisonLabels.zh-CN.resx gives the Chinese shown unless the current UI culture is English.
/// </summary>
public static class ComparisonLabels
{
    private static readonly InterfaceWords Words = new(typeof(ComparisonLabels));
    private static readonly CultureInfo Chinese = new("zh-CN");

    /// <summary>A requirement B has no equivalent of, whether or not B has a related one.</summary>
    public static string OnlyInA => Get("Only in A");
    /// <summary>A requirement A has no equivalent of, whether or not A has a related one.</summary>
    public static string OnlyInB => Get("Only in B");
    public static string OnlyInAHeading => Get("Only in A: B has no equivalent");
    public static string OnlyInBHeading => Get("Only in B: A has no equivalent");
    /// <summary>Beside a requirement only in A: B's related requirements, its partial matches.</summary>
    public static string PartialInB => Get("Related in B");
    /// <summary>Beside a requirement only in B: A's related requirements, its partial matches.</summary>
    public static string PartialInA => Get("Related in A");
    public static string AlsoRelated => Get("See also");
    /// <summary>Counterparts by doubtful links, which may share only wording with the requirement: never a match.</summary>
    public static string Weaker => Get("Weaker");
    public static string PageTitle => Get("Work plans side by side");
    public const string None = "—";

    /// <summary>The page's language, for the HTML lang attribute.</summary>
    public static string Language => Culture.Name;

    public static string Kind(LinkKind kind) => kind switch
    {
        LinkKind.Equivalent => Get("equivalent"),
        LinkKind.Related => Get("related"),
        _ => kind.ToString(),
    };

    public static string Relation(Containment relation) => relation switch
    {
        Containment.Identical => Get("identical"),
        Containment.Equivalent => Get("mutual"),
        Containment.Contains => Get("A contains B"),
        Containment.ContainedBy => Get("B contains A"),
        Containment.Related => Get("overlapping"),
        _ => relation.ToString(),
    };

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string PlanName(Plan plan) => string.Format(CultureInfo.InvariantCulture, Get("{0} ({1})"), plan.Title, plan.Id);

    /// <summary>
    /// The summary as label–value pairs, in the order every renderer shows them: 等同 and 仅见于A add up to A's
    /// requirements, the related ones are counted among 仅见于A (其中), and the shares count equivalents.
    /// </summary>
    public static IEnumerable<(string Label, string Value)> Summary(ComparisonSummary summary) =>
    [
        (Get("A requirements"), Count(summary.ACount)),
        (Get("B requirements"), Count(summary.BCount)),
        (Kind(LinkKind.Equivalent), Count(summary.Equivalent)),
        (OnlyInA, Count(summary.OnlyInA)),
        (Get("of which related in B"), Count(summary.Related)),
        (OnlyInB, Count(summary.OnlyInB)),
        (Get("A with an equivalent in B"), Percent(summary.ShareOfACoveredByB)),
        (Get("B with an equivalent in A"), Percent(summary.ShareOfBCoveredByA)),
    ];

    // The users read Chinese: any culture but English (the invariant one of a bare server included) gets it.
    private static CultureInfo Culture =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? CultureInfo.CurrentUICulture : Chinese;

    private static string Get(string english) => Words.In(Culture, english);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
