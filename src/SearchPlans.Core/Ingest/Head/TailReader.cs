using System.Text.RegularExpressions;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// Finds and keeps what follows the body: notes (备注, 附件, 公开方式) and the colophon (抄送, 印发, signatures).
/// </summary>
internal static partial class TailReader
{
    [GeneratedRegex(@"^\s*(备注|附件|抄送|公开方式|注)\s*[：:]")]
    private static partial Regex TailStart();

    // A portal's furniture under the article (分享到：微信, 【打印】【关闭】, 上一篇：…): the plan has ended.
    [GeneratedRegex(@"^\s*[【\[]?\s*(分享到|打印本页|打印此页|关闭窗口|关闭本页|扫一扫|上一篇|下一篇|相关链接|相关阅读|相关文件|责任编辑|浏览次数|打印\s*[】\]]|关闭\s*[】\]])")]
    private static partial Regex PageFurniture();

    // Furniture is a label or a short line (相关链接：, 扫一扫在手机打开当前页); a line running on in sentences from such a
    // word (相关文件政策解读。加强…) is a task's text broken mid-sentence where the page was copied.
    private static bool IsPageFurniture(string line) =>
        PageFurniture().IsMatch(line) && !(line.Length > ShortestRunningProse && line.Contains('。'));

    private const int ShortestRunningProse = 12;

    [GeneratedRegex(@"(印发|抄送|^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$)")]
    private static partial Regex Colophon();

    // The lines a plan may end with after its last task: the signing body, the date, (此件公开发布), 抄送, 印发.
    [GeneratedRegex(@"^\s*(?:[\p{IsCJKUnifiedIdeographs}（）()]{2,40}?(?:办公厅|办公室|人民政府|委员会|厅|局)|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发)?|[（(]此件\S{0,8}[）)]|抄送.*|.{0,60}印发)\s*$")]
    private static partial Regex ClosingLine();

    /// <summary>Closing lines are few; more than this at the end of a file are not a colophon.</summary>
    private const int LongestColophon = 4;

    /// <summary>
    /// The first line after the body start that opens the tail (备注：, 附件：…, or the page's furniture under the
    /// article; after the last task, a closing clause such as 本方案自印发之日起施行, numbered or not), or the signature
    /// and date a plan ends with, or one past the end when there is none.
    /// </summary>
    public static int FindStart(SourceText source, int bodyStart)
    {
        var lastTaskLine = LastTaskLine(source);
        for (var line = bodyStart + 1; line <= source.LineCount; line++)
        {
            if (TailStart().IsMatch(Analysis.TextFolding.Fold(source[line])) || IsPageFurniture(source[line])
                || (line > lastTaskLine && AttachmentHeading().IsMatch(source[line])))
                return ClosingClausesAbove(source, line, bodyStart) is { } clauses ? HeadingAbove(source, clauses, bodyStart) : line;
            if (line > lastTaskLine && Rows.ClosingClause.Is(source[line]))
                return HeadingAbove(source, line, bodyStart);
        }
        return ClosingLines(source, bodyStart) ?? source.LineCount + 1;
    }

    /// <summary>
    /// Where a plan's own parts assign no one and its attachment (附件：…分工) assigns its tasks, by field lines
    /// (责任单位：, 完成时限：) or unit brackets, the attachment is the plan's body: the first numbered part after the
    /// 附件 line, read as an attached 分工表 is read; the parts before it are kept as the preamble. Null otherwise.
    /// </summary>
    public static int? AttachedAssignmentsStart(SourceText source, int bodyStart, int tailStart)
    {
        if (tailStart > source.LineCount || !TailStart().IsMatch(Analysis.TextFolding.Fold(source[tailStart]))
            || !Analysis.TextFolding.Fold(source[tailStart]).TrimStart().StartsWith("附件", StringComparison.Ordinal)
            || Enumerable.Range(bodyStart, tailStart - bodyStart).Any(l => Assigns(source[l])))
            return null;
        var first = Enumerable.Range(tailStart + 1, source.LineCount - tailStart)
            .FirstOrDefault(l => Outline.NumberingMarkers.AtStart(source[l].Trim()) is not null);
        if (first == 0)
            return null;
        var attached = Enumerable.Range(first, source.LineCount - first + 1).ToList();
        return attached.Count(l => Assigns(source[l])) >= 2 && !attached.Any(l => TailStart().IsMatch(Analysis.TextFolding.Fold(source[l]))) ? first : null;
    }

    private static bool Assigns(string line) =>
        ResponsibleUnits.LabelledFields.OpensWithLabel(line) || ResponsibleUnits.UnitBrackets.In(line).Count > 0;

    /// <summary>
    /// The first of the closing clauses printed right before the line that opens the tail (五、本方案自印发之日起施行。
    /// then 附件：1.… 2.…), over blank lines and a signature between; null when the line follows none. An attachment
    /// list whose names are numbered like tasks would otherwise keep them in the body.
    /// </summary>
    private static int? ClosingClausesAbove(SourceText source, int line, int bodyStart)
    {
        int? first = null;
        for (var above = line - 1; above > bodyStart; above--)
        {
            if (Rows.ClosingClause.Is(source[above]))
                first = above;
            else if (!source.IsBlank(above) && !ClosingLine().IsMatch(source[above]))
                break;
        }
        return first;
    }

