using SearchPlans.Model;

namespace SearchPlans.Core.Tests.Compare;

/// <summary>
/// Two small plans with links of every shape a comparison must handle, plus a third plan whose
/// link to A must be ignored.
/// </summary>
/// <remarks>
/// A1 ⇄ B2 equivalent (and B5 related with a higher score); A2 → B3 and B4 related (B4's link
/// stored from B's side); A3 only in A; A4 ⇄ B1 equivalent stored from B's side; B6 only in B.
/// </remarks>
internal static class HandMadeCorpus
{
    public const string A = "shi-a-2022";
    public const string B = "shi-b-2022";
    public const string C = "shi-c-2022";

    public static Corpus Create(string? a3Text = null) => new Corpus(
    [
        Plan(A, "甲市2022年政务公开工作要点",
            Item(A, "1", "加强政策解读，及时回应社会关切。"),
            Item(A, "2", "推进决策公开，完善重大行政决策事项目录。"),
            Item(A, "3", a3Text ?? "做好政府信息公开年度报告工作。"),
            Item(A, "4", "加强政府网站和政务新媒体管理。")),
        Plan(B, "乙市2022年政务公开工作要点",
            Item(B, "1", "加强政府网站与政务新媒体管理。"),
            Item(B, "2", "加强政策解读，主动回应社会关切。"),
            Item(B, "3", "推进决策公开。"),
            Item(B, "4", "完善重大行政决策事项目录。"),
            Item(B, "5", "加强政策解读。"),
            Item(B, "6", "推进基层政务公开标准化规范化。")),
        Plan(C, "丙市2022年政务公开工作要点",
            Item(C, "1", "做好政府信息公开年度报告工作。")),
    ])
    {
        Links =
        [
            Link(A, "1", B, "2", LinkKind.Equivalent, Containment.Equivalent, 0.9),
            Link(A, "1", B, "5", LinkKind.Related, Containment.Contains, 0.95),
            Link(A, "2", B, "3", LinkKind.Related, Containment.Contains, 0.6),
            Link(B, "4", A, "2", LinkKind.Related, Containment.ContainedBy, 0.4),
            Link(B, "1", A, "4", LinkKind.Equivalent, Containment.ContainedBy, 0.8),
            Link(A, "3", C, "1", LinkKind.Equivalent, Containment.Identical, 1.0),
        ],
    };

    public static string Id(string plan, string number) => $"{plan}-{number}";

    private static Plan Plan(string id, string title, params Requirement[] requirements) => new(
        id, title, new Jurisdiction(title[..2], AdminLevel.City, "广东省"), 2022, null, null, null, [], [], requirements, [], id + ".txt");

    private static Requirement Item(string plan, string number, string text) => new(
        Id(plan, number), number, ["一、深化重点领域信息公开"], text, "市政务公开办", [new ResponsibleUnit("市政务公开办", true)],
        false, null, [], SourceSpan.Line(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));

    private static RequirementLink Link(string sourcePlan, string source, string targetPlan, string target, LinkKind kind, Containment relation, double score) => new(
        Id(sourcePlan, source), Id(targetPlan, target), kind, relation, score,
        SourceInTarget: relation == Containment.ContainedBy ? 0.9 : 0.7,
        TargetInSource: relation == Containment.ContainedBy ? 0.7 : 0.9,
        ["政务公开"]);
}
