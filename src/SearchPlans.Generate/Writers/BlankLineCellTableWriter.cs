using System.Text;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// A table copied from a web page as one cell per line with a blank line between cells and no separator at all
/// (Shandong education department): header names the seed plans never use (工作要点 / 具体要求 / 任务分工), and a
/// merged first column whose section cell only a section's first row carries, so later rows hold two cells.
/// </summary>
internal sealed class BlankLineCellTableWriter : IPlanFileWriter
{
    private static readonly string[][] Headers =
    [
        ["工作要点", "具体要求", "任务分工"],
        ["重点工作", "主要内容", "责任部门"],
        ["工作事项", "工作措施", "责任分工"],
        ["目标", "任务", "责任单位"],
    ];

    public string Write(GeneratedPlan plan, Random random)
    {
        var file = new StringBuilder();
        PlanHeadWriter.Write(file, plan, random);
        var cells = new List<string>(Headers[random.Next(Headers.Length)]);
        foreach (var sub in plan.Sections.SelectMany(s => s.Subsections))
        {
            cells.Add(SafeText.Title(sub.Title));
            foreach (var r in sub.Requirements)
            {
                cells.Add(r.Text);
                cells.Add(UnitNames.Cell(r.Units, plan.Jurisdiction));
            }
        }
        file.AppendJoin("\n\n", cells).Append('\n');
        return file.ToString();
    }
}
