using System.Text;
using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Formats;

/// <summary>
/// Lays the blocks out as the lines the reader reads: a paragraph per line, a table row per line with its cells
/// between tabs, as a word processor copies a table, and a blank line between two tables. A cell's own tabs and line breaks become spaces, so the row's
/// cells are exactly the table's; trailing empty cells are dropped.
/// </summary>
internal static partial class BlockText
{
    // Every character .NET reads as a line end, and the tab, which parts cells.
    [GeneratedRegex(@"[\t\r\n\f\v\u0085\u2028\u2029]+")]
    private static partial Regex CellBreaks();

    public static string Render(IEnumerable<DocumentBlock> blocks) => Lay(blocks).Text;

    /// <summary>The text, and the lines (from 1) that are rows of the document's own tables.</summary>
    public static (string Text, IReadOnlySet<int> TableRows) Lay(IEnumerable<DocumentBlock> blocks)
    {
        var text = new StringBuilder();
        var tableRows = new HashSet<int>();
        var line = 1;
        DocumentBlock? previous = null;
        foreach (var block in blocks)
        {
            // Two tables one after the other (a table a page break cut in two) are parted by a blank line, as a page
            // break parts a table copied from a PDF.
            if (block is TableBlock && previous is TableBlock)
            {
                text.Append('\n');
                line++;
            }
            previous = block;
            switch (block)
            {
                case ParagraphBlock paragraph:
                    var lines = paragraph.Text.ReplaceLineEndings("\n");
                    text.Append(lines).Append('\n');
                    line += lines.Count(c => c == '\n') + 1;
                    break;
                case TableBlock table:
                    foreach (var row in table.Rows)
                    {
                        text.AppendJoin('\t', Trimmed(row).Select(Cell)).Append('\n');
                        tableRows.Add(line++);
                    }
                    break;
            }
        }
        return (text.ToString(), tableRows);
    }

    /// <summary>
    /// A cell as one stretch of a line. A break after a Chinese comma or colon (结果，&lt;br&gt;依法公示) was only where the
    /// line wrapped, and Chinese sets no space there; any other break may part two names (市财政局 / 市税务局) and
    /// becomes a space.
    /// </summary>
    public static string Cell(string cell)
    {
        var text = cell.Trim();
        return CellBreaks().Replace(text, m => m.Index > 0 && text[m.Index - 1] is '，' or '、' or '；' or '：' ? "" : " ");
    }

    private static IEnumerable<string> Trimmed(IReadOnlyList<string> row)
    {
        var count = row.Count;
        while (count > 0 && string.IsNullOrWhiteSpace(row[count - 1]))
            count--;
        return row.Take(count);
    }
}
