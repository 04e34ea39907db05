using System.Text.RegularExpressions;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// What a query may name a plan by, besides its requirements' text: its jurisdiction (江门市政府投资工程建设管理中心),
/// province and title (市建管中心 2022 年政务公开工作要点分工方案) without the words every plan title holds, so 江门 or
/// 建管中心 finds the plan's requirements while 政务公开 or 工作要点 still has to be in a requirement.
/// </summary>
public static partial class PlaceText
{
    public static string Of(Plan plan) =>
        string.Join("\n", new[] { plan.Jurisdiction.Name, plan.Jurisdiction.Province, TitleWithoutCommonWords(plan.Title) }
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>The title without its year and the words of a plan's kind (政务公开, 工作要点, 分工方案…).</summary>
    public static string TitleWithoutCommonWords(string title) => CommonWords().Replace(title, " ").Trim();

    // Years, and the words that name a disclosure plan, its kind and the notice that issues it, in Simplified and
    // Traditional script; what is left is the place and the issuer (河源市, 市建管中心, 省政府办公厅).
    [GeneratedRegex(@"[0-9０-９]{4}\s*年?|政[务務]公[开開]|信息公[开開]|工作|要[点點]|重[点點]|任[务務]|分工|方案|安排|台[账賬]|实施|實施|贯彻|貫徹|落实|落實|关于|關於|印发|印發|的通知|通知|[年的]|\(.*?\)|（.*?）|[-_.\s]+")]
    private static partial Regex CommonWords();
}
