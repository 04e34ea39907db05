using System.Text.RegularExpressions;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// Reads the lines before the body: a web page's labelled fields, the masthead (XX文件), the document number, the
/// notice titles (a forwarding notice may wrap the issuing one; the one nearest the plan counts), the addressees and
/// letter, the signature and date, and the plan's own title (the last title line before the body and before any
/// attachment that follows a title, joined when it was printed over two lines). Lines metadata is read from are kept
/// as metadata; the rest as preamble.
/// </summary>
internal static partial class PlanHeadReader
{
    // The year in a disclosure catalogue's index number: 11441800007/2022-00042.
    [GeneratedRegex(@"/((?:19|20)\d{2})-\d+")]
    private static partial Regex IndexNumberYear();

    [GeneratedRegex(@"(工作要点|要点|分工方案|实施方案|清单|工作方案|责任分工|任务分工|工作安排|台账|分解表|分工表|任务表|分解方案|工作计划)(提纲)?\s*$")]
    private static partial Regex PlanTitle();

    [GeneratedRegex(@"^([\p{IsCJKUnifiedIdeographs}（）()]{2,40})文件$")]
    private static partial Regex Masthead();

    // 首页 > 政务公开 > 政策文件, 您当前的位置：…: a page's trail, never a title or a body.
    [GeneratedRegex(@"[>›»]|^\s*(您?当前的?位置|您的位置)")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^(关于|.{0,40}关于).*(通知|意见|决定)$")]
    private static partial Regex NoticeTitle();

    [GeneratedRegex(@"^(?<issuer>.{2,40}?)关于")]
    private static partial Regex NoticeIssuer();

    [GeneratedRegex(@"印发\s*[《〈]?(?<title>.+?)[》〉]?\s*的\s*通\s*知")]
    private static partial Regex IssuedTitle();

    [GeneratedRegex(@"^(?<body>\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}（）()]{1,40}?(办公厅|办公室|人民政府|政府|委员会|厅|局|委|办|中心))\s*(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?$")]
    private static partial Regex Signatory();

    [GeneratedRegex(@"\.(docx?|wps|pdf|txt|html?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    [GeneratedRegex(@"[，。：:；、（）()《》“”,;]")]
    private static partial Regex Punctuation();

    /// <summary>A title printed over two lines: the first part is at most this long.</summary>
    private const int TitlePartLength = 40;

    public static PlanHead Read(IngestContext context, int firstLine, int lastLine)
    {
        string? title = null, notice = null, noticeIssuer = null, issuer = null, number = null, publisher = null, signatory = null, pageSource = null, fieldTitle = null;
        int? pageYear = null;
        DateOnly? issued = null;
        // Once the document has its title, an attachment (附件 / 附件：…分工表) has titles of its own; the document's wins.
        var inAttachment = false;
        var forwarding = new List<string>();
        var entries = Entries(context, firstLine, lastLine);
        for (var i = 0; i < entries.Count; i++)
        {
            var (text, span) = entries[i];
            // Patterns match the folded line (same length), so Traditional-script mastheads and titles are read too.
            var folded = Analysis.TextFolding.Fold(text);
            var kind = RemainderKind.Preamble;
            if (Breadcrumb().IsMatch(folded))
            {
                // kept as preamble below
            }
            else if (PageMetadata.IsFieldLine(folded))
            {
                var fields = PageMetadata.Read(folded);
                publisher ??= Field(fields, "发布机构", "发文机关", "发文机构", "制定机关", "发布单位");
                pageSource ??= Field(fields, "来源");
                if (Field(fields, "名称", "标题") is { } named && PlanTitle().IsMatch(named))
                    fieldTitle ??= named;
                if (Field(fields, "发文字号", "文号", "字号") is { } n && DocumentNumber.Pattern().Match(n) is { Success: true } dn)
                    number ??= DocumentNumber.Canonical(dn.Value);
                issued ??= Field(fields, "成文日期", "发文日期", "公布日期") is { } d ? ChineseDate.FindAny(d) : null;
                pageYear ??= Field(fields, "发布时间", "发布日期") is { } p && ChineseDate.FindAny(p) is { } published ? published.Year
                    : Field(fields, "索引号") is { } index && IndexNumberYear().Match(index) is { Success: true } y ? int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                    : null;
                kind = RemainderKind.Metadata;
            }
            else if (Masthead().Match(folded) is { Success: true } m && issuer is null)
            {
                issuer = text.Substring(m.Groups[1].Index, m.Groups[1].Length).Trim();
                kind = RemainderKind.Metadata;
            }
            else if (DocumentNumber.IsNumberLine(text) && number is null)
            {
                number = DocumentNumber.Canonical(text);
                kind = RemainderKind.Metadata;
            }
            else if (NoticeTitle().IsMatch(Compact(folded)))
            {
                // The notice nearest the plan issues it; an earlier one forwards it.
                if (notice is not null)
                    forwarding.Add(notice);
                notice = Compact(text);
                noticeIssuer = NoticeIssuer().Match(notice) is { Success: true } ni && ni.Groups["issuer"].Value.Trim().Length >= 2 ? ni.Groups["issuer"].Value.Trim() : noticeIssuer;
                kind = RemainderKind.Metadata;
            }
            else if (PlanTitle().IsMatch(FileExtension().Replace(folded, "").TrimEnd('|', ' ')) && !folded.StartsWith("附件", StringComparison.Ordinal))
            {
                if (!inAttachment)
                    title = FileExtension().Replace(Compact(text), "").TrimEnd('|', ' ').Trim();
                kind = RemainderKind.Metadata;
            }
            else if (ChineseDate.IsDateLine(text))
            {
                issued ??= ChineseDate.Find(text);
                kind = RemainderKind.Metadata;
                if (i > 0 && Signatory().Match(Analysis.TextFolding.Fold(entries[i - 1].Text)) is { Success: true })
                    signatory ??= entries[i - 1].Text.Trim();
            }
            else if (Signatory().Match(folded) is { Success: true, Groups: var g } && g["date"].Success)
            {
                // 河南省人民政府办公厅 2021 年6 月 1 日: signature and date on one line.
                signatory ??= text[..g["body"].Length].Trim();
                issued ??= ChineseDate.Find(text);
                kind = RemainderKind.Metadata;
            }
            else if (issuer is not null && Analysis.TextCompaction.WithoutWhiteSpace(text) == Analysis.TextCompaction.WithoutWhiteSpace(issuer))
            {
                kind = RemainderKind.Metadata;
            }
            inAttachment |= title is not null && folded.TrimStart().StartsWith("附件", StringComparison.Ordinal);
            // A table's title row keeps its cell separator (2021年…台账 |); the separator is layout.
            var kept = text.TrimEnd().TrimEnd('|', ' ', '\t');
            context.Discard(new string('|', text.Count(c => c == '|') - kept.Count(c => c == '|')));
            context.Keep(kind, kept, span);
        }
        // A forwarded plan's number is printed where the forwarding notice cites the notice that issued it:
        // 现将《四川省人民政府办公厅关于印发…的通知》（川办发〔2021〕16号）转发给你们.
        if (number is null && notice is not null)
            number = CitationReader.Read(string.Join("\n", entries.Select(e => e.Text)), null, null)
                .FirstOrDefault(c => c.DocNumber is not null && c.Title is { } t && Key(t) == Key(notice))?.DocNumber;
        title ??= fieldTitle ?? (notice is not null && IssuedTitle().Match(notice) is { Success: true } it ? it.Groups["title"].Value.Trim() : null);
        if (title is null)
            context.Warn(firstLine, "no plan title line (…工作要点 / …分工方案) before the body");
        return new PlanHead(title, notice, issuer, number, issued, noticeIssuer, publisher, signatory, pageSource) { ForwardingNotices = forwarding, PageYear = pageYear };
    }

    private static string Key(string title) => Analysis.TextCompaction.FoldedWithoutWhiteSpace(title);

    private static string? Field(Dictionary<string, string> fields, params string[] labels) =>
        labels.Select(l => fields.GetValueOrDefault(l)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    // Titles printed with spaces for layout (通 知, 2022 年) read as one word.
    private static string Compact(string text) => Regex.Replace(text.Trim(), @"(?<=\S)\s+(?=\S)", m => m.Value.Contains('\n') ? "" : m.Value).Replace("\n", "", StringComparison.Ordinal);

    /// <summary>
    /// Non-blank lines, with a notice title or a plan title that was printed over two or three lines joined into one
    /// entry (国务院办公厅关于印发 / 2020年政务公开工作要点的通知).
    /// </summary>
    private static List<(string Text, SourceSpan Span)> Entries(IngestContext context, int firstLine, int lastLine)
    {
        var lines = new List<(string Text, int Line)>();
        for (var line = firstLine; line <= lastLine; line++)
            if (!context.Source.IsBlank(line))
                lines.Add((context.Strip(context.Source[line]).Trim(), line));
        var entries = new List<(string, SourceSpan)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var joined = JoinedTitle(lines, i);
            if (joined > i)
            {
                entries.Add((string.Join("\n", lines.Skip(i).Take(joined - i + 1).Select(l => l.Text)), new SourceSpan(lines[i].Line, lines[joined].Line)));
                i = joined;
                continue;
            }
            entries.Add((lines[i].Text, SourceSpan.Line(lines[i].Line)));
        }
        return entries;
    }

    // The last line a title starting at line i runs to, or i when it is whole on its line.
    private static int JoinedTitle(List<(string Text, int Line)> lines, int i)
    {
        var first = Analysis.TextFolding.Fold(lines[i].Text);
        if (first.Length > TitlePartLength || Punctuation().IsMatch(first) || NoticeTitle().IsMatch(first) || PlanTitle().IsMatch(first)
            || ChineseDate.IsDateLine(first) || DocumentNumber.IsNumberLine(first) || PageMetadata.IsFieldLine(first))
            return i;
        var text = first;
        for (var j = i + 1; j < lines.Count && j <= i + 2; j++)
        {
            var next = Analysis.TextFolding.Fold(lines[j].Text);
            text = Compact(text) + Compact(next);
            if (first.Contains("关于", StringComparison.Ordinal) && NoticeTitle().IsMatch(text))
                return j;
            if (!first.Contains("关于", StringComparison.Ordinal) && PlanTitle().IsMatch(next) && next.Length <= TitlePartLength && !Regex.IsMatch(next, @"\d{4}\s*年"))
                return j;
            if (Punctuation().IsMatch(next))
                return i;
        }
        return i;
    }
}
