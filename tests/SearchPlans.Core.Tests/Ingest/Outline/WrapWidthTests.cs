using SearchPlans.Ingest.Outline;

namespace SearchPlans.Tests.Ingest.Outline;

public class WrapWidthTests
{
    [Fact]
    public void LinesCutAtOneWidth_GiveThatWidth()
    {
        var text = new string('公', 28 * 5 + 9);
        var lines = Enumerable.Range(0, 6).Select(i => text.Substring(i * 28, Math.Min(28, text.Length - i * 28))).Prepend("一、财政信息公开");
        Assert.Equal(28, WrapWidth.Of(lines));
    }

    [Fact]
    public void ParagraphsOfManyLengths_AreNotWrapped()
    {
        string[] lines = ["一、推进决策公开", new('公', 40), new('开', 75), new('政', 23), new('务', 120), new('信', 61), new('息', 33)];
        Assert.Null(WrapWidth.Of(lines));
    }

    [Theory]
    [InlineData(27, true)]
    [InlineData(25, true)]
    [InlineData(20, false)]
    public void ALineFillsTheWidth_WhenItRunsWithinAFewCharactersOfIt(int length, bool fills) =>
        Assert.Equal(fills, WrapWidth.Fills(new string('公', length), 28));
}
