using System.Text.Json;
using SearchPlans.Compare;
using SearchPlans.Model;

namespace SearchPlans.Contracts;

/// <summary>
/// A plan comparison, as `searchplans compare --format json` and /api/compare write it; enum values are camelCase
/// (containedBy), as they always were in this shape.
/// </summary>
/// <param name="WithoutEquivalentInB">The same list as <paramref name="OnlyInA"/>, under the name programs read before it.</param>
public sealed record ComparisonJson(PlanNameJson PlanA, PlanNameJson PlanB, IReadOnlyList<ComparisonRowJson> Rows,
    IReadOnlyList<WithoutEquivalentJson> OnlyInA, IReadOnlyList<WithoutEquivalentJson> WithoutEquivalentInB,
    IReadOnlyList<WithoutEquivalentJson> OnlyInB, ComparisonSummaryJson Summary)
{
    public static ComparisonJson From(PlanComparison comparison)
    {
        var onlyInA = comparison.OnlyInA.Select(WithoutEquivalentJson.From).ToList();
        return new ComparisonJson(PlanNameJson.From(comparison.A), PlanNameJson.From(comparison.B),
            [.. comparison.Rows.Select(ComparisonRowJson.From)], onlyInA, onlyInA,
            [.. comparison.OnlyInB.Select(WithoutEquivalentJson.From)], ComparisonSummaryJson.From(comparison.Summary));
    }

    internal static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

public sealed record PlanNameJson(string Id, string Title)
{
    public static PlanNameJson From(Plan plan) => new(plan.Id, plan.Title);
}

public sealed record ComparedRequirementJson(string Id, string? Number, string Text)
{
    public static ComparedRequirementJson From(Requirement requirement) => new(requirement.Id, requirement.Number, requirement.Text);
}

/// <param name="B">Null, as are the kind, relation, score and diff, when B has no counterpart.</param>
/// <param name="Weaker">B requirements linked by doubtful links, which may share only wording.</param>
public sealed record ComparisonRowJson(ComparedRequirementJson A, ComparedRequirementJson? B, string? Kind, string? Relation,
    double? Score, WordDiffJson? Diff, IReadOnlyList<CounterpartJson> AlsoRelated, IReadOnlyList<CounterpartJson> Weaker)
{
    public static ComparisonRowJson From(ComparisonRow row) => new(ComparedRequirementJson.From(row.A),
        row.B is null ? null : ComparedRequirementJson.From(row.B),
        row.Kind is { } kind ? ComparisonJson.Name(kind) : null, row.Relation is { } relation ? ComparisonJson.Name(relation) : null,
        row.Score, row.Diff is null ? null : WordDiffJson.From(row.Diff), [.. row.AlsoRelated.Select(CounterpartJson.From)],
        [.. row.Weaker.Select(CounterpartJson.From)]);
}

public sealed record CounterpartJson(string Id, string? Number, string Text, string Kind, string Relation, double Score)
{
    public static CounterpartJson From(Counterpart counterpart) => new(counterpart.Requirement.Id, counterpart.Requirement.Number,
        counterpart.Requirement.Text, ComparisonJson.Name(counterpart.Kind), ComparisonJson.Name(counterpart.Relation), counterpart.Score);
}

public sealed record WordDiffJson(double Similarity, IReadOnlyList<DiffPieceJson> Left, IReadOnlyList<DiffPieceJson> Right)
{
    public static WordDiffJson From(WordDiff diff) =>
        new(diff.Similarity, [.. diff.Left.Select(DiffPieceJson.From)], [.. diff.Right.Select(DiffPieceJson.From)]);
}

public sealed record DiffPieceJson(string Kind, string Text)
{
    public static DiffPieceJson From(DiffPiece piece) => new(ComparisonJson.Name(piece.Kind), piece.Text);
}

/// <param name="Weaker">The other plan's requirements linked by doubtful links: never a partial match.</param>
public sealed record WithoutEquivalentJson(string Id, string? Number, string Text, IReadOnlyList<CounterpartJson> PartialMatches,
    IReadOnlyList<CounterpartJson> Weaker)
{
    public static WithoutEquivalentJson From(WithoutEquivalent item) => new(item.Requirement.Id, item.Requirement.Number,
        item.Requirement.Text, [.. item.PartialMatches.Select(CounterpartJson.From)], [.. item.Weaker.Select(CounterpartJson.From)]);
}

public sealed record ComparisonSummaryJson(int ACount, int BCount, int Equivalent, int Related, int OnlyInA, int OnlyInB,
    double ShareOfACoveredByB, double ShareOfBCoveredByA)
{
    public static ComparisonSummaryJson From(ComparisonSummary s) =>
        new(s.ACount, s.BCount, s.Equivalent, s.Related, s.OnlyInA, s.OnlyInB, s.ShareOfACoveredByB, s.ShareOfBCoveredByA);
}
