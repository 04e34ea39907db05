namespace SearchPlans.Ingest;

/// <summary>The decoded file split into lines; line numbers are 1-based, as editors show them.</summary>
public sealed class SourceText
{
    private readonly string[] _lines;

    public SourceText(string text)
    {
        Text = text;
        _lines = text.ReplaceLineEndings("\n").Split('\n');
    }

    public string Text { get; }

    /// <summary>
    /// The lines that are rows of a table the document holds as a table (Word, a web page, a sheet, ruled cells of a
    /// PDF), their cells between tabs exactly; empty for a text file, whose tables are found from the text.
    /// </summary>
    public IReadOnlySet<int> TableRows { get; init; } = new HashSet<int>();

    public int LineCount => _lines.Length;

    public string this[int line] => _lines[line - 1];

    public bool IsBlank(int line) => string.IsNullOrWhiteSpace(_lines[line - 1]);
}
