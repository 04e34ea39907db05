using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Rows;

/// <summary>
/// The clauses a plan closes with, which say how the document itself applies rather than what anyone must do: who
/// interprets it (本方案由市政府办公室负责解释), when it takes effect (本要点自印发之日起施行) and matters it leaves open
/// (未尽事宜…). They may be numbered like the tasks (第六条, 3.) but are the plan's tail, not requirements. The
/// document is the sentence's subject (本…, 此…), so a task about explaining policy (做好政策解读和解释说明工作) is none.
/// </summary>
internal static partial class ClosingClause
{
    // 本 or 此 and the kind of document, then within the same sentence its interpreter, its start or its term.
    [GeneratedRegex(@"^(?:本|此)[\p{IsCJKUnifiedIdeographs}]{0,10}?(?:方案|要点|办法|细则|通知|意见|计划|清单|规定|安排|规则|制度|分工|台账|任务)[^。；;]{0,40}?(?:由[^。；;]{1,40}?解释|解释权|自[^。；;]{0,16}?(?:印发|发布|公布|下发|签发|之日)[^。；;]{0,12}?(?:施行|执行|实施|生效)|有效期)|^未尽(?:事宜|事项)")]
    private static partial Regex Opening();

    /// <summary>A closing clause is a sentence or two; a long paragraph that opens like one goes on to other things.</summary>
    private const int LongestClause = 150;

    /// <summary>Whether the text, after any numbering label, is a closing clause.</summary>
    public static bool Is(string text)
    {
        var folded = Analysis.TextFolding.Fold(text).Trim();
        if (Outline.NumberingMarkers.AtStart(folded) is { } marker)
            folded = folded[marker.End..].TrimStart();
        return folded.Length <= LongestClause && Opening().IsMatch(folded);
    }
}
