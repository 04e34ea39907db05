using SearchPlans.Ingest.Formats.Csv;

namespace SearchPlans.Tests.Ingest.Formats;

public sealed class CsvSeparatorTests
{
    [Theory]
    [InlineData("某县政务公开工作台账,,,\r\n序号,工作任务,责任单位,完成时限\r\n1,公开预算。,县财政局,2024年6月底前\r\n", ',')]
    [InlineData("某县政务公开工作台账;;;\r\n序号;工作任务;责任单位;完成时限\r\n1;公开预算,细化到项。;县财政局,县直各部门;2024年6月底前\r\n", ';')]
    [InlineData("某市分工方案\n序号\t工作任务\t牵头单位,配合单位\t完成时限\n1\t做好政策解读,同步发布。\t市政府办公室\t长期坚持\n2\t公开债务信息。\t市财政局\t2023年9月底前\n", '\t')]
    [InlineData("序号|工作任务|责任单位\n1|公开预算。|县财政局\n2|公开债务。|县财政局\n", '|')]
    [InlineData("\"标题;含分号\",,\r\n序号,工作任务,责任单位\r\n1,\"公开预算;\r\n细化到项。\",县财政局\r\n", ',')]
    public void TableRecords_GiveTheSeparatorTheyAllHoldAlike(string text, char separator) =>
        Assert.Equal(separator, CsvSeparator.In(text));

    [Fact]
    public void OneColumnOfSentencesWithCommas_GivesASeparatorThatCutsNoSentence()
    {
        const string prose = "某县2022年政务公开工作要点\n一、加强政策解读,做好回应关切。\n二、优化平台,提升服务,方便群众。\n三、强化保障。\n";

        Assert.NotEqual(',', CsvSeparator.In(prose));
    }
}
