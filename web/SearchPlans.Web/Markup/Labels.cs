using SearchPlans.Align.Lineage;
using SearchPlans.Compare.Rendering;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Web.Markup;

/// <summary>How the pages name levels, orders and link kinds; link words come from the core so every renderer agrees.</summary>
public static class Labels
{
    /// <param name="level">A level name as indexed ("city").</param>
    public static string Level(string level) => level switch
    {
        "national" => "国家 national",
        "province" => "省级 province",
        "city" => "市级 city",
        "district" => "区级 district",
        "county" => "县级 county",
        "agency" => "部门 agency",
        "unknown" => "未知 unknown",
        _ => level,
    };

    public static string Order(SearchOrder order) => order switch
    {
        SearchOrder.Newest => "newest first",
        SearchOrder.Oldest => "oldest first",
        _ => "relevance",
    };

    public static string Kind(LinkKind kind) => ComparisonLabels.Kind(kind);

    public static string Relation(Containment relation) => ComparisonLabels.Relation(relation);

    public static string Score(double score) => ComparisonLabels.Score(score);

    public static string Percent(double share) => ComparisonLabels.Percent(share);

    /// <summary>The printed item number, or where the plan prints none (prose plans) its section numbering and place: 一（三）2.</summary>
    public static string Number(Plan plan, Requirement requirement) => RequirementLabels.Of(plan, requirement);

    /// <summary>第 14 项, or an unnumbered paragraph's section label.</summary>
    public static string Item(Plan plan, Requirement requirement) => RequirementLabels.Item(plan, requirement);

    /// <summary>A plan in a picker: its place and year first, which is how readers look for it, then its title.</summary>
    public static string PlanChoice(Plan plan) => $"{plan.Jurisdiction.Name} {Year(plan.Year)} · {plan.Title}";

    public static string Year(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "year unknown";

    public static string Reference(ReferenceKind kind, bool outgoing) => (kind, outgoing) switch
    {
        (ReferenceKind.Cites, true) => "cites 引用",
        (ReferenceKind.Cites, false) => "cited by 被引用",
        (ReferenceKind.Implements, true) => "carries out 贯彻落实",
        (ReferenceKind.Implements, false) => "carried out by 被贯彻落实",
        (ReferenceKind.PreviousYear, true) => "previous year 上一年度",
        (ReferenceKind.PreviousYear, false) => "next year 下一年度",
        _ => kind.ToString(),
    };

    public static string Remainder(RemainderKind kind) => kind switch
    {
        RemainderKind.Metadata => "文头 masthead",
        RemainderKind.Preamble => "前言 preamble",
        RemainderKind.Note => "备注 note",
        RemainderKind.Signature => "落款 signature",
        RemainderKind.TableHeader => "表头 table header",
        RemainderKind.PageRepeat => "分页重复 page repeat",
        _ => "其他 other",
    };

    public static string Lines(SourceSpan span) => span.StartLine == span.EndLine ? $"line {span}" : $"lines {span}";

    public static string Change(YearChange change) => change switch
    {
        YearChange.Kept => "kept 保留",
        YearChange.Modified => "modified 修改",
        YearChange.New => "new 新增",
        YearChange.Dropped => "dropped 删除",
        _ => change.ToString(),
    };

    public static string KindClass(LinkKind kind) => kind == LinkKind.Equivalent ? "equivalent" : "related";
}
