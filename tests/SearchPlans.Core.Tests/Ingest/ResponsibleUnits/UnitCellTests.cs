using SearchPlans.Ingest.ResponsibleUnits;

namespace SearchPlans.Tests.Ingest.ResponsibleUnits;

public class UnitCellTests
{
    [Theory]
    [InlineData("学生处,各高等学校")]
    [InlineData("厅(委)机关各处室")]
    [InlineData("应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实")]
    [InlineData("市直有关部门;各镇(街)")]
    [InlineData("规划信息处(爱卫办)")]
    public void ListOfBodies_ReadsAsUnits(string cell) => Assert.True(UnitCell.Looks(cell));

    [Theory]
    [InlineData("推进义务教育学校加大适龄儿童入学政策宣传、解读力度。")]
    [InlineData("教育民生")]
    [InlineData("长期推进")]
    [InlineData("做好政府网站")]
    public void TaskOrTitle_DoesNotReadAsUnits(string cell) => Assert.False(UnitCell.Looks(cell));
}
