using System.Text;
using SearchPlans.Ingest.Outline;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// Prose without units (State Council, Hubei): 一、 and （一） headings, then each task on a line of its own numbered
/// 1. through the whole plan. Nothing names who carries a task out; a deadline, where there is one, is in the text.
/// </summary>
internal sealed class NumberedProseWriter : IPlanFileWriter
{
    public string Write(GeneratedPlan plan, Random random)
    {
        var file = new StringBuilder();
        var gap = PlanHeadWriter.Write(file, plan, random);
        var (open, close) = random.NextDouble() < 0.5 ? ("（", "）") : ("(", ")");
        file.Append(PlanPreamble.Paragraph(plan, random)).Append(gap);
        var number = 0;
        for (var t = 0; t < plan.Sections.Count; t++)
        {
            var section = plan.Sections[t];
            file.Append($"{ChineseNumeral.Of(t + 1)}、{SafeText.Title(section.Title)}").Append(gap);
            for (var s = 0; s < section.Subsections.Count; s++)
            {
                var sub = section.Subsections[s];
                file.Append($"{open}{ChineseNumeral.Of(s + 1)}{close}{SafeText.Title(sub.Title)}。").Append(gap);
                foreach (var r in sub.Requirements)
                    file.Append($"{++number}.{r.Text}").Append(gap);
            }
        }
        return file.ToString();
    }
}
