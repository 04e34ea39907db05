using System.Text;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// A table copied from a web page as one cell per line with `|` alone on the line between cells, no numbering and no
/// section cells (Xuancheng): 任务, 责任单位 and, on most pages, 时限.
/// </summary>
internal sealed class PipeCellTableWriter : IPlanFileWriter
{
    private static readonly string[] TaskHeaders = ["任务", "工作任务", "重点任务"];
    private static readonly string[] UnitHeaders = ["责任单位", "牵头单位"];
    private static readonly string[] DeadlineHeaders = ["时限", "完成时限"];

    public string Write(GeneratedPlan plan, Random random)
    {
        var file = new StringBuilder();
        PlanHeadWriter.Write(file, plan, random);
        var deadlines = random.NextDouble() < 0.7;
        var cells = new List<string> { TaskHeaders[random.Next(TaskHeaders.Length)], UnitHeaders[random.Next(UnitHeaders.Length)] };
        if (deadlines)
            cells.Add(DeadlineHeaders[random.Next(DeadlineHeaders.Length)]);
        foreach (var r in plan.Requirements)
        {
            cells.Add(r.Text);
            cells.Add(UnitNames.Cell(r.Units, plan.Jurisdiction));
            if (deadlines)
                cells.Add(r.Deadline ?? "持续推进");
        }
        file.AppendJoin("\n|\n", cells).Append('\n');
        return file.ToString();
    }
}
