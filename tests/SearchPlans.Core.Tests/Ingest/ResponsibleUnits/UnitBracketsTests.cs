using SearchPlans.Ingest.ResponsibleUnits;

namespace SearchPlans.Tests.Ingest.ResponsibleUnits;

public class UnitBracketsTests
{
    [Theory]
    [InlineData("做好公开。（责任单位：市财政局、市人社局）", "（责任单位：市财政局、市人社局）")]
    [InlineData("制定规划信息。(市规划国土委负责落实)推进", "(市规划国土委负责落实)")]
    [InlineData("公开进展情况.(责任单位: 各省辖市政府、省直管县〔", "(责任单位: 各省辖市政府、省直管县〔")]
    [InlineData("做好公开。（責任單位：市財政局）", "（責任單位：市財政局）")]
    [InlineData("做好公开（市政府办公室牵头，各县（市、区）政府配合）。", "（市政府办公室牵头，各县（市、区）政府配合）")]
    public void BracketAssigningUnits_IsFound(string text, string bracket)
    {
        var found = UnitBrackets.In(text).Single();
        Assert.Equal(bracket, text.Substring(found.Index, found.Length));
    }

    [Theory]
    [InlineData("依托政府网站（以下简称“网站”）做好公开。")]
    [InlineData("按照《条例》（国办发〔2019〕14号）要求。")]
    [InlineData("由各部门（单位负责）统筹推进相关工作")]
    public void BracketThatNamesNoUnitsOrSitsMidSentence_IsNotUnits(string text) => Assert.Empty(UnitBrackets.In(text));

    [Theory]
    [InlineData("（责任单位：市财政局、市人社局）", new[] { "市财政局", "市人社局" })]
    [InlineData("(责任单位: 各省辖市政府、济源示范区管委会〔", new[] { "各省辖市政府", "济源示范区管委会〔" })]
    [InlineData("市政府办公室、市发展和改革局牵头,市直有关部门配合;各镇(街)参照落实", new[] { "市政府办公室", "市发展和改革局", "市直有关部门", "各镇(街)" })]
    public void UnitNames_AreReadWithoutLabelOrRoleWords(string cell, string[] names) =>
        Assert.Equal(names, UnitListParser.Parse(cell).Select(u => u.Name));
}

public class LabelledFieldsTests
{
    [Fact]
    public void FieldsAfterATask_AreTakenOutOfItsText()
    {
        var fields = LabelledFields.Split("做好财政预决算公开。\n牵头单位：市财政局 配合单位：各区政府\n完成时限：2022年底前");
        Assert.Equal("做好财政预决算公开。", fields.Body);
        Assert.Equal(["市财政局", "各区政府"], UnitListParser.Parse(fields.Units).Select(u => u.Name));
        Assert.Equal(("完成时限：", "2022年底前"), (fields.DeadlineRemoved, fields.Deadline));
    }

    [Fact]
    public void FieldsRunInAfterTheTaskSentence_EndAtTheirStop()
    {
        var fields = LabelledFields.Split("做好应诉工作。责任单位：区司法局。完成时限：2024年6月30日前。");
        Assert.Equal(("做好应诉工作。", "2024年6月30日前", "完成时限：。"), (fields.Body, fields.Deadline, fields.DeadlineRemoved));
        Assert.Equal(["区司法局"], UnitListParser.Parse(fields.Units).Select(u => u.Name));
    }

    [Theory]
    [InlineData("（责任单位：市司法局，各县（市、区）政府，完成时限：2022年12月底前）", "2022年12月底前")]
    [InlineData("（责任单位：市政府督查室，完成时限：每季度）", "每季度")]
    [InlineData("（责任单位：区政府办公室；完成时限：长期坚持）", "长期坚持")]
    public void DeadlineFieldAfterACommaInTheUnitsBracket_IsTheDeadline_AndNoUnit(string bracket, string deadline)
    {
        var (units, found, _) = LabelledFields.TakeDeadline(bracket)!.Value;
        Assert.Equal(deadline, found);
        Assert.DoesNotContain(UnitListParser.Parse(units), u => u.Name.Contains("时限", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("（责任单位：县政务服务数据管理局，2024年9月底前完成）", "2024年9月底前完成", "县政务服务数据管理局")]
    [InlineData("（牵头单位：县政府办；配合单位：各乡镇人民政府；长期坚持）", "长期坚持", "县政府办")]
    public void UnlabelledDeadlineClosingAUnitsField_IsTheDeadline_AndNoUnit(string bracket, string deadline, string firstUnit)
    {
        var (units, found, _) = LabelledFields.TakeDeadline(bracket)!.Value;
        Assert.Equal(deadline, found);
        var names = UnitListParser.Parse(units).Select(u => u.Name).ToList();
        Assert.Equal(firstUnit, names[0]);
        Assert.DoesNotContain(names, n => n.Contains(deadline, StringComparison.Ordinal));
    }

    [Fact]
    public void AUnitClosingAUnitsField_StaysAUnit() =>
        Assert.Null(LabelledFields.TakeDeadline("（责任单位：县财政局，各乡镇人民政府）"));

    [Fact]
    public void LabelInsideABracketOrMidSentence_IsNotAField()
    {
        Assert.Equal("", LabelledFields.Split("明确各责任单位：并做好公开。").Units);
        Assert.Equal("", LabelledFields.Split("做好公开（责任单位：市财政局）").Units);
    }
}
