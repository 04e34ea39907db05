using System.Globalization;
using SearchPlans.Model;

namespace SearchPlans.Contracts;

/// <summary>
/// A link between requirements, as `searchplans links` writes it; source and target are requirement ids. Confidence
/// is "doubtful" for a related link that may share only wording, and "confident" otherwise.
/// </summary>
public sealed record LinkJson(string Source, string Target, double Score, string Kind, string Relation,
    double SourceInTarget, double TargetInSource, IReadOnlyList<string> Evidence, string Confidence) : ICsvRow<LinkJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["source", "target", "score", "kind", "relation", "sourceInTarget", "targetInSource", "evidence", "confidence"];

    public static LinkJson From(RequirementLink link) => new(link.Source, link.Target, link.Score, ContractNames.Kind(link.Kind),
        ContractNames.Relation(link.Relation), link.SourceInTarget, link.TargetInSource, link.Evidence, ContractNames.Confidence(link.Confidence));

    public IReadOnlyList<string?> CsvRow() =>
        [Source, Target, Fixed(Score), Kind, Relation, Fixed(SourceInTarget), Fixed(TargetInSource), string.Join(" ", Evidence), Confidence];

    internal static string Fixed(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
