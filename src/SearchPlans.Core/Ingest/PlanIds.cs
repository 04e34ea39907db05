using System.Security.Cryptography;
using System.Text;

namespace SearchPlans.Ingest;

/// <summary>
/// Keeps plan ids unique in a corpus: a file whose plan is the same as an earlier file's (the same plan saved twice,
/// say once in GB18030) is refused with a message naming the earlier file, and different plans that share an id
/// get a suffix from their content.
/// </summary>
internal static class PlanIds
{
    public static IReadOnlyList<IngestResult> Disambiguate(IReadOnlyList<IngestResult> results)
    {
        var firstFileOf = new Dictionary<(string Id, string Content), string>();
        var unique = new List<IngestResult>(results.Count);
        foreach (var r in results)
        {
            if (r.Plan is { } plan && !firstFileOf.TryAdd((plan.Id, ContentKey(plan)), r.SourceName))
                unique.Add(IngestResult.Failed(r.SourceName, "the same plan ({0}) as {1}, which is read instead", plan.Id, firstFileOf[(plan.Id, ContentKey(plan))]));
            else
                unique.Add(r);
        }
        return Suffixed(unique);
    }

    private static IReadOnlyList<IngestResult> Suffixed(IReadOnlyList<IngestResult> results)
    {
        var clashing = results.Where(r => r.Plan is not null).GroupBy(r => r.Plan!.Id).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet();
        if (clashing.Count == 0)
            return results;
        return [.. results.Select(r => r.Plan is { } p && clashing.Contains(p.Id) ? Renamed(r, SuffixedId(p)) : r)];
    }

    /// <summary>The id a plan gets when another plan of the corpus has the same one.</summary>
    public static string SuffixedId(Model.Plan plan) => $"{plan.Id}-{ContentKey(plan)}";

    private static IngestResult Renamed(IngestResult result, string id)
    {
        var plan = result.Plan!;
        var requirements = plan.Requirements.Select(r => r with { Id = id + r.Id[plan.Id.Length..] }).ToList();
        return result with { Plan = plan with { Id = id, Requirements = requirements } };
    }

    private static string ContentKey(Model.Plan plan)
    {
        var text = plan.Title + plan.DocNumber + string.Concat(plan.Requirements.Select(r => r.Text));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..6];
    }
}
