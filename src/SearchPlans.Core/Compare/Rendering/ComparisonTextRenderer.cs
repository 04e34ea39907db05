using SearchPlans.Model;

namespace SearchPlans.Compare.Rendering;

/// <summary>
/// A plan comparison for a terminal: a header with the summary, then one block per A requirement
/// (numbers, score and kind on one line, the inline diff under it), then what only A has and what only B has,
/// each with its partial matches on the other side.
/// </summary>
/// <param name="colour">
/// True to mark changes with ANSI colours (deletions red and struck through, insertions green);
/// false for plain markers [-deleted-]{+inserted+} that survive pipes, files and copy-paste.
/// </param>
public sealed class ComparisonTextRenderer(bool colour = false)
{
    private const string Indent = "    ";
    private const string Reset = "\u001b[0m";
    private const string DeletedColour = "\u001b[31;9m";
    private const string InsertedColour = "\u001b[32m";

    public string Render(PlanComparison comparison)
    {
        using var writer = new StringWriter();
        Render(comparison, writer);
        return writer.ToString();
    }

    public void Render(PlanComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"A {ComparisonLabels.PlanName(comparison.A)}");
        writer.WriteLine($"B {ComparisonLabels.PlanName(comparison.B)}");
        writer.WriteLine(string.Join(" · ", ComparisonLabels.Summary(comparison.Summary).Select(x => $"{x.Label} {x.Value}")));

        // Numbers are ASCII, so padding them lines up the scores and kinds that follow.
        var label = RequirementLabels.Of(comparison.A, comparison.B);
        var aWidth = comparison.Rows.Select(r => label(r.A).Length).DefaultIfEmpty(0).Max();
        var bWidth = comparison.Rows.Select(r => r.B is null ? 1 : label(r.B).Length).DefaultIfEmpty(0).Max();
        foreach (var row in comparison.Rows)
        {
            writer.WriteLine();
            WriteRow(row, aWidth, bWidth, label, writer);
        }

        WriteList(ComparisonLabels.OnlyInAHeading, "A", comparison.OnlyInA, ComparisonLabels.PartialInB, "B", label, writer);
        WriteList(ComparisonLabels.OnlyInBHeading, "B", comparison.OnlyInB, ComparisonLabels.PartialInA, "A", label, writer);
    }

    private static void WriteList(string heading, string side, IReadOnlyList<WithoutEquivalent> items, string partialLabel, string otherSide, Func<Requirement, string> label, TextWriter writer)
    {
        if (items.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"{heading} ({items.Count})");
        foreach (var item in items)
        {
            writer.WriteLine($"{side} {label(item.Requirement)}");
            writer.WriteLine(Indented(item.Requirement.Text));
            if (item.PartialMatches.Count > 0)
            {
                writer.WriteLine($"{Indent}{partialLabel} {Others(otherSide, item.PartialMatches, label)}");
            }

            WriteWeaker(otherSide, item.Weaker, label, writer);
        }
    }

    private void WriteRow(ComparisonRow row, int aWidth, int bWidth, Func<Requirement, string> label, TextWriter writer)
    {
        var a = $"A {label(row.A).PadRight(aWidth)}";
        if (row.B is null || row.Diff is null)
        {
            writer.WriteLine($"{a} ⇄ B {ComparisonLabels.None.PadRight(bWidth)}  {ComparisonLabels.OnlyInA}");
            writer.WriteLine(Indented(row.A.Text));
            WriteWeaker("B", row.Weaker, label, writer);
            return;
        }

        var kind = row.Kind is { } k ? ComparisonLabels.Kind(k) : string.Empty;
        var relation = row.Relation is { } r ? ComparisonLabels.Relation(r) : string.Empty;
        var onlyInA = row.IsOnlyInA ? $"  {ComparisonLabels.OnlyInA}" : string.Empty;
        writer.WriteLine($"{a} ⇄ B {label(row.B).PadRight(bWidth)}  {ComparisonLabels.Score(row.Score ?? 0)}  {kind} · {relation}{onlyInA}");
        writer.WriteLine(Indented(string.Concat(row.Diff.Inline.Select(Mark))));
        if (row.AlsoRelated.Count > 0)
        {
            writer.WriteLine($"{Indent}{ComparisonLabels.AlsoRelated} {Others("B", row.AlsoRelated, label)}");
        }

        WriteWeaker("B", row.Weaker, label, writer);
    }

    private static void WriteWeaker(string side, IReadOnlyList<Counterpart> weaker, Func<Requirement, string> label, TextWriter writer)
    {
        if (weaker.Count > 0)
        {
            writer.WriteLine($"{Indent}{ComparisonLabels.Weaker} {Others(side, weaker, label)}");
        }
    }

    private static string Others(string side, IEnumerable<Counterpart> counterparts, Func<Requirement, string> label) => string.Join("、", counterparts.Select(c =>
        $"{side} {label(c.Requirement)} ({ComparisonLabels.Score(c.Score)} {ComparisonLabels.Kind(c.Kind)})"));

    private string Mark(DiffPiece piece) => (piece.Kind, colour) switch
    {
        (DiffKind.Deleted, true) => DeletedColour + piece.Text + Reset,
        (DiffKind.Inserted, true) => InsertedColour + piece.Text + Reset,
        (DiffKind.Deleted, false) => $"[-{piece.Text}-]",
        (DiffKind.Inserted, false) => $"{{+{piece.Text}+}}",
        _ => piece.Text,
    };

    private static string Indented(string text) => Indent + text.ReplaceLineEndings(Environment.NewLine + Indent);
}
