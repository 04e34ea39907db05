using SearchPlans.Align.Features;
using SearchPlans.Analysis;

namespace SearchPlans.Tests.Align.Features;

public class TopicLexiconTests
{
    private static readonly TopicLexicon Topics = TopicLexicon.Default;

    // As ProfileBuilder gives it: folded, without punctuation.
    private static string[] Of(string text) => Topics.TopicsOf(LettersOnly.Of(TextFolding.Fold(text)));

    [Fact]
    public void DifferentWordings_NameOneTopic()
    {
        Assert.Equal(["信息公开年报"], Of("进一步提升政府信息公开年度报告质量。"));
        Assert.Equal(["信息公开年报"], Of("加强本地区年报编制发布工作的日常监督指导"));
        Assert.Contains("解读同步", Of("落实“三同步”工作机制"));
        Assert.Contains("解读同步", Of("对相关信息发布和政策解读工作同步研究、部署、推进"));
    }

    [Fact]
    public void AnotherKindOfAnnualReport_IsNotTheDisclosureReport()
    {
        Assert.DoesNotContain("信息公开年报", Of("于每年3月1日前发布《法治政府建设情况年度报告》。"));
    }

    [Fact]
    public void TermsMatchAcrossPunctuationAndTraditionalScript()
    {
        Assert.Contains("基层政务公开", Of("推进村（居）务公开"));
        Assert.Contains("舆情回应", Of("加強政務輿情回應"));
    }

    [Fact]
    public void WordedIn_CountsTheTopicsNameAsOneOfItsWordings()
    {
        // 解读同步 is the topic's name and not one of its listed terms.
        Assert.DoesNotContain("解读同步", Of("落实解读同步要求。"));
        Assert.Contains("解读同步", Topics.WordedIn("落实解读同步要求。"));
        Assert.Contains("政策解读", Topics.WordedIn("做好多元化解读。"));
        Assert.Empty(Topics.WordedIn("各单位要高度重视，加强组织实施。"));
    }

    [Fact]
    public void TextWithoutATopicTerm_NamesNone()
    {
        Assert.Empty(Of("各单位要高度重视，加强组织实施。"));
    }

    [Fact]
    public void BundledList_HasEveryTopicOnce()
    {
        Assert.True(Topics.Topics.Count >= 40);
        Assert.Equal(Topics.Topics.Count, Topics.Topics.Distinct().Count());
    }

    [Theory]
    [InlineData("舆情回应")]
    [InlineData("舆情回应\t")]
    [InlineData("\t舆情")]
    public void MalformedLine_IsRefusedNamingTheSourceAndLine(string line)
    {
        var error = Assert.Throws<FormatException>(() => TopicLexicon.Parse($"# comment\n{line}\n", "my-topics.tsv"));
        Assert.StartsWith("my-topics.tsv, line 2:", error.Message);
    }

    [Fact]
    public void TopicListedTwice_IsRefused()
    {
        var error = Assert.Throws<FormatException>(() => TopicLexicon.Parse("年报\t年报\n年报\t年度报告\n", "t.tsv"));
        Assert.Contains("listed twice", error.Message);
    }
}
