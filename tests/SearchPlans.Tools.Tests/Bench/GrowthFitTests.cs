using SearchPlans.Tools.Bench;

namespace SearchPlans.Tests.Tools.Bench;

public sealed class GrowthFitTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    public void Exponent_ExactPowerLaw_IsItsExponent(double exponent)
    {
        double[] sizes = [43_988, 87_976, 175_952, 525_546];
        var costs = sizes.Select(n => 3.7 * Math.Pow(n, exponent)).ToArray();

        Assert.Equal(exponent, GrowthFit.Exponent(sizes, costs)!.Value, 1e-12);
    }

    [Fact]
    public void Exponent_NoisyPoints_IsTheLeastSquaresSlopeOfTheLogs()
    {
        // log2 sizes 0, 1, 2 and log2 costs 0, 2, 3: the least-squares slope is 1.5, whatever the base of the logs.
        Assert.Equal(1.5, GrowthFit.Exponent([1, 2, 4], [1, 4, 8])!.Value, 1e-12);
    }

    [Fact]
    public void Exponent_OneSizeOrACostNotPositive_IsNull()
    {
        Assert.Null(GrowthFit.Exponent([100], [5]));
        Assert.Null(GrowthFit.Exponent([100, 200], [5, 0]));
        Assert.Null(GrowthFit.Exponent([100, 100], [5, 6]));
    }
}
