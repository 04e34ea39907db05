using SearchPlans.Compare;
using SearchPlans.Compare.Rendering;
using static SearchPlans.Core.Tests.Compare.HandMadeCorpus;

namespace SearchPlans.Core.Tests.Compare.Rendering;

public class ComparisonHtmlRendererTests
{
    private static string Render(string? a3Text = null) =>
        new ComparisonHtmlRenderer().Render(new PlanComparer().Compare(Create(a3Text), A, B));

    [Fact]
    public void Render_RequirementWithScriptTag_EncodesItAsText()
    {
        var html = Render("公开<script>alert(\"x\")</script>&目录");

        Assert.Contains("公开&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;目录", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_ChangedWord_MarksDeletionAndInsertion()
    {
        var html = Render();

        Assert.Contains("加强政策解读，<del>及时</del>回应社会关切。", html);
        Assert.Contains("加强政策解读，<ins>主动</ins>回应社会关切。", html);
    }

    [Fact]
    public void Render_Comparison_IsStandalonePageWithSummaryBeforeTable()
    {
        var html = Render();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("@media print", html);
        Assert.Contains("\"Noto Sans CJK SC\"", html);
        Assert.True(html.IndexOf("class=\"summary\"", StringComparison.Ordinal) < html.IndexOf("<table", StringComparison.Ordinal));
        Assert.Equal(4, html.Split("<tr class=").Length - 1);
        Assert.DoesNotContain("<link", html);
        Assert.EndsWith("</html>" + Environment.NewLine, html);
    }

    [Fact]
    public void Render_OnlyInLists_AreHeadedWithTheSummaryCounts()
    {
        var html = Render();

        Assert.Contains("<div><dt>仅见于A</dt><dd>2</dd></div>", html);
        Assert.Contains("<h2>仅见于A：B无等同条目（2）</h2>", html);
        Assert.Contains("<div><dt>仅见于B</dt><dd>4</dd></div>", html);
        Assert.Contains("<h2>仅见于B：A无等同条目（4）</h2>", html);
        Assert.Contains("<div><dt>A在B有等同</dt><dd>50%</dd></div>", html);
    }

    [Fact]
    public void Render_OnlyInA_ListsPartialMatchesInBBesideIt()
    {
        var html = Render();

        Assert.Contains($"推进决策公开，完善重大行政决策事项目录。<div class=\"also\">B有相关：<span class=\"num\" title=\"{Id(B, "3")}\">3</span>", html);
    }

    [Fact]
    public void Render_RequirementOnlyInB_IsListedAfterTable()
    {
        var html = Render();

        Assert.True(html.IndexOf("推进基层政务公开标准化规范化", StringComparison.Ordinal) > html.IndexOf("</table>", StringComparison.Ordinal));
    }
}
