using SearchPlans.Ingest.Rows;

namespace SearchPlans.Tests.Ingest.Rows;

public class ItemSplitterTests
{
    [Fact]
    public void ConsecutiveLabels_SplitTheCell()
    {
        Assert.Equal(["3.主动公开。", "4.及时公开。", "5.强化公开。"], ItemSplitter.Split("3.主动公开。 4.及时公开。 5.强化公开。"));
    }

    [Theory]
    [InlineData("1. 于2022年11月底前建成，2. 后续")]
    [InlineData("12. 优化12366纳税服务平台。3.不连续的号")]
    [InlineData("25. 每年的 1 月 31 日前发布。")]
    [InlineData("7. 围绕省委“1+1+9”工作部署")]
    public void NumbersInsideTheText_DoNotSplit(string cell)
    {
        Assert.Single(ItemSplitter.Split(cell));
    }

    [Fact]
    public void CellWithoutLeadingLabel_IsOneItem()
    {
        Assert.Equal(["公开财政项目文本。 2.不是编号"], ItemSplitter.Split("公开财政项目文本。 2.不是编号"));
    }
}
