using System.Collections.Concurrent;
using System.Globalization;
using SearchPlans.Links.Clusters;
using SearchPlans.Model;
using SearchPlans.Web.Localization;

namespace SearchPlans.Web.Matrix;

/// <summary>A matrix with its cells as they show: the number of each requirement a cell names, its class, link and tooltip.</summary>
/// <remarks>
/// The numbers are worked out once per matrix, reading each column's requirements once: a served plan's
/// requirements are read from disk, decompressing its whole body, and looking each cell's number up in its plan
/// made the matrix read every plan of the group once per cell (issue 26). The cells are worded once per language
/// too, since the snapshot keeps the opening matrix and each of its thousands of cells was worded anew per request.
/// </remarks>
public sealed class MatrixView
{
    // A language is a culture (numbers) and an interface culture (words), each one of those the app offers.
    private static readonly int MaxLanguages = InterfaceLanguage.Supported.Count * InterfaceLanguage.Supported.Count;

    private readonly Dictionary<(string PlanId, string RequirementId), string> numbers;
    private readonly ConcurrentDictionary<(string Culture, string Interface), IReadOnlyList<IReadOnlyList<MatrixCellView>>> worded = new();

    private MatrixView(TopicMatrix matrix, Dictionary<(string, string), string> numbers) => (Matrix, this.numbers) = (matrix, numbers);

    public TopicMatrix Matrix { get; }

    public static MatrixView Of(TopicMatrix matrix)
    {
        var numbers = new Dictionary<(string, string), string>();
        for (var i = 0; i < matrix.Plans.Count; i++)
        {
            var plan = matrix.Plans[i];
            var shown = matrix.Rows.SelectMany(r => r.Cells[i].RequirementIds).ToHashSet(StringComparer.Ordinal);
            if (shown.Count == 0)
                continue;
            foreach (var requirement in plan.Requirements)
                if (shown.Remove(requirement.Id))
                    numbers[(plan.Id, requirement.Id)] = Markup.Labels.Number(plan, requirement);
        }
        return new MatrixView(matrix, numbers);
    }

    /// <summary>The printed number, or for plans that print none (prose) the section numbering and place: 一（三）2; — for a requirement the plan does not hold.</summary>
    public string Number(Plan plan, string requirementId) => numbers.GetValueOrDefault((plan.Id, requirementId), "—");

    /// <summary>Each row's cells in column order, worded in the request's language.</summary>
    public IReadOnlyList<IReadOnlyList<MatrixCellView>> Cells()
    {
        var language = (CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name);
        if (worded.TryGetValue(language, out var cells))
            return cells;
        cells = Word();
        if (worded.Count < MaxLanguages)
            worded.TryAdd(language, cells);
        return cells;
    }

    /// <summary>How many languages the cells are kept worded in.</summary>
    internal int LanguagesWorded => worded.Count;

    private IReadOnlyList<IReadOnlyList<MatrixCellView>> Word()
    {
        // A column's gaps read alike, and are most cells of a wide group: one view serves them all.
        var gaps = new MatrixCellView?[Matrix.Plans.Count];
        return [.. Matrix.Rows.Select(row => (IReadOnlyList<MatrixCellView>)[.. row.Cells.Select((cell, i) => cell.State == CellState.Gap
            ? gaps[i] ??= MatrixCellView.Of(cell, Matrix.Plans[i], this)
            : MatrixCellView.Of(cell, Matrix.Plans[i], this))])];
    }
}
