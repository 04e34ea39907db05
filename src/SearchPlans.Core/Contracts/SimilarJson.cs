using System.Globalization;
using SearchPlans.Links;

namespace SearchPlans.Contracts;

/// <summary>
/// One counterpart of a requirement in another plan, as `searchplans similar` and /api/requirements/{id} write it.
/// </summary>
/// <param name="Doc">The counterpart's plan id.</param>
/// <param name="Confidence">confident, or doubtful for a related link that may share only wording (a weaker counterpart).</param>
public sealed record SimilarJson(string Id, string Doc, string Jurisdiction, int? Year, string? Number, double Score,
    string Kind, string Relation, string Text, IReadOnlyList<string> Evidence, string Confidence) : ICsvRow<SimilarJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["id", "doc", "jurisdiction", "year", "number", "score", "kind", "relation", "text", "confidence"];

    public static SimilarJson From(LinkedRequirement counterpart) => new(counterpart.Requirement.Id, counterpart.Plan.Id,
        counterpart.Plan.Jurisdiction.Name, counterpart.Plan.Year, counterpart.Requirement.Number, counterpart.Link.Score,
        ContractNames.Kind(counterpart.Link.Kind), ContractNames.Relation(counterpart.Link.Relation), counterpart.Requirement.Text,
        counterpart.Link.Evidence, ContractNames.Confidence(counterpart.Link.Confidence));

    public IReadOnlyList<string?> CsvRow() =>
        [Id, Doc, Jurisdiction, Year?.ToString(CultureInfo.InvariantCulture), Number, LinkJson.Fixed(Score), Kind, Relation, Text, Confidence];
}
