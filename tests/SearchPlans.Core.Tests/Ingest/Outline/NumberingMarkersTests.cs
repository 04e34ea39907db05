using SearchPlans.Ingest.Outline;

namespace SearchPlans.Tests.Ingest.Outline;

public class NumberingMarkersTests
{
    [Theory]
    [InlineData("第二部分 重点任务", "Part", 2)]
    [InlineData("第三章：保障措施", "Part", 3)]
    [InlineData("一、总体要求", "ChineseComma", 1)]
    [InlineData("（十二）加强政策解读", "ChineseBracket", 12)]
    [InlineData("(三) 做好公开", "ChineseBracket", 3)]
    [InlineData("3.按月公开", "DigitDot", 3)]
    [InlineData("1 .全面公开", "DigitDot", 1)]
    [InlineData("12、做好", "DigitDot", 12)]
    [InlineData("（2）深化政策解读", "DigitBracket", 2)]
    [InlineData("③建立机制", "Circled", 3)]
    [InlineData("二.推进重点领域信息公开", "ChineseComma", 2)]
    [InlineData("2)丰富解读形式", "DigitBracket", 2)]
    [InlineData("第三条　公开城乡规划编制情况", "Article", 3)]
    [InlineData("第十二条 做好政策解读", "Article", 12)]
    public void LabelAtTheStart_IsReadWithItsStyleAndValue(string text, string style, int value)
    {
        var marker = NumberingMarkers.AtStart(text);
        Assert.Equal((style, value), (marker!.Style.ToString(), marker.Value));
    }

    [Theory]
    [InlineData("2022年全面推进")]
    [InlineData("统一、规范的平台")]
    [InlineData("拨打12345热线")]
    [InlineData("版本2.0发布")]
    [InlineData("按照第一部分要求")]
    [InlineData("统一.规范")]
    [InlineData("第（2）项")]
    [InlineData("依照《条例》第十条规定公开")]
    [InlineData("第一条规定的事项")]
    public void DigitsAndListsInsideText_AreNotLabels(string text) => Assert.Empty(NumberingMarkers.In(text));

    [Theory]
    [InlineData("二十三", 23)]
    [InlineData("十四", 14)]
    [InlineData("三十", 30)]
    [InlineData("十", 10)]
    public void ChineseNumerals_AreRead(string numeral, int value) => Assert.Equal(value, NumberingMarkers.ChineseNumber(numeral));
}
