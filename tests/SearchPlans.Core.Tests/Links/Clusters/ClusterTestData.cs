using SearchPlans.Model;

namespace SearchPlans.Tests.Links.Clusters;

/// <summary>
/// Plans a, b, c (years 2020, 2021, 2022) of three requirements each. Equivalent: a-1~b-1 (0.9), b-1~c-1 (0.7),
/// a-2~b-2 (0.8). Related: a-3~c-2 (0.4), c-3~a-2 (0.3), c-3~b-2 (0.2).
/// </summary>
internal static class ClusterTestData
{
    public static Corpus Corpus { get; } = new([Plan("a", 2020), Plan("b", 2021), Plan("c", 2022)])
    {
        Links =
        [
            Link("a-1", "b-1", LinkKind.Equivalent, 0.9),
            Link("b-1", "c-1", LinkKind.Equivalent, 0.7),
            Link("a-2", "b-2", LinkKind.Equivalent, 0.8),
            Link("a-3", "c-2", LinkKind.Related, 0.4),
            Link("c-3", "a-2", LinkKind.Related, 0.3),
            Link("c-3", "b-2", LinkKind.Related, 0.2),
        ],
    };

    private static RequirementLink Link(string source, string target, LinkKind kind, double score) =>
        new(source, target, kind, Containment.Related, score, score, score, []);

    private static Plan Plan(string id, int year) =>
        new(id, id, new Jurisdiction(id, AdminLevel.City, null), year, null, null, null, [], [],
            [.. Enumerable.Range(1, 3).Select(n => new Requirement($"{id}-{n}", $"{n}", [], $"{id} requirement {n}", "", [], false, null, [], new SourceSpan(n, n)))],
            [], id + ".txt");
}
