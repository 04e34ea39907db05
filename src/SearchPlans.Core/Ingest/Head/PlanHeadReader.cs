using System.Text.RegularExpressions;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// Reads the lines before the body: the masthead (XX文件), the document number, the notice title, the
/// addressees and letter, the signature and date, and the plan's own title (the last title line before the body).
/// Lines metadata is read from are kept as metadata; the rest as preamble.
/// </summary>
internal static partial class PlanHeadReader
{
    [GeneratedRegex(@"(工作要点|分工方案|实施方案|任务清单|工作方案|责任分工)\s*$")]
    private static partial Regex PlanTitle();

    [GeneratedRegex(@"^(.{2,40})文件$")]
    private static partial Regex Masthead();

    [GeneratedRegex(@"^(关于|.{0,30}关于).*(通知|意见|决定)$")]
    private static partial Regex NoticeTitle();

    public static PlanHead Read(IngestContext context, int firstLine, int lastLine)
    {
        string? title = null, notice = null, issuer = null, number = null;
        DateOnly? issued = null;
        var titleLine = 0;
        for (var line = firstLine; line <= lastLine; line++)
        {
            if (context.Source.IsBlank(line))
                continue;
            var text = context.Strip(context.Source[line]).Trim();
            // Patterns match the folded line (same length), so Traditional-script mastheads and titles are read too.
            var folded = Analysis.TextFolding.Fold(text);
            var span = SourceSpan.Line(line);
            var kind = RemainderKind.Preamble;
            if (Masthead().Match(folded) is { Success: true } m && issuer is null)
            {
                issuer = text.Substring(m.Groups[1].Index, m.Groups[1].Length).Trim();
                kind = RemainderKind.Metadata;
            }
            else if (DocumentNumber.IsNumberLine(text) && number is null)
            {
                number = DocumentNumber.Canonical(text);
                kind = RemainderKind.Metadata;
            }
            else if (NoticeTitle().IsMatch(folded) && notice is null)
            {
                notice = text;
                kind = RemainderKind.Metadata;
            }
            else if (PlanTitle().IsMatch(folded) && !folded.StartsWith("附件", StringComparison.Ordinal))
            {
                title = text;
                titleLine = line;
                kind = RemainderKind.Metadata;
            }
            else if (ChineseDate.IsDateLine(text))
            {
                issued ??= ChineseDate.Find(text);
                kind = RemainderKind.Metadata;
            }
            else if (issuer is not null && Analysis.TextCompaction.WithoutWhiteSpace(text) == Analysis.TextCompaction.WithoutWhiteSpace(issuer))
            {
                kind = RemainderKind.Metadata;
            }
            context.Keep(kind, text, span);
        }
        if (title is null)
            context.Warn(firstLine, "no plan title line (…工作要点 / …分工方案) before the body");
        return new PlanHead(title, notice, issuer, number, issued);
    }
}
