namespace SearchPlans.Contracts;

/// <summary>A cross-link between plans, as `searchplans refs` writes it.</summary>
/// <param name="Kind">cites, implements or previous-year.</param>
/// <param name="Carried">Share of <paramref name="To"/>'s requirements that <paramref name="From"/> has an equivalent for.</param>
public sealed record PlanReferenceJson(string From, string To, string Kind, string Via, double Carried) : ICsvRow<PlanReferenceJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["from", "to", "kind", "via", "carried"];

    public IReadOnlyList<string?> CsvRow() => [From, To, Kind, Via, Csv.Number(Carried, "0.00")];
}
