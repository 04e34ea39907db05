using SearchPlans.Model;

namespace SearchPlans.Ingest.Rows;

/// <summary>
/// Follows the section cells down a table: a blank cell inherits the section above, a cell that repeats the
/// current section (same text, or the same ordinal: page breaks repeat the cell, sometimes reworded) is kept
/// as a page repeat, anything else opens a new section and closes the ones below it.
/// </summary>
internal sealed class SectionTracker(IngestContext context)
{
    private readonly List<SectionNode> _roots = [];
    private readonly List<SectionNode> _current = [];

    /// <summary>Applies a row's section cells and returns the path of sections the row sits in.</summary>
    public IReadOnlyList<SectionNode> Apply(BodyRow row)
    {
        for (var level = 0; level < row.Sections.Count; level++)
        {
            var cell = row.Sections[level].Trim();
            if (cell.Length == 0)
                continue;
            var line = level < row.SectionLines.Count ? row.SectionLines[level] : row.FirstLine;
            if (level < _current.Count && IsRepeat(_current[level].Title, cell))
            {
                if (Normalized(cell) != Normalized(_current[level].Title))
                    context.Warn(line, "section cell \"{0}\" repeats \"{1}\" in other words; read as the same section", cell, _current[level].Title);
                context.Keep(RemainderKind.PageRepeat, cell, SourceSpan.Line(line));
                continue;
            }
            Open(level, cell, line);
        }
        if (row.SectionDepth is { } depth && depth < _current.Count)
            _current.RemoveRange(depth, _current.Count - depth);
        return [.. _current];
    }

    /// <summary>Appends text that a page break cut from the current section title at a level.</summary>
    public void Extend(int level, string text, int line)
    {
        if (level < _current.Count)
        {
            _current[level].Title += text.Trim();
            _current[level].LastLine = line;
        }
        else
        {
            Open(level, text.Trim(), line);
        }
    }

    public List<SectionNode> Roots => _roots;

    public IReadOnlyList<Section> Build() => [.. _roots.Select(n => n.ToSection())];

    private void Open(int level, string title, int line)
    {
        // A section at a level deeper than known (a sub-section cell with no top-level cell yet) hangs at the top.
        level = Math.Min(level, _current.Count);
        var node = new SectionNode(title, line);
        if (level == 0)
            _roots.Add(node);
        else
            _current[level - 1].Children.Add(node);
        _current.RemoveRange(level, _current.Count - level);
        _current.Add(node);
    }

    private static bool IsRepeat(string current, string cell)
    {
        if (Normalized(current) == Normalized(cell))
            return true;
        var a = SectionOrdinal.Of(current);
        return a is not null && a == SectionOrdinal.Of(cell) && SectionOrdinal.LevelOf(current) == SectionOrdinal.LevelOf(cell);
    }

    private static string Normalized(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c)).Select(FoldBracket)]);

    private static char FoldBracket(char c) => c switch { '（' => '(', '）' => ')', '，' => ',', _ => c };
}

/// <summary>A section while the table is read: its title can still grow when a page break cut it.</summary>
internal sealed class SectionNode(string title, int line)
{
    public string Title { get; set; } = title;

    public int FirstLine { get; } = line;

    public int LastLine { get; set; } = line;

    public List<SectionNode> Children { get; } = [];

    public Section ToSection() => new(Title, [.. Children.Select(c => c.ToSection())], new SourceSpan(FirstLine, LastLine));
}
