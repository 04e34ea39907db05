using SearchPlans.Compare;
using SearchPlans.Compare.Rendering;
using static SearchPlans.Core.Tests.Compare.HandMadeCorpus;

namespace SearchPlans.Core.Tests.Compare.Rendering;

public class ComparisonTextRendererTests
{
    private readonly PlanComparison comparison = new PlanComparer().Compare(Create(), A, B);

    [Fact]
    public void Render_WithoutColour_MarksChangesWithBrackets()
    {
        var text = new ComparisonTextRenderer().Render(comparison);

        Assert.Contains("    加强政策解读，[-及时-]{+主动+}回应社会关切。", text);
        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithColour_UsesAnsiInsteadOfBrackets()
    {
        var text = new ComparisonTextRenderer(colour: true).Render(comparison);

        Assert.Contains("加强政策解读，\u001b[31;9m及时\u001b[0m\u001b[32m主动\u001b[0m回应社会关切。", text);
        Assert.DoesNotContain("[-", text);
    }

    [Fact]
    public void Render_Rows_AlignNumbersScoresAndKinds()
    {
        var lines = new ComparisonTextRenderer().Render(comparison).Split(Environment.NewLine);

        Assert.Contains("A 1 ⇄ B 2  0.90  等同 · 互含", lines);
        Assert.Contains("A 2 ⇄ B 3  0.60  相关 · A含B  仅见于A", lines);
        Assert.Contains("A 3 ⇄ B —  仅见于A", lines);
        Assert.Contains("A 4 ⇄ B 1  0.80  等同 · A含B", lines);
        Assert.Contains("    另见 B 5 (0.95 相关)", lines);
    }

    [Fact]
    public void Render_Comparison_StartsWithPlansAndSummary()
    {
        var lines = new ComparisonTextRenderer().Render(comparison).Split(Environment.NewLine);

        Assert.Equal($"A 甲市2022年政务公开工作要点（{A}）", lines[0]);
        Assert.Equal($"B 乙市2022年政务公开工作要点（{B}）", lines[1]);
        Assert.Equal("A条目 4 · B条目 6 · 等同 2 · 仅见于A 2 · 其中B有相关 1 · 仅见于B 4 · A在B有等同 50% · B在A有等同 33%", lines[2]);
    }

    [Fact]
    public void Render_OnlyInLists_CountWhatTheSummaryCountsAndNamePartialMatches()
    {
        var text = new ComparisonTextRenderer().Render(comparison).ReplaceLineEndings("\n");

        Assert.Contains("仅见于A：B无等同条目 (2)\nA 2\n    推进决策公开，完善重大行政决策事项目录。\n    B有相关 B 3 (0.60 相关)、B 4 (0.40 相关)\nA 3\n", text);
        Assert.Contains("仅见于B：A无等同条目 (4)\nB 3\n    推进决策公开。\n    A有相关 A 2 (0.60 相关)\n", text);
        Assert.Contains("B 6\n    推进基层政务公开标准化规范化。\n", text);
    }

    [Fact]
    public void Render_DoubtfulLinks_AreNamedOnALineOfTheirOwnAndNotCountedAsRelated()
    {
        var corpus = Create();
        var doubtful = new SearchPlans.Model.Corpus(corpus.Plans)
        {
            Links = [.. corpus.Links.Select(l => l.Kind == SearchPlans.Model.LinkKind.Related ? l with { Confidence = SearchPlans.Model.LinkConfidence.Doubtful } : l)],
        };
        var text = new ComparisonTextRenderer().Render(new PlanComparer().Compare(doubtful, A, B)).ReplaceLineEndings("\n");

        Assert.Contains("A 2 ⇄ B —  仅见于A\n    推进决策公开，完善重大行政决策事项目录。\n    较弱 B 3 (0.60 相关)、B 4 (0.40 相关)\n", text);
        Assert.Contains("    较弱 B 5 (0.95 相关)\n", text);
        Assert.Contains("其中B有相关 0", text);
        Assert.DoesNotContain("B有相关 B", text);
    }
}
