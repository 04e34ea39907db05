using System.Text;
using SearchPlans.Ingest;
using SearchPlans.Ingest.Formats.Csv;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>
/// A 台账 saved as CSV, as Excel and WPS write it: title rows above the header, a category column first, quoted cells
/// holding commas, quotes and line breaks, UTF-8 with or without a byte-order mark or GB18030; read as the same sheet
/// would be. A file that is no CSV a plan is kept in is refused naming the reason, never read as paragraphs.
/// </summary>
public sealed class CsvTableTests
{
    private const string Ledger =
        "2024年某县政务公开工作任务分工台账,,,,\r\n" +
        "（县政府办公室2024年3月制）,,,,\r\n" +
        "类别,序号,工作任务,责任单位,完成时限\r\n" +
        "重点领域,1,\"公开县级预算、决算，细化到功能分类\"\"项\"\"级科目。\",县财政局,2024/6/30\r\n" +
        ",2,\"公开重大建设项目批准和实施信息，\n接受社会监督。\",\"县发改局,县住建局\",持续推进\r\n" +
        "平台建设,3,加强政府网站内容保障，每季度开展自查。,县政府办公室,每季度\r\n";

    private static IngestResult Read(byte[] bytes, string name = "台账.csv") => new PlanIngester().IngestDocument(name, bytes);

    public static TheoryData<string> Encodings => ["utf-8-bom", "utf-8", "gb18030"];

    private static byte[] Encoded(string text, string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-8" => Encoding.UTF8.GetBytes(text),
            _ => Encoding.GetEncoding("GB18030").GetBytes(text),
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void LedgerWithTitleRowsAndQuotedCells_InAnyEncoding_GivesItsTasksUnitsDeadlinesAndCategories(string encoding)
    {
        var result = Read(Encoded(Ledger, encoding));

        Assert.True(result.Succeeded, result.Error);
        var plan = result.Plan!;
        Assert.Equal(["1", "2", "3"], plan.Requirements.Select(r => r.Number));
        Assert.Equal("公开县级预算、决算，细化到功能分类\"项\"级科目。", plan.Requirements[0].Text);
        Assert.Equal("公开重大建设项目批准和实施信息，接受社会监督。", plan.Requirements[1].Text);
        Assert.Equal(["县发改局", "县住建局"], plan.Requirements[1].Units.Select(u => u.Name));
        Assert.Equal(["2024年6月30日", "持续推进", "每季度"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal(["重点领域", "重点领域", "平台建设"], plan.Requirements.Select(r => r.SectionPath.Single()));
        Assert.Equal(2024, plan.Year);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not accounted", StringComparison.Ordinal));
    }

    // The same ledger as Excel saves it where the list separator is the semicolon: the comma inside a cell needs no quotes.
    private const string SemicolonLedger =
        "2024年某县政务公开工作任务分工台账;;;;\r\n" +
        "（县政府办公室2024年3月制）;;;;\r\n" +
        "类别;序号;工作任务;责任单位;完成时限\r\n" +
        "重点领域;1;\"公开县级预算、决算，细化到功能分类\"\"项\"\"级科目。\";县财政局;2024/6/30\r\n" +
        ";2;\"公开重大建设项目批准和实施信息，\n接受社会监督。\";县发改局,县住建局;持续推进\r\n" +
        "平台建设;3;加强政府网站内容保障，每季度开展自查。;县政府办公室;每季度\r\n";

    [Fact]
    public void SemicolonSeparatedLedger_GivesTheRequirementsOfTheCommaSeparatedOne()
    {
        var comma = Read(Encoding.UTF8.GetBytes(Ledger)).Plan!;
        var semicolon = Read(Encoding.UTF8.GetBytes(SemicolonLedger)).Plan!;

        Assert.Equal(3, semicolon.Requirements.Count);
        Assert.Equal(comma.Requirements.Select(Summary), semicolon.Requirements.Select(Summary));
        Assert.Equal(["县发改局", "县住建局"], semicolon.Requirements[1].Units.Select(u => u.Name));
    }

    private static string Summary(SearchPlans.Model.Requirement r) =>
        $"{r.Number} {string.Join("/", r.SectionPath)} {r.Text} {string.Join("、", r.Units.Select(u => u.Name))} {r.Deadline}";

    [Fact]
    public void TabSeparatedSheetNamedCsv_IsReadByItsTabs()
    {
        var text = "某市2023年政务公开重点工作分工方案\n序号\t工作任务\t牵头单位\t完成时限\n1\t做好政策解读，确保解读材料与文件同步发布。\t市政府办公室\t长期坚持\n2\t公开政府债务限额、余额信息。\t市财政局\t2023年9月底前\n";

        var plan = Read(Encoding.UTF8.GetBytes(text)).Plan!;

        Assert.Equal(["市政府办公室", "市财政局"], plan.Requirements.Select(r => r.Units.Single().Name));
        Assert.Equal(["长期坚持", "2023年9月底前"], plan.Requirements.Select(r => r.Deadline));
    }

    [Fact]
    public void QuoteLeftOpen_IsRefusedNamingTheRecord()
    {
        var result = Read(Encoding.UTF8.GetBytes("序号,工作任务,责任单位\r\n1,\"公开预算信息,市财政局\r\n2,公开债务信息,市财政局\r\n"));

        Assert.False(result.Succeeded);
        Assert.Equal("台账.csv", result.SourceName);
        Assert.Contains("CSV file is malformed at record 2, cell 2: a quoted cell is never closed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordPastTheLimit_IsRefusedWithoutReadingOn()
    {
        var bytes = Encoding.UTF8.GetBytes("序号,工作任务\r\n1,\"" + new string('政', CsvReader.MaxRecordCharacters + 10) + "\"\r\n");

        var result = Read(bytes);

        Assert.False(result.Succeeded);
        Assert.Contains("record 2 of the CSV file is over", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryBytesNamedCsv_AreRefusedAsBinary()
    {
        var result = Read([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);

        Assert.False(result.Succeeded);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvOfEmptyCellsOnly_SaysItHoldsNoText()
    {
        var result = Read(Encoding.UTF8.GetBytes(",,,\r\n,,,\r\n"));

        Assert.False(result.Succeeded);
        Assert.Contains("CSV table (.csv) holds no text", result.Error, StringComparison.Ordinal);
    }
}
