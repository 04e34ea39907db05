using SearchPlans.Ingest.Deadlines;

namespace SearchPlans.Tests.Ingest.Deadlines;

public class DeadlineFinderTests
{
    [Theory]
    [InlineData("按照有关文件要求于2020年底前编制完成", "2020年底前")]
    [InlineData("（一）2020年年底前，我市初步建成", "2020年年底前")]
    [InlineData("制定完成公开事项。2022年6月底前完成", "2022年6月底前")]
    [InlineData("开展情况6月底报区政府办公室", "6月底")]
    [InlineData("2021年9月前完成现有规划文件主动公开", "2021年9月前")]
    [InlineData("于2023年第三季度完成专栏改版", "2023年第三季度")]
    [InlineData("第二季度前完成目录编制", "第二季度前")]
    public void DatedLimitInText_IsTheDeadline(string text, string deadline) => Assert.Equal(deadline, DeadlineFinder.InText(text));

    [Theory]
    [InlineData("持续推进反垄断和反不正当竞争执法信息公开")]
    [InlineData("新增非密公文每月25日全量备案一次")]
    [InlineData("在形成之日起20个工作日内公开")]
    public void TextWithoutADatedLimit_HasNoDeadline(string text) => Assert.Null(DeadlineFinder.InText(text));

    [Theory]
    [InlineData("长期推进", true)]
    [InlineData("2021年8月前", true)]
    [InlineData("2021年2月公布预算信息,2021年8月公布上年度决算信息", true)]
    [InlineData("年底前", true)]
    [InlineData("第三季度", true)]
    [InlineData("疾控处", false)]
    [InlineData("加强政务公开工作指导监督，各地各部门主要负责同志每年至少听取1次政务公开工作汇报", false)]
    public void DeadlineCell_IsToldFromOtherCells(string cell, bool isDeadline) => Assert.Equal(isDeadline, DeadlineFinder.IsDeadlineCell(cell));
}
