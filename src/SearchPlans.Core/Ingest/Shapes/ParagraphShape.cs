using System.Text.RegularExpressions;
using SearchPlans.Ingest.Outline;
using SearchPlans.Ingest.Rows;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Shapes;

/// <summary>
/// The last resort for a text that reads like a plan (a plan title, or disclosure work named throughout) but has no
/// numbering and no table: each paragraph after the title is one requirement, and the reader says so. A text that
/// does not read like a plan (a meeting notice) is still refused.
/// </summary>
internal sealed partial class ParagraphShape : IPlanShape
{
    /// <summary>Shorter paragraphs are headings, signatures or page furniture, not tasks.</summary>
    private const int ShortestTask = 10;

    private const int FirstLinesForTitle = 30;

    [GeneratedRegex(@"(工作要点|分工方案|实施方案|清单|工作方案|任务分工|工作安排|台账|分解表|分工表|任务表|分解方案|工作计划)")]
    private static partial Regex PlanWords();

    [GeneratedRegex(@"公开")]
    private static partial Regex Disclosure();

    public string Name => "paragraphs";

    public int? FindBodyStart(SourceText source)
    {
        var folded = Analysis.TextFolding.Fold(source.Text);
        if (Regex.Count(folded, @"\p{IsCJKUnifiedIdeographs}") < ShortestTask * 2)
            return null;
        for (var line = 1; line <= Math.Min(source.LineCount, FirstLinesForTitle); line++)
            if (source[line].Length <= 80 && PlanWords().IsMatch(Analysis.TextFolding.Fold(source[line])))
                return Math.Min(line + 1, source.LineCount);
        return Disclosure().Count(folded) >= 3 ? 1 : null;
    }

    public IReadOnlyList<BodyRow> ReadBody(IngestContext context, int firstLine, int lastLine)
    {
        context.Warn(firstLine, "no numbered parts (一、（一）1.) and no table: each paragraph is read as one requirement");
        var rows = new List<BodyRow>();
        foreach (var p in ParagraphJoiner.Join(context, firstLine, lastLine))
        {
            if (Regex.Count(p.Text, @"\p{IsCJKUnifiedIdeographs}") < ShortestTask)
            {
                context.Keep(RemainderKind.Other, p.Text, new SourceSpan(p.FirstLine, p.LastLine));
                continue;
            }
            rows.Add(new BodyRow(p.FirstLine) { Text = p.Text, LastLine = p.LastLine, Unnumbered = true, InheritsFromRowAbove = false });
        }
        return rows;
    }
}
