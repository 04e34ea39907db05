using System.Text;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest.Head;

/// <summary>What the lines before a plan's body give, read through the whole ingester.</summary>
public class PlanHeadReaderTests
{
    private const string Body = "\n一、加强重点领域信息公开\n（一）做好财政预决算公开。\n（二）做好政策解读。\n";

    private static IngestResult Read(string head)
    {
        var text = head + Body;
        var result = new PlanIngester().Ingest("plan.txt", Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("", TextAccount.Unaccounted(text, result));
        return result;
    }

    [Fact]
    public void ForwardedPlan_IsTheIssuingGovernments_AndCitesTheForwardingNotice()
    {
        var plan = Read("""
            南昌市人民政府办公室关于转发《江西省人民政府办公厅关于印发2022年江西省政务公开工作要点的通知》的通知
            各县（区）人民政府，市政府各部门：
            经市政府同意，现将《江西省人民政府办公厅关于印发2022年江西省政务公开工作要点的通知》（赣府厅字〔2022〕45号）转发给你们。
            南昌市人民政府办公室
            2022年6月17日
            江西省人民政府办公厅关于印发
            2022年江西省政务公开工作要点的通知
            各设区市人民政府，省政府各部门：
            江西省人民政府办公厅
            2022年5月18日
            2022年江西省政务公开工作要点
            """).Plan!;
        Assert.Equal(("江西省", AdminLevel.Province, 2022), (plan.Jurisdiction.Name, plan.Jurisdiction.Level, plan.Year));
        Assert.Equal("赣府厅字〔2022〕45号", plan.DocNumber);
        Assert.Contains(plan.Cites, c => c.Title is { } t && t.StartsWith("南昌市人民政府办公室关于转发", StringComparison.Ordinal));
    }

    [Fact]
    public void PageFieldsAndBreadcrumb_GiveTheAgencyAndDate_NeverATitle()
    {
        var plan = Read("""
            您当前的位置：首页 > 政府信息公开 > 政策文件
            发布机构: 杭州市财政局 发文日期: 2023-03-16
            文 号: 杭财办〔2023〕3号
            杭州市财政局2023年政务公开工作要点
            """).Plan!;
        Assert.Equal(("杭州市财政局", AdminLevel.Agency, "浙江省"), (plan.Jurisdiction.Name, plan.Jurisdiction.Level, plan.Jurisdiction.Province));
        Assert.Equal(("杭财办〔2023〕3号", new DateOnly(2023, 3, 16)), (plan.DocNumber, plan.Issued));
        Assert.Equal("杭州市财政局2023年政务公开工作要点", plan.Title);
    }

    [Fact]
    public void TitlePrintedOverTwoLines_IsJoined()
    {
        var plan = Read("""
            新乡市人民政府办公室关于印发全面推进新乡市基层政务公开标准化规范化工作实施方案的通知
            新政办〔2020〕23号
            全面推进新乡市基层政务公开标准化规范化
            工作实施方案
            """).Plan!;
        Assert.Equal("全面推进新乡市基层政务公开标准化规范化工作实施方案", plan.Title);
        Assert.Equal(("新乡市", 2020), (plan.Jurisdiction.Name, plan.Year));
    }
}
