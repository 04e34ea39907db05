using SearchPlans.Align.Batches;
using SearchPlans.Align.Scope;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Batches;

public sealed class ProvinceYearBatchesTests
{
    private static IReadOnlyList<(Plan A, Plan B)> Pairs(LinkScope scope) => PlanPairs.Of(ManyProvincesPlans.Plans, scope, touching: null);

    private static string? ProvinceOf(Plan plan) => PlanFamily.AnyProvince(plan) ? null : plan.Jurisdiction.Province;

    [Theory]
    [InlineData(LinkScope.Lineage)]
    [InlineData(LinkScope.Family)]
    [InlineData(LinkScope.All)]
    public void Batch_AnyScope_EveryPairExactlyOnce(LinkScope scope)
    {
        var pairs = Pairs(scope);

        var batched = new ProvinceYearBatches().Batch(pairs).SelectMany(b => b).ToList();

        Assert.Equal(pairs.Count, batched.Count);
        Assert.Equal(pairs.ToHashSet(), batched.ToHashSet());
    }

    [Fact]
    public void Batch_LineagePairs_EachBatchOneProvinceAndOneYear()
    {
        var batches = new ProvinceYearBatches().Batch(Pairs(LinkScope.Lineage)).ToList();

        foreach (var batch in batches)
        {
            var provinces = batch.SelectMany(p => new[] { ProvinceOf(p.A), ProvinceOf(p.B) }).OfType<string>().Distinct().ToList();
            var laterYears = batch.Select(p => Math.Max(p.A.Year ?? int.MinValue, p.B.Year ?? int.MinValue)).Distinct().ToList();
            // Only a citation joins two provinces; such pairs come last, in batches of their own.
            Assert.True(provinces.Count <= 1 || batch.All(p => ProvinceOf(p.A) != ProvinceOf(p.B)), string.Join(",", provinces));
            Assert.Single(laterYears);
        }
        Assert.True(batches.Count > 5, $"{batches.Count} batches");
    }

    [Fact]
    public void Batch_LineagePairs_ProvinceAfterProvinceYearAfterYear()
    {
        var batches = new ProvinceYearBatches().Batch(Pairs(LinkScope.Lineage)).ToList();
        var oneProvince = batches
            .Where(b => b.All(p => ProvinceOf(p.A) is null || ProvinceOf(p.B) is null || ProvinceOf(p.A) == ProvinceOf(p.B)))
            .Where(b => b.Any(p => (ProvinceOf(p.A) ?? ProvinceOf(p.B)) is not null))
            .Select(b => (Province: b.Select(p => ProvinceOf(p.A) ?? ProvinceOf(p.B)).First(p => p is not null)!,
                Year: Math.Max(b[0].A.Year ?? int.MinValue, b[0].B.Year ?? int.MinValue)))
            .ToList();

        Assert.Equal(oneProvince.OrderBy(k => k.Province, StringComparer.Ordinal).ThenBy(k => k.Year).ToList(), oneProvince);
        Assert.Equal(oneProvince.Count, oneProvince.Distinct().Count());
    }

    [Fact]
    public void Batch_NoPairs_NoBatch() => Assert.Empty(new ProvinceYearBatches().Batch([]));
}
