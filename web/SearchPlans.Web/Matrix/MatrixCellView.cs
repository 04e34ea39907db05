using SearchPlans.Links.Clusters;
using SearchPlans.Model;
using SearchPlans.Web.Localization;
using SearchPlans.Web.Markup;

namespace SearchPlans.Web.Matrix;

/// <summary>How one cell of the matrix shows: its class (state and heat), its label, its link and its tooltip.</summary>
public sealed record MatrixCellView(string CssClass, string Label, string? Href, string Title)
{
    public static MatrixCellView Of(MatrixCell cell, Plan plan, MatrixView view)
    {
        var place = $"{plan.Jurisdiction.Name} {plan.Year}";
        switch (cell.State)
        {
            case CellState.Carried:
                var ids = cell.RequirementIds;
                var numbers = string.Join("、", ids.Select(id => view.Number(plan, id)));
                return new($"cell carried heat-{Heat(cell.Strength)}", numbers, Anchors.Requirement(ids[0]),
                    $"{place} {numbers}: " + Text.Format("carried (equivalent, score {0})", Markup.Labels.Score(cell.Strength)));
            case CellState.RelatedOnly:
                var number = view.Number(plan, cell.RequirementIds[0]);
                return new("cell related", "~" + number, Anchors.Requirement(cell.RequirementIds[0]),
                    $"{place} {number}: " + Text.Format("only related (score {0})", Markup.Labels.Score(cell.Strength)));
            default:
                return new("cell gap", "·", null, $"{place}: " + Text.Get("no counterpart"));
        }
    }

    /// <summary>1 (weak) to 4 (near-identical), so the colour steps read at a glance.</summary>
    public static int Heat(double strength) => strength switch
    {
        >= 0.85 => 4,
        >= 0.7 => 3,
        >= 0.55 => 2,
        _ => 1,
    };

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
