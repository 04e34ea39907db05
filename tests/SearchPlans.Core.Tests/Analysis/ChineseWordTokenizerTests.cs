using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class ChineseWordTokenizerTests
{
    private const string Ideographic = ChineseWordTokenizer.IdeographicType;
    private const string Number = ChineseWordTokenizer.NumberType;
    private const string Alphanumeric = ChineseWordTokenizer.AlphanumericType;

    private static List<AnalyzedToken> Tokenize(string text, out int finalOffset) =>
        AnalyzedToken.Read(new ChineseWordTokenizer(new StringReader(text)), out finalOffset);

    private static List<AnalyzedToken> Tokenize(string text) => Tokenize(text, out _);

    private static List<string> Terms(string text) => Tokenize(text).Select(t => t.Term).ToList();

    [Fact]
    public void Tokenize_SeedSentence_EmitsDictionaryWordsWithOffsets()
    {
        var tokens = Tokenize("依托政府信息公开平台进一步完善市级行政规章建设", out var finalOffset);

        Assert.Equal(
        [
            new("依托", 0, 2, Ideographic, 1), new("政府", 2, 4, Ideographic, 1), new("信息", 4, 6, Ideographic, 1),
            new("公开", 6, 8, Ideographic, 1), new("平台", 8, 10, Ideographic, 1), new("进一步", 10, 13, Ideographic, 1),
            new("完善", 13, 15, Ideographic, 1), new("市", 15, 16, Ideographic, 1), new("级", 16, 17, Ideographic, 1),
            new("行政", 17, 19, Ideographic, 1), new("规章", 19, 21, Ideographic, 1), new("建设", 21, 23, Ideographic, 1),
        ], tokens);
        Assert.Equal(23, finalOffset);
    }

    [Theory]
    [InlineData("政务公开", new[] { "政务", "公开" })]
    [InlineData("政府信息公开", new[] { "政府", "信息", "公开" })]
    // The dictionary has no 依申请: the domain term comes out as 依|申请|公开.
    [InlineData("依申请公开", new[] { "依", "申请", "公开" })]
    // Nor 三同步: 三|同步, so a search for it relies on phrase positions or on the bigram field.
    [InlineData("三同步", new[] { "三", "同步" })]
    // Surprising: 互联网 falls apart into single characters.
    [InlineData("互联网", new[] { "互", "联", "网" })]
    [InlineData("县发改局", new[] { "县", "发", "改", "局" })]
    public void Tokenize_DomainTerm_SplitsAsIcuDictionaryDoes(string text, string[] expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    [Fact]
    public void Tokenize_QuotedTerm_SkipsQuotesWithoutPositionGap()
    {
        var tokens = Tokenize("落实政策文件解读工作的“三同步”工作机制");

        Assert.Equal(
            [("落实", 0, 2), ("政策", 2, 4), ("文件", 4, 6), ("解读", 6, 8), ("工作", 8, 10), ("的", 10, 11),
             ("三", 12, 13), ("同步", 13, 15), ("工作", 16, 18), ("机制", 18, 20)],
            tokens.Select(t => (t.Term, t.Start, t.End)));
        Assert.All(tokens, t => Assert.Equal(1, t.PositionIncrement));
    }

    [Fact]
    public void Tokenize_DateDeadline_EmitsNumbersApartFromUnits()
    {
        var tokens = Tokenize("于2022年11月底前建成");

        Assert.Equal(
        [
            new("于", 0, 1, Ideographic, 1), new("2022", 1, 5, Number, 1), new("年", 5, 6, Ideographic, 1),
            new("11", 6, 8, Number, 1), new("月底", 8, 10, Ideographic, 1), new("前", 10, 11, Ideographic, 1),
            new("建成", 11, 13, Ideographic, 1),
        ], tokens);
    }

    [Fact]
    public void Tokenize_MixedAscii_KeepsLatinAndDigitRunsWhole()
    {
        var tokens = Tokenize("门户网站IPv6（互联网协议第6版）改造");

        Assert.Equal(
        [
            new("门户", 0, 2, Ideographic, 1), new("网站", 2, 4, Ideographic, 1), new("IPv6", 4, 8, Alphanumeric, 1),
            new("互", 9, 10, Ideographic, 1), new("联", 10, 11, Ideographic, 1), new("网", 11, 12, Ideographic, 1),
            new("协议", 12, 14, Ideographic, 1), new("第", 14, 15, Ideographic, 1), new("6", 15, 16, Number, 1),
            new("版", 16, 17, Ideographic, 1), new("改造", 18, 20, Ideographic, 1),
        ], tokens);
    }

    [Fact]
    public void Tokenize_HotlineNumber_EmitsNumberToken()
    {
        Assert.Equal(
            [("12345", 0, 5, Number), ("政务", 5, 7, Ideographic), ("服务", 7, 9, Ideographic),
             ("便民", 9, 11, Ideographic), ("热线", 11, 13, Ideographic)],
            Tokenize("12345政务服务便民热线").Select(t => (t.Term, t.Start, t.End, t.Type)));
    }

    [Fact]
    public void Tokenize_SupplementaryIdeograph_KeepsSurrogatePairWhole()
    {
        Assert.Equal([("𠀋", 0, 2), ("字", 2, 3)], Tokenize("𠀋字").Select(t => (t.Term, t.Start, t.End)));
    }

    [Fact]
    public void Tokenize_UnfoldedFullWidthDigits_LosesThem()
    {
        // Why the analyzers fold before this tokenizer: ICU rates full-width digits as punctuation.
        Assert.Equal(["Ｉｐｖ"], Terms("Ｉｐｖ６ １２３"));
    }

    [Fact]
    public void Tokenize_OnlyPunctuation_EmitsNothingButFinalOffset()
    {
        Assert.Empty(Tokenize("（），。 ", out var finalOffset));
        Assert.Equal(5, finalOffset);
    }

    [Fact]
    public void Tokenize_ReusedAfterDispose_ReadsTheNewText()
    {
        var tokenizer = new ChineseWordTokenizer(new StringReader("政务公开"));
        AnalyzedToken.Read(tokenizer, out _);

        tokenizer.SetReader(new StringReader("信息"));
        var second = AnalyzedToken.Read(tokenizer, out var finalOffset);

        Assert.Equal([("信息", 0, 2)], second.Select(t => (t.Term, t.Start, t.End)));
        Assert.Equal(2, finalOffset);
    }
}
