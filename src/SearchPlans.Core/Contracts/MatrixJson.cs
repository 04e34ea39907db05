namespace SearchPlans.Contracts;

/// <summary>One cluster of equivalent requirements in `searchplans matrix`, against the plans of the group shown.</summary>
/// <param name="Cells">Per plan id, in the plans' order: whether and by which requirements the plan carries the cluster.</param>
public sealed record MatrixRowJson(string Representative, string Text, int PlansCarrying, IReadOnlyList<string> Members,
    IReadOnlyDictionary<string, MatrixCellJson> Cells)
{
    /// <summary>The CSV columns: one per plan, between the counts and the text.</summary>
    public static IReadOnlyList<string> CsvHeader(IEnumerable<string> planIds) => ["representative", "plansCarrying", .. planIds, "text"];

    /// <summary>A plan's column holds the requirements that carry the cluster; a related-only cell or a gap is empty.</summary>
    public IReadOnlyList<string?> CsvRow(IEnumerable<string> planIds) =>
    [
        Representative, Csv.Number(PlansCarrying),
        .. planIds.Select(id => Cells[id] is { State: MatrixCellJson.Carried } cell ? string.Join(Csv.ListSeparator, cell.Requirements) : ""),
        Text,
    ];
}

/// <param name="State">carried, related-only or gap.</param>
public sealed record MatrixCellJson(string State, IReadOnlyList<string> Requirements, double Strength)
{
    public const string Carried = "carried";
}
