using SearchPlans.Ingest.ResponsibleUnits;

namespace SearchPlans.Tests.Ingest.ResponsibleUnits;

public class UnitListParserTests
{
    [Theory]
    [InlineData("各县（区）人民政府（管委会），市卫生健康局、市政务服务数据管理局牵头，市直其他单位按职能分工落实",
        "各县（区）人民政府（管委会）|市卫生健康局*|市政务服务数据管理局*|市直其他单位")]
    [InlineData("各县（市、区）政府（管委会）；市发展改革委、市商务局、市市场监管局牵头，市直各单位按职责分工落实",
        "各县（市、区）政府（管委会）|市发展改革委*|市商务局*|市市场监管局*|市直各单位")]
    [InlineData("办公室牵头, 各科室协办", "办公室*|各科室")]
    [InlineData("区农业农村局牵头会同区科工商信局等相关单位，各镇（街）", "区农业农村局*|区科工商信局|各镇（街）")]
    [InlineData("区审计局牵头，会同各单位", "区审计局*|各单位")]
    [InlineData("区市场监管局牵头，区发改局等单位参与", "区市场监管局*|区发改局")]
    [InlineData("（县教育局、县住建局、市生态环境局庆元分局分别牵头负责）", "县教育局*|县住建局*|市生态环境局庆元分局*")]
    [InlineData("（各有关单位分别负责）", "各有关单位")]
    [InlineData("市教育局、生态环境局按职能分工落实", "市教育局|生态环境局")]
    [InlineData("【牵头单位】县财政局\n【配合单位】：县直各部门", "县财政局*|县直各部门")]
    [InlineData("〔责任单位〕县民政局、各乡（镇）人民政府", "县民政局|各乡（镇）人民政府")]
    [InlineData("", "")]
    public void Cell_IsSplitIntoUnitsWithLeadsMarked(string cell, string expected)
    {
        var units = UnitListParser.Parse(cell).Select(u => u.Name + (u.IsLead ? "*" : ""));
        Assert.Equal(expected, string.Join("|", units));
    }
}
