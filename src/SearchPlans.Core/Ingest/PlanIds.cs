using System.Security.Cryptography;
using System.Text;

namespace SearchPlans.Ingest;

/// <summary>Keeps plan ids unique in a corpus: plans that share an id both get a suffix from their content.</summary>
internal static class PlanIds
{
    public static IReadOnlyList<IngestResult> Disambiguate(IReadOnlyList<IngestResult> results)
    {
        var clashing = results.Where(r => r.Plan is not null).GroupBy(r => r.Plan!.Id).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet();
        if (clashing.Count == 0)
            return results;
        return [.. results.Select(r => r.Plan is { } p && clashing.Contains(p.Id) ? Renamed(r, $"{p.Id}-{ContentKey(p)}") : r)];
    }

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
