using System.Text.Json;

namespace SearchPlans.Tools.Load;

/// <summary>One address the load asks for, with the kind of page it is, so latencies are reported per kind.</summary>
internal sealed record LoadRequest(string Kind, string Path);

/// <summary>
/// The mix of requests a load run sends, drawn from the plans the server holds (read from its /api/plans): 45%
/// searches (plain, phrase, boolean, filtered), the rest plan pages, requirement pages, variants, the pages that
/// list the whole index (plans, units, matrix, review) and plan comparisons.
/// </summary>
internal static class LoadMix
{
    // The pages that read the whole index, each its own kind: they are the first to slow down as the index grows.
    private static readonly LoadRequest[] ListPages = [new("plans", "/plans"), new("units", "/units"), new("matrix", "/matrix"), new("review", "/review")];

    private static readonly string[] Queries =
    [
        "政务公开", "\"政府信息公开\"", "年报 AND 公开", "政策解读 OR 回应关切", "三同步", "信息 -疫情", "公开*", "依申请公开",
    ];

    public static async Task<IReadOnlyList<LoadRequest>> Read(HttpClient client, int seed, CancellationToken cancellation)
    {
        using var plans = JsonDocument.Parse(await client.GetStringAsync("/api/plans", cancellation));
        var ids = plans.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
        if (ids.Count == 0)
            throw new InvalidOperationException("the server's index holds no plans to ask for");
        var random = new Random(seed);
        var requirementIds = new List<string>();
        foreach (var id in ids.OrderBy(_ => random.Next()).Take(10))
        {
            using var plan = JsonDocument.Parse(await client.GetStringAsync("/api/plans/" + Uri.EscapeDataString(id), cancellation));
            requirementIds.AddRange(plan.RootElement.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
        }
        var jurisdiction = plans.RootElement[0].GetProperty("jurisdiction").GetString() ?? "";

        var mix = new List<LoadRequest>();
        for (var i = 0; i < 400; i++)
        {
            var roll = random.Next(100);
            mix.Add(roll switch
            {
                < 35 => new LoadRequest("search", "/?q=" + Uri.EscapeDataString(Queries[random.Next(Queries.Length)])),
                < 45 => new LoadRequest("search", "/?q=" + Uri.EscapeDataString(Queries[random.Next(Queries.Length)])
                    + "&jurisdiction=" + Uri.EscapeDataString(jurisdiction)),
                < 60 => new LoadRequest("plan", "/plans/" + Uri.EscapeDataString(ids[random.Next(ids.Count)])),
                < 72 when requirementIds.Count > 0 => new LoadRequest("requirement", "/requirements/" + Uri.EscapeDataString(requirementIds[random.Next(requirementIds.Count)])),
                < 80 when requirementIds.Count > 0 => new LoadRequest("variants", "/variants/" + Uri.EscapeDataString(requirementIds[random.Next(requirementIds.Count)])),
                < 88 => ListPages[random.Next(ListPages.Length)],
                _ when ids.Count > 1 => Compare(ids, random),
                _ => new LoadRequest("plan", "/plans/" + Uri.EscapeDataString(ids[0])),
            });
        }
        return mix;
    }

    private static LoadRequest Compare(List<string> ids, Random random)
    {
        var a = random.Next(ids.Count);
        var b = (a + 1 + random.Next(ids.Count - 1)) % ids.Count;
        return new LoadRequest("compare", $"/compare?a={Uri.EscapeDataString(ids[a])}&b={Uri.EscapeDataString(ids[b])}");
    }
}
