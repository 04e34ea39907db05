using SearchPlans.Ingest.Outline;

namespace SearchPlans.Tests.Ingest.Outline;

public class OutlineReaderTests
{
    private static OutlineReader Read(NumberingStyle? opensWith, params string[] paragraphs)
    {
        var reader = new OutlineReader(opensWith);
        reader.Read(paragraphs.Select((p, i) => new Paragraph(p, i + 1, i + 1)));
        return reader;
    }

    [Fact]
    public void LabelsRunInOnOneLine_AreReadAsNestedParts()
    {
        var reader = Read(NumberingStyle.ChineseComma, "制定本要点。 一、总体要求 做好公开。 二、目标任务 （一）强化公开 1、数字经济。 2、优化营商。");
        Assert.Equal("制定本要点。", reader.Before.Single().Text);
        Assert.Equal(2, reader.Roots.Count);
        var section = reader.Roots[1].Children.Single();
        Assert.Equal("（一）", section.Label);
        Assert.Equal(["数字经济。", "优化营商。"], section.Children.Select(c => c.Text.Trim()));
    }

    [Fact]
    public void LabelThatDoesNotContinueTheNumbering_StaysInTheText()
    {
        var reader = Read(NumberingStyle.DigitDot, "1.做好公开。3.这不是第三项", "2.第二项。");
        Assert.Equal(2, reader.Roots.Count);
        Assert.Contains("3.这不是第三项", reader.Roots[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelsBeforeTheBodysFirstTopLabel_NumberNothing()
    {
        var reader = Read(NumberingStyle.ChineseComma, "1、页码 前言。一、第一部分", "（一）小节。");
        Assert.Equal("1、页码 前言。", reader.Before.Single().Text);
        Assert.Equal("（一）", reader.Roots.Single().Children.Single().Label);
    }

    [Fact]
    public void NewLevelUnderAPart_OpensBelowIt_AndTheNextPartClosesIt()
    {
        var reader = Read(NumberingStyle.ChineseComma, "一、甲", "（一）乙", "1.丙", "2.丁", "（二）戊", "二、己");
        Assert.Equal(["（一）", "（二）"], reader.Roots[0].Children.Select(c => c.Label));
        Assert.Equal(2, reader.Roots[0].Children[0].Children.Count);
        Assert.Empty(reader.Roots[0].Children[1].Children);
        Assert.Equal("己", reader.Roots[1].Text);
    }
}
