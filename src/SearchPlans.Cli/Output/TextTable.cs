using Spectre.Console;

namespace SearchPlans.Cli.Output;

/// <summary>
/// Left-aligned columns padded by terminal cell width, so Chinese (two cells a character) lines up.
/// The last column is never padded, so it may hold long text or ANSI colour.
/// </summary>
internal sealed class TextTable(params string[] header)
{
    private const string Gap = "  ";
    private readonly List<string[]> rows = [];

    /// <summary>Columns that hold numbers, aligned right.</summary>
    public HashSet<int> RightAligned { get; } = [];

    public void Add(params string?[] cells) => rows.Add(cells.Select(c => c ?? "").ToArray());

    public void Write(TextWriter writer)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => all.Max(r => r[i].GetCellWidth())).ToArray();
        foreach (var row in all)
        {
            var cells = row.Select((cell, i) => i == row.Length - 1 ? cell : Pad(cell, widths[i], RightAligned.Contains(i)));
            writer.WriteLine(string.Join(Gap, cells).TrimEnd());
        }
    }

    private static string Pad(string cell, int width, bool right)
    {
        var padding = new string(' ', width - cell.GetCellWidth());
        return right ? padding + cell : cell + padding;
    }
}