    // A heading that only the closing clauses stand under (五、其他事项 / 附则) closes the plan with them.
    private static int HeadingAbove(SourceText source, int line, int bodyStart)
    {
        var above = line - 1;
        while (above > bodyStart && source.IsBlank(above))
            above--;
        var text = source[above].Trim();
        return above > bodyStart && Outline.NumberingMarkers.AtStart(text) is { } marker && text.Length - marker.End <= 12
            && !text.Contains('。') && ResponsibleUnits.UnitBrackets.In(text).Count == 0 ? above : line;
    }

    // 附件2 on a line of its own after the plan: the next attachment (a list of contacts, a form).
    [GeneratedRegex(@"^\s*附\s*件\s*[0-9０-９一二三四五六七八九十]{0,2}\s*$")]
    private static partial Regex AttachmentHeading();

    // An attachment that holds tasks (the 分工表 after the 工作要点) is read as plan; one after the last numbered part,
    // unit bracket, field line or task table's header (a list of contacts) is not.
    private static int LastTaskLine(SourceText source)
    {
        for (var line = source.LineCount; line > 0; line--)
        {
            var text = source[line];
            if (Rows.ClosingClause.Is(text))
                continue;
            if (Outline.NumberingMarkers.AtStart(text) is not null || ResponsibleUnits.UnitBrackets.In(text).Count > 0
                || ResponsibleUnits.LabelledFields.OpensWithLabel(text) || Tables.HeaderCell.IsHeaderRow(text.Split('\t', '|')))
                return line;
        }
        return 0;
    }

    // Signature and date after the last task, which would otherwise run on into its text; a dated line must be
    // among them, so a table's last deadline cell is never taken for one.
    private static int? ClosingLines(SourceText source, int bodyStart)
    {
        int? first = null;
        var dated = false;
        var count = 0;
        for (var line = source.LineCount; line > bodyStart && count <= LongestColophon; line--)
        {
            if (source.IsBlank(line))
                continue;
            var text = Analysis.TextFolding.Fold(source[line]).Trim();
            if (!ClosingLine().IsMatch(text) || text.Contains('\t') || text.Contains('|'))
                break;
            dated |= ChineseDate.Find(text) is not null;
            first = line;
            count++;
        }
        return dated ? first : null;
    }

    /// <summary>Keeps the tail as paragraphs; returns an issue date printed in the colophon (…2022年11月23日印发).</summary>
    public static DateOnly? Keep(IngestContext context, int firstLine, string? issuer)
    {
        DateOnly? issued = null;
        var lines = new List<(string Text, int Line)>();
        for (var line = firstLine; line <= context.Source.LineCount + 1; line++)
        {
            if (line > context.Source.LineCount || context.Source.IsBlank(line))
            {
                // The signing body and its date under an attachment list with no blank line between them are the
                // signature all the same.
                var signed = SignatureLines(lines);
                foreach (var paragraph in new[] { lines[..(lines.Count - signed)], lines[(lines.Count - signed)..] }.Where(p => p.Count > 0))
                {
                    var date = KeepParagraph(context, paragraph, issuer);
                    issued ??= date;
                }
                lines.Clear();
                continue;
            }
            lines.Add((context.Strip(context.Source[line]).Trim(), line));
        }
        return issued;
    }

    // How many of a paragraph's last lines are a signature: closing lines, one of them a date.
    private static int SignatureLines(List<(string Text, int Line)> lines)
    {
        var count = 0;
        var dated = false;
        while (count < lines.Count && count < LongestColophon && ClosingLine().IsMatch(Analysis.TextFolding.Fold(lines[^(count + 1)].Text)))
            dated |= ChineseDate.Find(lines[^++count].Text) is not null;
        return dated ? count : 0;
    }

    private static DateOnly? KeepParagraph(IngestContext context, List<(string Text, int Line)> lines, string? issuer)
    {
        var text = string.Join("\n", lines.Select(l => l.Text));
        var folded = Analysis.TextFolding.Fold(text);
        // The signing body over the date it signed (…人民政府办公室 / 2023年3月10日) is the plan's signature, and its date
        // the plan's when the head gives none.
        var signed = SignatureLines(lines) == lines.Count;
        // 本方案自印发之日起施行 names 印发 but is a clause of the plan, not its colophon.
        var closing = !signed && lines.Any(l => Rows.ClosingClause.Is(l.Text));
        var signature = signed || (!closing && (Colophon().IsMatch(folded) || (issuer is not null && text.StartsWith(issuer, StringComparison.Ordinal))));
        context.Keep(signature ? RemainderKind.Signature : RemainderKind.Note, text, new SourceSpan(lines[0].Line, lines[^1].Line));
        return signature && (signed || folded.Contains("印发", StringComparison.Ordinal)) ? ChineseDate.Find(text) : null;
    }
}
