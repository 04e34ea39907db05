using System.Net;
using SearchPlans.Model;

namespace SearchPlans.Compare.Rendering;

/// <summary>
/// A plan comparison as one standalone HTML page: the summary at the top, a two-column table of
/// A's requirements against their B counterparts with changes as &lt;del&gt; and &lt;ins&gt;, then
/// what only A has and what only B has, each with its partial matches on the other side. Every piece of plan text is HTML-encoded; the page carries no script.
/// </summary>
public sealed class ComparisonHtmlRenderer
{
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
        var (a, b) = (ComparisonLabels.PlanName(comparison.A), ComparisonLabels.PlanName(comparison.B));
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine($"<html lang=\"{ComparisonLabels.Language}\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<title>{Encode(a)} ⇄ {Encode(b)}</title>");
        writer.WriteLine("<style>");
        writer.WriteLine(ComparisonHtmlStyle.Css);
        writer.WriteLine("</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
        writer.WriteLine("<header>");
        writer.WriteLine($"<h1>{Encode(ComparisonLabels.PageTitle)}</h1>");
        writer.WriteLine($"<p class=\"plans\">A：{Encode(a)}<br>B：{Encode(b)}</p>");
        WriteSummary(comparison.Summary, writer);
        writer.WriteLine("</header>");
        var label = RequirementLabels.Of(comparison.A, comparison.B);
        WriteRows(comparison, a, b, label, writer);
        WriteList(ComparisonLabels.OnlyInAHeading, "only-a", comparison.OnlyInA, ComparisonLabels.PartialInB, label, writer);
        WriteList(ComparisonLabels.OnlyInBHeading, "only-b", comparison.OnlyInB, ComparisonLabels.PartialInA, label, writer);
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }

    private static void WriteSummary(ComparisonSummary summary, TextWriter writer)
    {
        writer.WriteLine("<dl class=\"summary\">");
        foreach (var (label, value) in ComparisonLabels.Summary(summary))
        {
            writer.WriteLine($"<div><dt>{Encode(label)}</dt><dd>{Encode(value)}</dd></div>");
        }

        writer.WriteLine("</dl>");
    }

    private static void WriteRows(PlanComparison comparison, string a, string b, Func<Requirement, string> label, TextWriter writer)
    {
        writer.WriteLine("<table class=\"rows\">");
        writer.WriteLine($"<thead><tr><th scope=\"col\">A：{Encode(a)}</th><th scope=\"col\">B：{Encode(b)}</th></tr></thead>");
        writer.WriteLine("<tbody>");
        foreach (var row in comparison.Rows)
        {
            WriteRow(row, label, writer);
        }

        writer.WriteLine("</tbody>");
        writer.WriteLine("</table>");
    }

    private static void WriteRow(ComparisonRow row, Func<Requirement, string> label, TextWriter writer)
    {
        if (row.B is null || row.Diff is null)
        {
            writer.WriteLine("<tr class=\"only-a\">");
            writer.WriteLine($"<td><div class=\"meta\">{Number(row.A, label)}{Encode(ComparisonLabels.OnlyInA)}</div><div class=\"text\">{Encode(row.A.Text)}</div></td>");
            writer.WriteLine($"<td class=\"none\">{Encode(ComparisonLabels.None)}{Weaker(row.Weaker, label)}</td>");
            writer.WriteLine("</tr>");
            return;
        }

        var kind = row.Kind is { } k ? ComparisonLabels.Kind(k) : string.Empty;
        var relation = row.Relation is { } r ? ComparisonLabels.Relation(r) : string.Empty;
        var score = ComparisonLabels.Score(row.Score ?? 0);
        var onlyInA = row.IsOnlyInA ? Encode(ComparisonLabels.OnlyInA) : string.Empty;
        writer.WriteLine($"<tr class=\"{(row.Kind == LinkKind.Equivalent ? "equivalent" : "related")}\">");
        writer.WriteLine($"<td><div class=\"meta\">{Number(row.A, label)}{onlyInA}</div><div class=\"text\">{Pieces(row.Diff.Left)}</div></td>");
        writer.Write($"<td><div class=\"meta\">{Number(row.B, label)}{Encode(kind)} · {Encode(relation)} · <span class=\"score\">{score}</span></div>");
        writer.Write($"<div class=\"text\">{Pieces(row.Diff.Right)}</div>");
        if (row.AlsoRelated.Count > 0)
        {
            writer.Write($"<div class=\"also\">{Encode(ComparisonLabels.AlsoRelated)}：{Others(row.AlsoRelated, label)}</div>");
        }

        writer.Write(Weaker(row.Weaker, label));

        writer.WriteLine("</td>");
        writer.WriteLine("</tr>");
    }

    private static void WriteList(string heading, string cssClass, IReadOnlyList<WithoutEquivalent> items, string partialLabel, Func<Requirement, string> label, TextWriter writer)
    {
        if (items.Count == 0)
        {
            return;
        }

        writer.WriteLine($"<h2>{Encode(heading)}（{items.Count}）</h2>");
        writer.WriteLine($"<ol class=\"{cssClass}\">");
        foreach (var item in items)
        {
            writer.Write($"<li>{Number(item.Requirement, label)}{Encode(item.Requirement.Text)}");
            if (item.PartialMatches.Count > 0)
            {
                writer.Write($"<div class=\"also\">{Encode(partialLabel)}：{Others(item.PartialMatches, label)}</div>");
            }

            writer.Write(Weaker(item.Weaker, label));

            writer.WriteLine("</li>");
        }

        writer.WriteLine("</ol>");
    }

    private static string Others(IEnumerable<Counterpart> counterparts, Func<Requirement, string> label) =>
        string.Join("、", counterparts.Select(c => $"{Number(c.Requirement, label)}<span class=\"score\">{ComparisonLabels.Score(c.Score)}</span>"));

    // Collapsed, as on the web page: a reader opens them on purpose.
    private static string Weaker(IReadOnlyList<Counterpart> weaker, Func<Requirement, string> label) => weaker.Count == 0 ? string.Empty
        : $"<details class=\"also doubtful\"><summary>{Encode(ComparisonLabels.Weaker)}（{weaker.Count}）</summary>{Others(weaker, label)}</details>";

    private static string Pieces(IEnumerable<DiffPiece> pieces) => string.Concat(pieces.Select(piece => piece.Kind switch
    {
        DiffKind.Deleted => $"<del>{Encode(piece.Text)}</del>",
        DiffKind.Inserted => $"<ins>{Encode(piece.Text)}</ins>",
        _ => Encode(piece.Text),
    }));

    private static string Number(Requirement requirement, Func<Requirement, string> label) =>
        $"<span class=\"num\" title=\"{Encode(requirement.Id)}\">{Encode(label(requirement))}</span>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
