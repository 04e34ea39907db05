using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.ResponsibleUnits;

/// <summary>
/// Whether a cell reads as a list of responsible units: every name in it (split as <see cref="UnitListParser"/> splits
/// them, role words dropped) ends the way Chinese bodies are named (…局, …处, …委, …政府, …单位, 各镇(街)), and none
/// opens with a task verb (推进义务教育学校 is a task, not a school).
/// </summary>
internal static partial class UnitCell
{
    private const string BodyEndings = "处局室委厅办府门位校心院会队所站行组街镇乡区县市司团构科部社馆台所股";

    [GeneratedRegex(@"^(做好|做|加强|推进|推动|落实|完善|深化|建立|健全|开展|强化|提升|加大|持续|积极|认真|及时|全面|进一步|规范|扎实|围绕|聚焦|按照|依托|严格|切实|主动|公开|发布|抓|组织|编制|制定|指导|督促|确保|实现|提高|优化|创新|探索|加快|坚持|统筹|用好|办好|管好|发挥|引导)")]
    private static partial Regex TaskVerb();

    [GeneratedRegex(@"[（(][^（）()]*[）)]$")]
    private static partial Regex TrailingBracket();

    public static bool Looks(string cell)
    {
        var text = Analysis.TextCompaction.FoldedWithoutWhiteSpace(cell);
        if (text.Length == 0 || text.Length > 200 || text.Contains('。') || text.Contains('：') || text.Contains(':'))
            return false;
        var names = UnitListParser.Parse(text).Select(u => u.Name).ToList();
        if (names.Count == 0 || names.Any(n => n.Length > 30 || TaskVerb().IsMatch(n)))
            return false;
        var bodies = names.Count(n => TrailingBracket().Replace(n, "") is { Length: > 0 } bare && BodyEndings.Contains(bare[^1]));
        return bodies * 4 >= names.Count * 3;
    }
}
