using SearchPlans.Model;

namespace SearchPlans.Contracts;

/// <summary>How enum values are spelled in JSON and CSV: lower case, words joined by hyphens.</summary>
public static class ContractNames
{
    public static string Kind(LinkKind kind) => kind.ToString().ToLowerInvariant();

    public static string Confidence(LinkConfidence confidence) => confidence.ToString().ToLowerInvariant();

    public static string Relation(Containment relation) => relation switch
    {
        Containment.ContainedBy => "contained-by",
        var r => r.ToString().ToLowerInvariant(),
    };
}
