using SearchPlans.Align.Scope;
using SearchPlans.Model;

namespace SearchPlans.Align.Batches;

/// <summary>
/// One batch per province and year: the pairs within a province (or between its plans and a plan kin to every
/// province, such as the national plan) whose later plan is of that year, province after province, year after year;
/// then the pairs across provinces (citations, or a scope that links every pair).
/// </summary>
/// <remarks>
/// Under the lineage and family scopes almost every pair lies within one province, and a plan of one year pairs with
/// its own and the neighbouring years: linked in this order, a plan's profile is needed from the batch of its own year
/// to that of the year after, so a run holds about two years of one province (and the plans kin to every province,
/// which are few), however many provinces and years the corpus spans.
/// </remarks>
public sealed class ProvinceYearBatches : IPairBatcher
{
    public IEnumerable<IReadOnlyList<(Plan A, Plan B)>> Batch(IReadOnlyList<(Plan A, Plan B)> pairs)
    {
        // OrderBy is stable: within a batch the pairs keep the order they came in.
        var keyed = pairs.Select(pair => (Key: KeyOf(pair.A, pair.B), Pair: pair)).OrderBy(p => p.Key, KeyOrder.Instance);
        List<(Plan A, Plan B)>? batch = null;
        BatchKey? current = null;
        foreach (var (key, pair) in keyed)
        {
            if (batch is null || !key.Equals(current))
            {
                if (batch is not null)
                    yield return batch;
                (batch, current) = ([], key);
            }
            batch.Add(pair);
        }
        if (batch is not null)
            yield return batch;
    }

    // Which plans of every province a pair joins come first, so they are settled while those plans are needed anyway;
    // pairs across provinces come last.
    private enum Reach { KinToEveryProvince, OneProvince, AcrossProvinces }

    private readonly record struct BatchKey(Reach Reach, string Province, int Year);

    private static BatchKey KeyOf(Plan a, Plan b)
    {
        var (provinceA, provinceB) = (ProvinceOf(a), ProvinceOf(b));
        var reach = provinceA is null && provinceB is null ? Reach.KinToEveryProvince
            : provinceA is null || provinceB is null || provinceA == provinceB ? Reach.OneProvince
            : Reach.AcrossProvinces;
        var province = reach == Reach.OneProvince ? (provinceA ?? provinceB)! : "";
        // A plan whose year is unknown pairs with plans of any year: it is kept until its province's last batch.
        var year = Math.Max(a.Year ?? int.MinValue, b.Year ?? int.MinValue);
        return new BatchKey(reach, province, year);
    }

    private static string? ProvinceOf(Plan plan) => PlanFamily.AnyProvince(plan) ? null : plan.Jurisdiction.Province;

    private sealed class KeyOrder : IComparer<BatchKey>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(BatchKey x, BatchKey y)
        {
            var byReach = x.Reach.CompareTo(y.Reach);
            if (byReach != 0)
                return byReach;
            var byProvince = string.CompareOrdinal(x.Province, y.Province);
            return byProvince != 0 ? byProvince : x.Year.CompareTo(y.Year);
        }
    }
}
