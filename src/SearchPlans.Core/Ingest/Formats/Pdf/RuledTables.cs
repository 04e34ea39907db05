using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace SearchPlans.Ingest.Formats.Pdf;

/// <summary>A cell of a ruled table: its place on the table's grid and its area on the page.</summary>
internal sealed class RuledCell(int row, int column, double left, double right, double top, double bottom)
{
    public int Row { get; } = row;
    public int Column { get; } = column;
    public double Left { get; } = left;
    public double Right { get; } = right;
    public double Top { get; } = top;
    public double Bottom { get; set; } = bottom;
    public List<Letter> Letters { get; } = [];

    public bool Holds(PdfPoint point) => point.X >= Left && point.X <= Right && point.Y <= Top && point.Y >= Bottom;
}

/// <summary>A table a PDF draws with ruled lines: rows top to bottom, columns the union of every row's.</summary>
internal sealed record RuledTable(double Top, int RowCount, int ColumnCount, IReadOnlyList<RuledCell> Cells);

/// <summary>
/// Finds the tables a page draws with lines, as Word and WPS print a 分工方案: horizontal rules split rows; the vertical
/// rules crossing a row split its cells. A cell whose top rule is missing continues the cell above (merged over rows),
/// and a cell wider than a column of the table spans columns; either holds its text in its first place.
/// </summary>
internal static class RuledTables
{
    private const double Thin = 2.5;
    private const double Near = 1.5;

    private sealed record Rule(double At, double From, double To);

    /// <summary>Rules on a page beyond which it is read as lines: a drawing, not a table (a table of a plan draws some hundreds).</summary>
    private const int MaxRules = 5_000;

    public static List<RuledTable> Find(Page page)
    {
        var (horizontal, vertical) = Rules(page);
        if (horizontal.Count + vertical.Count > MaxRules)
            return [];
        var ys = Cluster(horizontal.Select(h => h.At)).OrderByDescending(y => y).ToList();
        var tables = new List<RuledTable>();
        var bands = new List<(double Top, double Bottom, List<double> Xs)>();
        for (var i = 0; i + 1 < ys.Count; i++)
        {
            var (top, bottom) = (ys[i], ys[i + 1]);
            var middle = (top + bottom) / 2;
            var xs = Cluster(vertical.Where(v => v.From <= middle && v.To >= middle).Select(v => v.At)).Order().ToList();
            // A row needs two rules across it, and rules above and below it within its width (a cell merged over rows
            // leaves a gap in them).
            if (xs.Count >= 2 && RuledWithin(horizontal, top, xs) && RuledWithin(horizontal, bottom, xs))
            {
                bands.Add((top, bottom, xs));
                continue;
            }
            Close(bands, horizontal, tables);
        }
        Close(bands, horizontal, tables);
        return tables;
    }

    private static bool RuledWithin(List<Rule> horizontal, double y, List<double> xs) =>
        horizontal.Any(h => Math.Abs(h.At - y) <= Near && h.To > xs[0] + Near && h.From < xs[^1] - Near);

    private static void Close(List<(double Top, double Bottom, List<double> Xs)> bands, List<Rule> horizontal, List<RuledTable> tables)
    {
        if (bands.Count == 0)
            return;
        var columns = Cluster(bands.SelectMany(b => b.Xs)).Order().ToList();
        var cells = new List<RuledCell>();
        var above = new List<RuledCell>();
        for (var row = 0; row < bands.Count; row++)
        {
            var (top, bottom, xs) = bands[row];
            var current = new List<RuledCell>();
            for (var i = 0; i + 1 < xs.Count; i++)
            {
                var (left, right) = (xs[i], xs[i + 1]);
                var middle = (left + right) / 2;
                var ruledAbove = horizontal.Any(h => Math.Abs(h.At - top) <= Near && h.From <= middle && h.To >= middle);
                if (row > 0 && !ruledAbove && above.FirstOrDefault(c => Math.Abs(c.Left - left) <= Near && Math.Abs(c.Right - right) <= Near) is { } merged)
                {
                    merged.Bottom = bottom;
                    current.Add(merged);
                    continue;
                }
                var cell = new RuledCell(row, columns.FindIndex(c => Math.Abs(c - left) <= Near), left, right, top, bottom);
                cells.Add(cell);
                current.Add(cell);
            }
            above = current;
        }
        tables.Add(new RuledTable(bands[0].Top, bands.Count, Math.Max(1, columns.Count - 1), cells));
        bands.Clear();
    }

    private static (List<Rule> Horizontal, List<Rule> Vertical) Rules(Page page)
    {
        var horizontal = new List<Rule>();
        var vertical = new List<Rule>();
        foreach (var path in page.Paths.Where(p => !p.IsClipping && (p.IsStroked || p.IsFilled)))
        {
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                    continue;
                if (box.Height <= Thin && box.Width > Thin)
                    horizontal.Add(new Rule((box.Top + box.Bottom) / 2, box.Left, box.Right));
                else if (box.Width <= Thin && box.Height > Thin)
                    vertical.Add(new Rule((box.Left + box.Right) / 2, box.Bottom, box.Top));
                else if (path.IsStroked)
                    AddLines(subpath, horizontal, vertical);
            }
        }
        return (Joined(horizontal), Joined(vertical));
    }

    // A rule drawn in pieces (one per cell's border) is one rule.
    private static List<Rule> Joined(List<Rule> rules)
    {
        var joined = new List<Rule>();
        foreach (var rule in rules.OrderBy(r => Math.Round(r.At / Near)).ThenBy(r => r.From))
        {
            if (joined.Count > 0 && Math.Abs(joined[^1].At - rule.At) <= Near && rule.From <= joined[^1].To + Near)
                joined[^1] = joined[^1] with { To = Math.Max(joined[^1].To, rule.To) };
            else
                joined.Add(rule);
        }
        return joined;
    }

    // The straight, upright or level strokes of an outline (a cell drawn as a rectangle).
    private static void AddLines(PdfSubpath subpath, List<Rule> horizontal, List<Rule> vertical)
    {
        PdfPoint? start = null, at = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = at = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, horizontal, vertical);
                    at = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && at is { } a:
                    Add(a, s, horizontal, vertical);
                    at = s;
                    break;
                case PdfSubpath.BezierCurve curve:
                    at = curve.EndPoint;
                    break;
            }
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, List<Rule> horizontal, List<Rule> vertical)
    {
        if (Math.Abs(from.Y - to.Y) <= Near && Math.Abs(from.X - to.X) > Thin)
            horizontal.Add(new Rule((from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        else if (Math.Abs(from.X - to.X) <= Near && Math.Abs(from.Y - to.Y) > Thin)
            vertical.Add(new Rule((from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
    }

    // Positions within a point and a half of one another are one rule.
    private static List<double> Cluster(IEnumerable<double> positions)
    {
        var clusters = new List<double>();
        foreach (var p in positions.Order())
            if (clusters.Count == 0 || p - clusters[^1] > Near)
                clusters.Add(p);
        return clusters;
    }
}
