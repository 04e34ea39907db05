using System.Text;
using SearchPlans.Ingest.Outline;
using SearchPlans.Model;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// A table copied from a web page as a row per line, `|` after every cell (Taishan, Guangdong health commission).
/// The task cell spans its rows, so only a task's first row carries it; a unit cell (and deadline cell) the row above
/// shares is merged too and the row ends early. Some pages add a 序号 or 完成时限 column, wrap the header over two
/// lines, or leave a line holding only `|` after rows.
/// </summary>
internal sealed class PipeRowTableWriter : IPlanFileWriter
{
    private static readonly string[] TaskHeaders = ["工作任务", "重点任务", "主要任务"];
    private static readonly string[] RequirementHeaders = ["具体要求", "具体内容", "细化分工"];
    private static readonly string[] DeadlineHeaders = ["完成时限", "时限要求", "完成时间"];

    public string Write(GeneratedPlan plan, Random random)
    {
        var file = new StringBuilder();
        PlanHeadWriter.Write(file, plan, random);
        var serial = random.NextDouble() < 0.35;
        var deadlines = random.NextDouble() < 0.4;
        var strayAfterEveryRow = random.NextDouble() < 0.3;
        if (random.NextDouble() < 0.3)
            file.Append(plan.Title).Append(" |\n");
        WriteHeader(file, Header(plan.Jurisdiction, serial, deadlines, random), random);

        var number = 0;
        var task = 0;
        foreach (var sub in plan.Sections.SelectMany(s => s.Subsections))
        {
            task++;
            var title = SafeText.Title(sub.Title);
            string? above = null;
            for (var k = 0; k < sub.Requirements.Count; k++)
            {
                var r = sub.Requirements[k];
                number++;
                var cells = new List<string>();
                if (serial)
                    cells.Add($"{number}");
                if (k == 0)
                    cells.Add(serial || task > 99 ? title : $"{ChineseNumeral.Of(task)}、{title}。");
                cells.Add(serial ? r.Text : $"{number}.{r.Text}");
                var trailing = deadlines ? $"{UnitNames.Cell(r.Units, plan.Jurisdiction)} | {r.Deadline ?? "持续推进"}" : UnitNames.Cell(r.Units, plan.Jurisdiction);
                if (trailing != above)
                    cells.Add(trailing);
                above = trailing;
                file.AppendJoin(" | ", cells).Append(" |\n");
                if (strayAfterEveryRow || random.NextDouble() < 0.04)
                    file.Append("|\n");
            }
        }
        return file.ToString();
    }

    private static List<string> Header(CatalogEntry jurisdiction, bool serial, bool deadlines, Random random)
    {
        var header = new List<string>();
        if (serial)
            header.Add("序号");
        header.Add(TaskHeaders[random.Next(TaskHeaders.Length)]);
        header.Add(RequirementHeaders[random.Next(RequirementHeaders.Length)]);
        header.Add(jurisdiction.Level == AdminLevel.Agency ? "责任处室" : random.NextDouble() < 0.5 ? "责任单位" : "牵头单位");
        if (deadlines)
            header.Add(DeadlineHeaders[random.Next(DeadlineHeaders.Length)]);
        return header;
    }

    // A header wider than the page wraps: the first cells on one line, the rest on the next after a `|`.
    private static void WriteHeader(StringBuilder file, List<string> header, Random random)
    {
        if (random.NextDouble() < 0.4)
        {
            var at = random.Next(1, header.Count);
            file.AppendJoin(" | ", header.Take(at)).Append('\n');
            file.Append("| ").AppendJoin(" | ", header.Skip(at)).Append(" |\n");
        }
        else
            file.AppendJoin(" | ", header).Append(" |\n");
    }
}
