using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>
/// What a requirement says itself weighs most, then its section heading, then its criteria and units; a part of the
/// query repeated does not outrank the whole query (issue 27).
/// </summary>
public sealed class FieldWeightTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly PlanSearcher searcher;

    public FieldWeightTests()
    {
        string[] heading = ["一、工作任务"];
        Requirement Item(int n, string text, string[]? criteria = null, string[]? section = null, string units = "各单位") =>
            new($"p-2022-{n}", $"{n}", section ?? heading, text, units, [new(units, false)], false, null, criteria ?? [], SourceSpan.Line(n + 1));
        var requirements = new List<Requirement>
        {
            // 政策 seven times, 咨询 once: a tax item.
            Item(1, "加强税费政策信息公开，帮助纳税人了解政策，推动政策宣传执行到位，开展税收优惠政策辅导和政策咨询，完善政策库，落实政策。"),
            Item(2, "建设一站式政策咨询服务平台。"),
            // Only its criterion names 规范性文件, and says it is not one.
            Item(3, "全面公开、精准解读重要政策措施。", criteria: ["不属于行政规范性文件的重要政策措施，由区政府办公室点题解读。"]),
            Item(4, "推进行政规范性文件统一公开。"),
            // Only its heading names 公报.
            Item(5, "推进历史资料入库管理。", section: ["三、办好政府公报"]),
            Item(6, "办好政府公报电子版。"),
            Item(7, "做好数据开放。", units: "市政府公报室"),
        };
        requirements.AddRange(Enumerable.Range(8, 20).Select(n => Item(n, $"做好第{n}项工作的公开。")));
        var plan = new Plan("p-2022", "某市2022年政务公开工作要点", new Jurisdiction("某市", AdminLevel.City, "广东省"), 2022, null, null, null, [],
            [new Section(heading[0], [], SourceSpan.Line(1))], requirements, [], "p.txt");
        IndexBuilder.Build(new Corpus([plan]), folder.Combine("index"));
        searcher = new PlanSearcher(folder.Combine("index"));
    }

    private IReadOnlyList<SearchHit> Hits(string query) => searcher.Search(new SearchRequest(query)).Hits;

    [Fact]
    public void ARepeatedCommonPart_DoesNotOutrankTheWholeQuery()
    {
        Assert.Equal("p-2022-2", Hits("政策咨询")[0].Id);
    }

    [Fact]
    public void TheText_OutranksTheCriteria()
    {
        Assert.Equal(["p-2022-4", "p-2022-3"], Hits("行政规范性文件").Select(h => h.Id));
    }

    [Fact]
    public void ACriteriaOnlyMatch_IsShownAsCriteria_NotAppendedToTheText()
    {
        var hit = Hits("行政规范性文件").Single(h => h.Id == "p-2022-3");

        Assert.Equal(SnippetSource.Criteria, hit.Snippet.Source);
        Assert.StartsWith(Snippet.CriteriaLabel, hit.Snippet.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("【行政规范性文件】", hit.Snippet.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal("全面公开、精准解读重要政策措施。", hit.Text);
    }

    [Fact]
    public void TheText_OutranksTheHeading_WhichOutranksTheUnits()
    {
        Assert.Equal(["p-2022-6", "p-2022-5", "p-2022-7"], Hits("政府公报").Select(h => h.Id));
    }

    [Fact]
    public void AMatchInTheText_IsShownAsText()
    {
        Assert.Equal(SnippetSource.Text, Hits("行政规范性文件")[0].Snippet.Source);
    }

    public void Dispose()
    {
        searcher.Dispose();
        folder.Dispose();
    }
}
