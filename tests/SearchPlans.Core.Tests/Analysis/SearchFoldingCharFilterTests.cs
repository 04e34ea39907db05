using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class SearchFoldingCharFilterTests
{
    [Fact]
    public void Read_TraditionalFullWidthText_YieldsFoldedText()
    {
        using var filter = new SearchFoldingCharFilter(new StringReader("（國務院辦公廳）ＩＰｖ６"));

        Assert.Equal("(国务院办公厅)IPv6", filter.ReadToEnd());
    }

    [Fact]
    public void Read_SmallBuffersAcrossSurrogatePair_KeepsCharactersWhole()
    {
        using var filter = new SearchFoldingCharFilter(new StringReader("資𠀋訊"));
        var buffer = new char[1];
        var text = new System.Text.StringBuilder();
        while (filter.Read(buffer, 0, 1) > 0)
        {
            text.Append(buffer[0]);
        }

        Assert.Equal("资𠀋讯", text.ToString());
    }

    [Fact]
    public void CorrectOffset_AnyOffset_IsUnchanged()
    {
        using var filter = new SearchFoldingCharFilter(new StringReader("政府資訊"));

        Assert.Equal([0, 2, 4], new[] { 0, 2, 4 }.Select(filter.CorrectOffset));
    }
}
