using System.Text;
using SearchPlans.Ingest;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// A tab table with one section column and a 完成时限 column (Zhanjiang): consecutive items of a task are at
/// times printed together in one cell ("3.… 4.… 5.…") and share its units and deadline, as the seed does.
/// </summary>
internal sealed class DeadlineTableWriter : IPlanFileWriter
{
    private const string Header = "工作任务\t具体要求\t落实单位\t完成时限";

    public string Write(GeneratedPlan plan, Random random)
    {
        var file = new StringBuilder();
        PlanHeadWriter.Write(file, plan);
        file.Append(Header).Append('\n');
        var rowsPerPage = random.Next(6, 12);
        var rows = 0;
        var number = 0;
        foreach (var sub in plan.Sections.SelectMany(s => s.Subsections))
        {
            var k = 0;
            while (k < sub.Requirements.Count)
            {
                var together = Math.Min(sub.Requirements.Count - k, random.NextDouble() < 0.25 ? random.Next(2, 4) : 1);
                var items = sub.Requirements.Skip(k).Take(together).Select((r, i) => $"{number + i + 1}.{r.Text}").ToList();
                var cell = string.Join(" ", items);
                if (items.Count > 1 && ReaderRules.ItemsOfCell(cell).Count != items.Count)
                {
                    items = items.Take(1).ToList();
                    cell = items[0];
                }
                var pageBreak = rows > 0 && rows % rowsPerPage == 0;
                if (pageBreak)
                    file.Append('\n').Append(Header).Append('\n');
                var first = sub.Requirements[k];
                var task = k == 0 || (pageBreak && random.NextDouble() < 0.5) ? sub.Title : "";
                string[] cells = [task, cell, UnitNames.Cell(first.Units, plan.Jurisdiction), first.Deadline ?? "长期工作"];
                file.AppendJoin('\t', cells.Select(c => SectionedTableWriter.Cell(c, plan.Dress.Html))).Append('\n');
                number += items.Count;
                k += items.Count;
                rows++;
            }
        }
        return file.ToString();
    }
}
