using SearchPlans.Model;
using SearchPlans.Review;

namespace SearchPlans.Tests.Review;

/// <summary>Two hand-made plans of three requirements each, with three links: a-1~b-1 and a-3~b-3 equivalent, a-2~b-2 related.</summary>
internal static class ReviewTestData
{
    public static Corpus Corpus { get; } = new([Plan("a"), Plan("b")])
    {
        Links =
        [
            Link("a-1", "b-1", LinkKind.Equivalent, 0.9),
            Link("a-2", "b-2", LinkKind.Related, 0.5),
            Link("a-3", "b-3", LinkKind.Equivalent, 0.8),
        ],
    };

    public static JudgementDraft Draft(string verdict, string source, string target, string? kind = null, string note = "") =>
        JudgementValidator.Check(Corpus, new JudgementRequest(source, target, verdict, kind, note, "reviewer")).Draft
            ?? throw new InvalidOperationException($"{verdict} {source} {target} was refused");

    public static RequirementLink Link(string source, string target, LinkKind kind, double score) =>
        new(source, target, kind, Containment.Related, score, score, score, []);

    private static Plan Plan(string id) =>
        new(id, id, new Jurisdiction(id, AdminLevel.City, null), 2022, null, null, null, [], [],
            [.. Enumerable.Range(1, 3).Select(n => new Requirement($"{id}-{n}", $"{n}", [], $"requirement {n} of {id}", "", [], false, null, [], new SourceSpan(n, n)))],
            [], id + ".txt");
}
