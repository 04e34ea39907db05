using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align;

/// <summary>
/// Plans of many provinces and years, as pairing and batching meet them: the seeds, a generated corpus, and plans whose year or
/// province or level is unknown or that cite a plan of another province.
/// </summary>
internal static class ManyProvincesPlans
{
    private static readonly Lazy<IReadOnlyList<Plan>> Generated = new(() =>
    {
        var read = PlanIds.Disambiguate(SeedsAndGenerated.Read(80, seed: 5)).PlansRead();
        var sample = read.Skip(Seeds.Results.Count).ToList();
        return
        [
            .. read,
            // Requirements of a generated plan under other heads: a plan of unknown year, one of unknown province, and
            // one of another province citing a seed plan.
            Odd(sample[0], "no-year", "某市", "广东省", year: null),
            Odd(sample[1], "no-province", "某部门", province: null, year: 2021),
            Odd(sample[2], "cites-qingyuan", "远方县", "甘肃省", year: 2016, new CitedDocument($"关于印发{Seeds.Qingyuan.Title}的通知", null)),
            // A plan whose level was not read, which lineage may pair with any plan of its province.
            Odd(sample[3], "no-level", "某单位工作要点", "广东省", year: 2022) with
            {
                Jurisdiction = new Jurisdiction("某单位工作要点", AdminLevel.Unknown, "广东省"),
            },
        ];
    });

    public static IReadOnlyList<Plan> Plans => Generated.Value;

    private static Plan Odd(Plan like, string id, string name, string? province, int? year, params CitedDocument[] cites) =>
        like with
        {
            Id = id,
            Jurisdiction = new Jurisdiction(name, AdminLevel.County, province),
            Year = year,
            Cites = cites,
            Requirements = [.. like.Requirements.Select((r, i) => r with { Id = $"{id}-{i + 1}" })],
        };
}
