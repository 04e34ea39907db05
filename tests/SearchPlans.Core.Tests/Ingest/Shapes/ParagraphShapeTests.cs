using System.Text;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Ingest.Shapes;

public class ParagraphShapeTests
{
    [Fact]
    public void PlanWithoutNumberingOrTable_IsReadAParagraphARequirement_WithAWarning()
    {
        const string text = "某县2023年政务公开工作要点\n\n全面做好政府信息主动公开工作，及时更新政府信息公开指南。\n\n加强政策解读和回应关切，提升解读质量和实效。\n";
        var result = new PlanIngester().Ingest("plan.txt", Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("paragraphs", result.Shape);
        Assert.Equal(2, result.Plan!.Requirements.Count);
        Assert.Contains(result.Warnings, w => w.Contains("each paragraph is read as one requirement", StringComparison.Ordinal));
        Assert.Equal("", TextAccount.Unaccounted(text, result));
    }
}
