using System.Text;
using SearchPlans.Ingest.Formats;

namespace SearchPlans.Tests.Ingest.Formats.Writers;

/// <summary>
/// Writes blocks as Excel saves a 分工方案 sheet as CSV: a record per row, every record as wide as the widest (a title
/// row is its text and empty cells), a cell quoted where it holds a comma, a quote or a line break (RFC 4180), CRLF
/// between records and a UTF-8 byte-order mark first. A sheet saved where the list separator is not the comma (Excel
/// in a locale whose decimal mark is the comma writes semicolons) takes its separator.
/// </summary>
internal static class CsvWriter
{
    public static byte[] Write(IEnumerable<DocumentBlock> blocks, Encoding? encoding = null, char separator = ',')
    {
        var rows = blocks.SelectMany(b => b switch
        {
            ParagraphBlock p => [[p.Text]],
            TableBlock t => t.Rows,
            _ => [],
        }).ToList();
        var width = rows.Max(r => r.Count);
        var text = new StringBuilder();
        foreach (var row in rows)
            text.AppendJoin(separator, row.Concat(Enumerable.Repeat("", width - row.Count)).Select(c => Quoted(c, separator))).Append("\r\n");
        return encoding is null ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())] : encoding.GetBytes(text.ToString());
    }

    private static string Quoted(string cell, char separator) =>
        cell.IndexOfAny([separator, '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
