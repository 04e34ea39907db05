using SearchPlans.Align.Scoring;

namespace SearchPlans.Tests.Align.Scoring;

public class LongestCommonSubsequenceTests
{
    [Theory]
    [InlineData("协调工作合力", "协同工作合力", 5)]
    [InlineData("", "政务公开", 0)]
    [InlineData("政务公开", "政务公开", 4)]
    [InlineData("不予以采纳", "不予采纳", 4)]
    public void Length_CountsCharactersInOrder(string a, string b, int expected)
    {
        Assert.Equal(expected, LongestCommonSubsequence.Length(a, b));
        Assert.Equal(expected, LongestCommonSubsequence.Length(b, a));
    }
}
