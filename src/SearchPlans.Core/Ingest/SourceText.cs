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

    public int LineCount => _lines.Length;

    public string this[int line] => _lines[line - 1];

    public bool IsBlank(int line) => string.IsNullOrWhiteSpace(_lines[line - 1]);
}
