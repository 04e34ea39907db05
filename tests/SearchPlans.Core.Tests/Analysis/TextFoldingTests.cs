using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class TextFoldingTests
{
    [Theory]
    [InlineData("資訊公開", "资讯公开")]
    [InlineData("國務院辦公廳", "国务院办公厅")]
    [InlineData("政府資訊公開平臺", "政府资讯公开平台")]
    [InlineData("（县发改局）", "(县发改局)")]
    [InlineData("一、依托平台，按时完成；要求：", "一、依托平台,按时完成;要求:")]
    [InlineData("〔2022〕3号【重点】", "[2022]3号[重点]")]
    [InlineData("“三同步”‘一号答’", "\"三同步\"'一号答'")]
    [InlineData("Ｉｐｖ６\u3000１２３４５", "Ipv6 12345")]
    [InlineData("⼯作", "工作")] // Kangxi radical ⼯ (U+2F2F), as PDF extraction leaves it
    [InlineData("显著", "显着")] // ICU treats 著 as Traditional; harmless, as both sides of a match fold alike
    public void Fold_VariantText_GivesSearchForm(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Theory]
    [InlineData("IPv6")]
    [InlineData("《条例》、。")]
    [InlineData("𠀋\uD800")]
    public void Fold_TextWithNothingToFold_ReturnsItUnchanged(string text)
    {
        Assert.Equal(text, TextFolding.Fold(text));
    }

    [Fact]
    public void Fold_EveryCodeUnit_IsIdempotentAndLeavesSurrogatesAlone()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var folded = TextFolding.Fold(c);
            Assert.Equal(folded, TextFolding.Fold(folded));
            if (char.IsSurrogate(c))
            {
                Assert.Equal(c, folded);
            }
        }
    }

    [Fact]
    public void Fold_SimplifiedSeedText_KeepsLengthAndEveryIdeograph()
    {
        foreach (var line in SeedLines.All)
        {
            var folded = TextFolding.Fold(line);

            Assert.Equal(line.Length, folded.Length);
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] is >= '\u4E00' and <= '\u9FFF')
                {
                    Assert.Equal(line[i], folded[i]);
                }
            }
        }
    }
}
