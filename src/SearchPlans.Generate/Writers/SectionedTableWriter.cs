using System.Text;
using SearchPlans.Ingest.Outline;
using SearchPlans.Model;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// A tab table with two section columns (Heyuan, Jiangmen): section cells printed on a section's first row, the
/// header and both section cells printed again after every page break, and cells optionally in &lt;p&gt; fragments.
/// </summary>
internal sealed class SectionedTableWriter : IPlanFileWriter
{
    public string Write(GeneratedPlan plan, Random random)
    {
        var file = new StringBuilder();
        PlanHeadWriter.Write(file, plan);
        var header = plan.Jurisdiction.Level == AdminLevel.Agency ? "工作要求\t工作任务\t具体要求\t责任科室" : "工作要求\t具体任务\t具体要求\t落实单位";
        file.Append(header).Append('\n');
        var rowsPerPage = random.Next(8, 16);
        var rows = 0;
        var number = 0;
        for (var t = 0; t < plan.Sections.Count; t++)
        {
            var section = plan.Sections[t];
            for (var s = 0; s < section.Subsections.Count; s++)
            {
                var sub = section.Subsections[s];
                for (var k = 0; k < sub.Requirements.Count; k++)
                {
                    var pageBreak = rows > 0 && rows % rowsPerPage == 0;
                    if (pageBreak)
                        file.Append('\n').Append(header).Append('\n');
                    var r = sub.Requirements[k];
                    var top = pageBreak || (s == 0 && k == 0) ? $"{ChineseNumeral.Of(t + 1)}、{section.Title}" : "";
                    var task = pageBreak || k == 0 ? $"({ChineseNumeral.Of(s + 1)}) {sub.Title}。" : "";
                    string[] cells = [top, task, $"{++number}. {r.Text}", UnitNames.Cell(r.Units, plan.Jurisdiction)];
                    file.AppendJoin('\t', cells.Select(c => Cell(c, plan.Dress.Html))).Append('\n');
                    rows++;
                }
            }
        }
        if (random.NextDouble() < 0.3)
            file.Append("\n公开方式：主动公开\n");
        return file.ToString();
    }

    internal static string Cell(string text, bool html) => html && text.Length > 0 ? $"<p>{text}</p>" : text;
}
