using System.Text;
using SearchPlans.Ingest.Outline;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// An outline of headings only (Beijing 2024): 一、总体要求 with its （一）指导思想 and （二）基本原则, then the plan's
/// sections, each task a line numbered 1. again under every （一）, with no body text and no units.
/// </summary>
internal sealed class OutlineWriter : IPlanFileWriter
{
    public string Write(GeneratedPlan plan, Random random)
    {
        var file = new StringBuilder();
        PlanHeadWriter.Write(file, plan, random);
        var (open, close) = random.NextDouble() < 0.5 ? ("（", "）") : ("(", ")");
        file.Append($"一、总体要求\n{open}一{close}指导思想\n{open}二{close}基本原则\n");
        for (var t = 0; t < plan.Sections.Count; t++)
        {
            var section = plan.Sections[t];
            file.Append($"{ChineseNumeral.Of(t + 2)}、{SafeText.Title(section.Title)}\n");
            for (var s = 0; s < section.Subsections.Count; s++)
            {
                var sub = section.Subsections[s];
                file.Append($"{open}{ChineseNumeral.Of(s + 1)}{close}{SafeText.Title(sub.Title)}\n");
                for (var k = 0; k < sub.Requirements.Count; k++)
                    file.Append($"{k + 1}.{sub.Requirements[k].Text}\n");
            }
        }
        return file.ToString();
    }
}
