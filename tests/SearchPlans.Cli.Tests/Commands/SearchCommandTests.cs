using System.Text.Json;

namespace SearchPlans.Tests.Cli.Commands;

public sealed class SearchCommandTests(SampleIndexFolder index) : IClassFixture<SampleIndexFolder>
{
    private CliRun Search(params string[] args) => CliHarness.Run(["search", .. args, "--index", index.Path]);

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Search_Json_KeepsTheContractFieldNames()
    {
        var run = Search("三同步", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["total", "hits", "facets", "notes", "alsoSearched", "didYouMean", "jurisdictionHints"], Names(root));
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal(["id", "doc", "jurisdiction", "year", "number", "score", "text", "snippet", "snippetFrom"], Names(hit));
        Assert.Contains("同步审签", root.GetProperty("alsoSearched").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["jurisdiction", "year", "level", "unit"], Names(root.GetProperty("facets")));
        Assert.Equal(1, root.GetProperty("facets").GetProperty("jurisdiction").GetProperty("河源市").GetInt32());
        Assert.Equal(1, root.GetProperty("facets").GetProperty("year").GetProperty("2019").GetInt32());
    }

    [Fact]
    public void Search_Json_KeepsChineseReadableAndMarksTheSnippet()
    {
        var run = Search("三同步", "--format", "json");

        Assert.DoesNotContain("\\u", run.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Out);
        var snippets = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("snippet").GetString()!);
        // 三同步 itself, or its topic's wordings where the text says those (同步审签).
        Assert.All(snippets, s => Assert.Matches("【三同步】|【同步审签】", s));
    }

    [Fact]
    public void Search_Text_ShowsAlignedColumnsAndCounts()
    {
        var run = Search("三同步");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Equal("2 matching requirements (showing 1–2)", lines[0]);
        Assert.StartsWith("Also searched (ranked below what you typed): ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("ID", lines[3], StringComparison.Ordinal);
        Assert.Contains("【三同步】", run.Out, StringComparison.Ordinal);
        Assert.Contains("By jurisdiction: 从化区 1, 河源市 1", run.Out, StringComparison.Ordinal);
        Assert.Contains("By year: 2019 1, 2022 1", run.Out, StringComparison.Ordinal);
        Assert.Contains("By level: city 1, district 1", run.Out, StringComparison.Ordinal);
        Assert.Contains("By unit: 各单位 1, 各县（区）人民政府（管委会） 1, 市直各单位 1", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TextToATerminal_ColoursTheMatches()
    {
        var run = CliHarness.Run(["search", "三同步", "--index", index.Path], colour: true);

        Assert.Contains("\u001b[1;31m三同步\u001b[0m", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Csv_WritesTheHeaderAndOneRowPerHit()
    {
        var run = Search("三同步", "--format", "csv");

        var rows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,doc,jurisdiction,year,number,score,text,snippet", rows[0]);
        Assert.Equal(3, rows.Length);
    }

    [Fact]
    public void Search_Filters_AllApply()
    {
        var run = Search("公开", "--jurisdiction", "湛江", "--year", "2021", "--level", "city", "--unit", "市直各单位", "--limit", "1", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("hits").GetArrayLength());
    }

    [Theory]
    [InlineData("newest", new[] { 2022, 2022, 2022, 2022, 2021, 2021, 2019, 2019, 2019 })]
    [InlineData("oldest", new[] { 2019, 2019, 2019, 2021, 2021, 2022, 2022, 2022, 2022 })]
    public void Search_Sort_OrdersHitsByPlanYear(string sort, int[] years)
    {
        var run = Search("", "--sort", sort, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(years, json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("year").GetInt32()));
    }

    [Fact]
    public void Search_InvalidSyntax_ExitsWithUsageErrorOnStandardError()
    {
        var run = Search("/[/");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("/[/", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WhatPeoplePaste_IsReadAndTheChangeSaid()
    {
        var run = Search("解读 AND (");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Note: Closed the bracket left open.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_AQueryThatFindsNothing_SuggestsTheIndexsOwnWords()
    {
        var run = Search("政策解毒");

        Assert.Contains("Did you mean: 政策解读", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_APlaceName_OffersTheJurisdictionFilter()
    {
        var run = Search("河源");

        Assert.Contains("--jurisdiction 河源 keeps the requirements of 河源市", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--level", "town")]
    [InlineData("--limit", "-1")]
    [InlineData("--year", "soon")]
    [InlineData("--format", "xml")]
    [InlineData("--sort", "date")]
    public void Search_BadOptionValue_ExitsWithUsageError(string option, string value)
    {
        var run = Search("三同步", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("searchplans:", run.Error, StringComparison.Ordinal);
    }
}
