using SearchPlans.Generate;
using SearchPlans.Model;

namespace SearchPlans.Tests.Generate.Writers;

/// <summary>
/// A small plan with known texts, units and deadlines for pinning a writer's output: two sections, one task with
/// three requirements (the last two sharing their units and deadline, as a merged unit cell does), and single ones.
/// </summary>
internal static class SamplePlans
{
    public static CatalogEntry City { get; } = JurisdictionCatalog.All.First(e => e.Level == AdminLevel.City);

    public static CatalogEntry Province => City.Parent!;

    private static readonly UnitAssignment FinanceLeads = new([UnitKind.Finance], [UnitKind.AllDepartments]);
    private static readonly UnitAssignment JusticeAlone = new([UnitKind.Justice], []);

    public static GeneratedPlan Plan(PlanLayout layout, PlanDress? dress = null, CatalogEntry? jurisdiction = null)
    {
        var place = jurisdiction ?? City;
        const int year = 2022;
        var id = $"sample-{year}";
        IReadOnlyList<GeneratedSection> sections =
        [
            new("优化政务公开工作基础",
            [
                new("持续推进基层政务公开标准化规范化",
                [
                    Requirement("动态更新政府信息主动公开目录，方便群众查询获取。", JusticeAlone, "2022年底前"),
                    Requirement("规范使用依申请公开系统，提升依申请公开办理实效。", FinanceLeads, "2022年6月前"),
                    Requirement("规范编制发布政府信息公开工作年度报告，提高年报质量。", FinanceLeads, "2022年6月前"),
                ]),
                new("做好财政信息公开", [Requirement("积极推进部门所属单位预算、决算及相关报表公开。", JusticeAlone, "长期工作")]),
            ]),
            new("深化重点领域信息公开",
            [
                new("做好疫情防控信息公开",
                [
                    Requirement("加强疫情防控信息发布工作协调，统一步调对外发声。", FinanceLeads, "持续推进"),
                    Requirement("做好疫苗接种信息公开和舆论引导工作。", JusticeAlone, "2022年底前"),
                ]),
            ]),
        ];
        return new GeneratedPlan(
            id, "sample.txt", place, year, $"{year}年{place.Name}政务公开工作要点", null, layout,
            dress ?? new PlanDress(false, false, false, false, PlanHead.Title), "测府办函〔2022〕8号", new DateOnly(year, 3, 20),
            RequirementIds.Assign(id, layout, sections));
    }

    /// <summary>The file a writer writes for the sample plan with each of many seeds, so every variant turns up.</summary>
    public static IEnumerable<string> Files(PlanLayout layout, Func<GeneratedPlan, Random, string> write, PlanDress? dress = null) =>
        Enumerable.Range(0, 200).Select(seed => write(Plan(layout, dress), new Random(seed)));

    /// <summary>The lines after the title, where the body starts.</summary>
    public static List<string> BodyLines(string file, GeneratedPlan plan)
    {
        var lines = file.Split('\n').ToList();
        return lines[(lines.LastIndexOf(plan.Title) + 1)..];
    }

    private static GeneratedRequirement Requirement(string text, UnitAssignment units, string deadline) =>
        new("", text, units, deadline, [], null, "seed-1", []);
}
