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

    [GeneratedRegex(@"(印发|抄送|^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$)")]
    private static partial Regex Colophon();

    /// <summary>The first line after the body start that opens the tail, or one past the end when there is none.</summary>
    public static int FindStart(SourceText source, int bodyStart)
    {
        for (var line = bodyStart + 1; line <= source.LineCount; line++)
            if (TailStart().IsMatch(Analysis.TextFolding.Fold(source[line])))
                return line;
        return source.LineCount + 1;
    }

    /// <summary>Keeps the tail as paragraphs; returns an issue date printed in the colophon (…2022年11月23日印发).</summary>
    public static DateOnly? Keep(IngestContext context, int firstLine, string? issuer)
    {
        DateOnly? issued = null;
        var start = 0;
        var text = "";
        for (var line = firstLine; line <= context.Source.LineCount + 1; line++)
        {
            if (line > context.Source.LineCount || context.Source.IsBlank(line))
            {
                if (text.Length > 0)
                {
                    var folded = Analysis.TextFolding.Fold(text);
                    var signature = Colophon().IsMatch(folded) || (issuer is not null && text.StartsWith(issuer, StringComparison.Ordinal));
                    if (signature && folded.Contains("印发", StringComparison.Ordinal))
                        issued ??= ChineseDate.Find(text);
                    context.Keep(signature ? RemainderKind.Signature : RemainderKind.Note, text, new SourceSpan(start, line - 1));
                }
                text = "";
                continue;
            }
            if (text.Length == 0)
                start = line;
            text += (text.Length > 0 ? "\n" : "") + context.Strip(context.Source[line]).Trim();
        }
        return issued;
    }
}
