using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class IcuChineseTokenizerFactoryTests
{
    [Fact]
    public void Create_AnyReader_ReturnsIcuWordTokenizer()
    {
        using var tokenizer = IcuChineseTokenizerFactory.Instance.Create(new StringReader("政务公开"));

        Assert.IsType<ChineseWordTokenizer>(tokenizer);
    }
}
