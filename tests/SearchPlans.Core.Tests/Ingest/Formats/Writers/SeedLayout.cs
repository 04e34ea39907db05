using SearchPlans.Ingest.Formats;

namespace SearchPlans.Tests.Ingest.Formats.Writers;

/// <summary>
/// A text plan's lines as the document it was copied from: lines of tab-separated cells are rows of a table, and in a
/// table copied one cell per line (each cell opening with a tab, rows between blank lines) each blank-line group is a
/// row; every other line is a paragraph, a blank line an empty one. A blank cell under a filled one is the rest of a
/// cell merged over rows; a row with fewer cells than the table's last one spans the rest.
/// </summary>
internal static class SeedLayout
{
    public static List<DocumentBlock> Blocks(string text)
    {
        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        return lines.Any(l => l.StartsWith('\t') && l.Count(c => c == '\t') == 1) && !lines.Any(l => l.Trim('\t').Contains('\t'))
            ? CellPerLine(lines)
            : TabRows(lines);
    }

    private static List<DocumentBlock> TabRows(string[] lines)
    {
        var blocks = new List<DocumentBlock>();
        List<IReadOnlyList<string>>? rows = null;
        foreach (var line in lines)
        {
            if (line.Contains('\t'))
            {
                if (rows is null)
                    blocks.Add(new TableBlock(rows = []));
                rows.Add(line.Split('\t'));
                continue;
            }
            rows = null;
            blocks.Add(new ParagraphBlock(line));
        }
        return blocks;
    }

    // Rows are the blank-line groups from the first line that opens with a tab; a line without one goes on its cell.
    private static List<DocumentBlock> CellPerLine(string[] lines)
    {
        var first = Array.FindIndex(lines, l => l.StartsWith('\t'));
        var end = LastRowEnd(lines, Array.FindLastIndex(lines, l => l.StartsWith('\t')));
        var blocks = lines[..first].Select(l => (DocumentBlock)new ParagraphBlock(l)).ToList();
        var rows = new List<IReadOnlyList<string>>();
        List<string>? row = null;
        foreach (var line in lines[first..end])
        {
            if (line.Length == 0)
            {
                if (row is not null)
                    rows.Add(row);
                row = null;
                continue;
            }
            row ??= [];
            if (line.StartsWith('\t') || row.Count == 0)
                row.Add(line[(line.StartsWith('\t') ? 1 : 0)..]);
            else
                row[^1] += "\n" + line;
        }
        if (row is not null)
            rows.Add(row);
        blocks.Add(new TableBlock(rows));
        blocks.AddRange(lines[end..].Select(l => new ParagraphBlock(l)));
        return blocks;
    }

    // The line after the last cell's own lines (a cell's continuation lines follow its tab line).
    private static int LastRowEnd(string[] lines, int last)
    {
        var i = last + 1;
        while (i < lines.Length && lines[i].Length > 0 && !lines[i].StartsWith('\t'))
            i++;
        return i;
    }

    /// <summary>Whether a cell continues the cell above it (merged over rows).</summary>
    public static bool[][] Continuations(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = rows.Max(r => r.Count);
        var merged = rows.Select(r => new bool[r.Count]).ToArray();
        for (var r = 1; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                var above = rows[r - 1];
                var aboveIsWhole = above.Count == columns || c < above.Count - 1;
                // A task is never merged over rows: a blank cell under a sentence is a task printed elsewhere in its
                // row (河源's items one column early), not the rest of a merged cell.
                merged[r][c] = rows[r][c].Trim().Length == 0 && c < above.Count && aboveIsWhole
                    && ((above[c].Trim().Length > 0 && !EndsSentence(above[c])) || merged[r - 1][c]);
            }
        }
        return merged;
    }

    private static bool EndsSentence(string cell) => cell.TrimEnd() is { Length: > 0 } t && t[^1] is '。' or '；' or ';';
}
