using SearchPlans.Links.Lineage;
using SearchPlans.Compare;
using SearchPlans.Compare.Rendering;
using SearchPlans.Localization;
using SearchPlans.Model;
using SearchPlans.Search;
using SearchPlans.Web.Localization;

namespace SearchPlans.Web.Markup;

/// <summary>How the pages name levels, orders and link kinds; link words come from the core so every renderer agrees.</summary>
public static class Labels
{
    /// <param name="level">A level name as indexed ("city").</param>
    public static string Level(string level) => level switch
    {
        "national" => Text.Get("national"),
        "province" => Text.Get("province"),
        "city" => Text.Get("city"),
        "district" => Text.Get("district"),
        "county" => Text.Get("county"),
        "agency" => Text.Get("agency"),
        "unknown" => Text.Get("level unknown"),
        _ => level,
    };

    public static string Order(SearchOrder order) => order switch
    {
        SearchOrder.Newest => Text.Get("newest first"),
        SearchOrder.Oldest => Text.Get("oldest first"),
        _ => Text.Get("relevance"),
    };

    public static string Kind(LinkKind kind) => Text.Get(kind == LinkKind.Equivalent ? "equivalent" : "related");

    public static string Relation(Containment relation) => relation switch
    {
        Containment.Identical => Text.Get("identical"),
        Containment.Equivalent => Text.Get("each contains the other"),
        Containment.Contains => Text.Get("A contains B"),
        Containment.ContainedBy => Text.Get("B contains A"),
        _ => Text.Get("overlapping"),
    };

    /// <summary>What each relation means, for the compare page's legend.</summary>
    public static string RelationMeaning(Containment relation) => relation switch
    {
        Containment.Identical => Text.Get("the two texts are the same, word for word (after folding)"),
        Containment.Equivalent => Text.Get("each text holds nearly all of the other: the same requirement, reworded"),
        Containment.Contains => Text.Get("A's text holds nearly all of B's and more"),
        Containment.ContainedBy => Text.Get("B's text holds nearly all of A's and more"),
        _ => Text.Get("the texts share part of their wording, neither holds the other"),
    };

    /// <summary>A requirement the other plan has no equivalent of.</summary>
    public static string OnlyIn(string side) => Text.Format("Only in {0}", side);

    /// <summary>The heading of the list of requirements only in one plan.</summary>
    public static string OnlyInHeading(string side, string other) => Text.Format("Only in {0}: {1} has no equivalent", side, other);

    /// <summary>Beside a requirement only in one plan: the other plan's related requirements.</summary>
    public static string PartialIn(string other) => Text.Format("related in {0}", other);

    /// <summary>The summary's figures, in the order the core's renderers show them, each with what it counts.</summary>
    public static IReadOnlyList<(string Label, string Value, string Meaning)> Summary(ComparisonSummary summary) =>
    [
        (Text.Get("A requirements"), Count(summary.ACount), Text.Get("requirements of plan A")),
        (Text.Get("B requirements"), Count(summary.BCount), Text.Get("requirements of plan B")),
        (Text.Get("equivalent"), Count(summary.Equivalent), Text.Get("A's requirements with an equivalent in B, one to one")),
        (OnlyIn("A"), Count(summary.OnlyInA), Text.Get("A's requirements B has no equivalent of: the list below")),
        (Text.Get("of which related in B"), Count(summary.Related), Text.Get("of those, the ones B has a related requirement for, a partial match")),
        (OnlyIn("B"), Count(summary.OnlyInB), Text.Get("B's requirements A has no equivalent of: the list below")),
        (Text.Get("A with an equivalent in B"), Percent(summary.ShareOfACoveredByB), Text.Get("share of A's requirements with an equivalent in B")),
        (Text.Get("B with an equivalent in A"), Percent(summary.ShareOfBCoveredByA), Text.Get("share of B's requirements with an equivalent in A")),
    ];

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Score(double score) => ComparisonLabels.Score(score);

    public static string Percent(double share) => ComparisonLabels.Percent(share);

    /// <summary>The printed item number, or where the plan prints none (prose plans) its section numbering and place: 一（三）2.</summary>
    public static string Number(Plan plan, Requirement requirement) => RequirementLabels.Of(plan, requirement);

    /// <summary>第 14 项, or an unnumbered paragraph's section label.</summary>
    public static string Item(Plan plan, Requirement requirement) =>
        requirement.Number is { } number ? Text.Format("item {0}", number) : RequirementLabels.Of(plan, requirement);

    /// <summary>A group of plans of the matrix: the whole index, or a province's plans of one year (named by the core).</summary>
    public static string Group(SearchPlans.Links.Clusters.PlanGroup group) =>
        EngineWords.Say(group.Label);

    /// <summary>A plan in a picker: its place and year first, which is how readers look for it, then its title.</summary>
    public static string PlanChoice(Plan plan) => $"{plan.Jurisdiction.Name} {Year(plan.Year)} · {plan.Title}";

    public static string Year(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Text.Get("year unknown");

    public static string Reference(ReferenceKind kind, bool outgoing) => (kind, outgoing) switch
    {
        (ReferenceKind.Cites, true) => Text.Get("cites"),
        (ReferenceKind.Cites, false) => Text.Get("cited by"),
        (ReferenceKind.Implements, true) => Text.Get("carries out"),
        (ReferenceKind.Implements, false) => Text.Get("carried out by"),
        (ReferenceKind.PreviousYear, true) => Text.Get("previous year"),
        (ReferenceKind.PreviousYear, false) => Text.Get("next year"),
        _ => kind.ToString(),
    };

    public static string Remainder(RemainderKind kind) => kind switch
    {
        RemainderKind.Metadata => Text.Get("masthead"),
        RemainderKind.Preamble => Text.Get("preamble"),
        RemainderKind.Note => Text.Get("notes"),
        RemainderKind.Signature => Text.Get("signature"),
        RemainderKind.TableHeader => Text.Get("table header"),
        RemainderKind.PageRepeat => Text.Get("page repeat"),
        RemainderKind.PageChrome => Text.Get("page furniture"),
        _ => Text.Get("other"),
    };

    public static string Lines(SourceSpan span) => Text.Format(span.StartLine == span.EndLine ? "line {0}" : "lines {0}", span);

    public static string Change(YearChange change) => change switch
    {
        YearChange.Kept => Text.Get("kept"),
        YearChange.Modified => Text.Get("modified"),
        YearChange.New => Text.Get("new"),
        YearChange.Dropped => Text.Get("dropped"),
        _ => change.ToString(),
    };

    public static string KindClass(LinkKind kind) => kind == LinkKind.Equivalent ? "equivalent" : "related";
}
