using System.Text;
using SearchPlans.Ingest.Outline;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// A table flattened to one cell per line (Conghua): a tab opens each cell, a blank line ends a row, numbering
/// restarts under each task, and the criteria cell holds numbered 评价标准 on lines of their own.
/// </summary>
internal sealed class CellPerLineWriter : IPlanFileWriter
{
    public string Write(GeneratedPlan plan, Random random)
    {
        var file = new StringBuilder();
        PlanHeadWriter.Write(file, plan);
        // The header's last cell wraps inside the cell, as converted Word tables do.
        file.Append("\t\n\t工作任务\n\t评价标准\n\t责任\n单位\n\n");
        for (var t = 0; t < plan.Sections.Count; t++)
        {
            var section = plan.Sections[t];
            file.Append($"\t{ChineseNumeral.Of(t + 1)}、{section.Title}\n\n");
            for (var s = 0; s < section.Subsections.Count; s++)
            {
                var sub = section.Subsections[s];
                for (var k = 0; k < sub.Requirements.Count; k++)
                {
                    var r = sub.Requirements[k];
                    file.Append(k == 0 ? $"\t（{ChineseNumeral.Of(s + 1)}）{sub.Title}。\n" : "\t\n");
                    file.Append($"\t{k + 1}.{r.Text}\n");
                    file.Append('\t').AppendJoin('\n', r.Criteria.Select((c, i) => r.Criteria.Count > 1 ? $"{i + 1}.{c}" : c)).Append('\n');
                    file.Append('\t').Append(UnitNames.Cell(r.Units, plan.Jurisdiction)).Append("\n\n");
                }
            }
        }
        return file.ToString();
    }
}
