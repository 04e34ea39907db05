using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class DomainTermsTests
{
    [Theory]
    [InlineData("三同步")]
    [InlineData("反垄断")]
    [InlineData("依申请公开")]
    [InlineData("政务新媒体")]
    // From topics.tsv.
    [InlineData("同步审签")]
    [InlineData("一图读懂")]
    public void Default_NamedAndTopicTerms_AreHeld(string term)
    {
        Assert.True(DomainTerms.Default.Contains(term));
    }

    [Fact]
    public void Contains_TraditionalFullWidthTerm_IsHeldFolded()
    {
        var terms = new DomainTerms(["政務新媒體", "ＡＢ公开"]);

        Assert.True(terms.Contains("政务新媒体"));
        Assert.True(terms.Contains("ab公开"));
    }

    [Fact]
    public void Starts_ProperPrefix_IsTrueAndTheWholeTermIsNot()
    {
        var terms = new DomainTerms(["三同步"]);

        Assert.True(terms.Starts("三"));
        Assert.True(terms.Starts("三同"));
        Assert.False(terms.Starts("三同步"));
    }
}
