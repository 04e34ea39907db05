using System.Text;
using SearchPlans.Ingest;
using SearchPlans.Ingest.Outline;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// Prose (Qingyuan): 一、 headings, then one paragraph per task that opens with its （一） title sentence and
/// assigns each requirement with an inline marker （…牵头负责）, bold in Markdown. Now and then a page break
/// cuts a paragraph mid-sentence, as PDF conversions do.
/// </summary>
internal sealed class ProseWriter : IPlanFileWriter
{
    public string Write(GeneratedPlan plan, Random random)
    {
        var file = new StringBuilder();
        PlanHeadWriter.Write(file, plan);
        file.Append($"{plan.Year}年{plan.Jurisdiction.Name}政务公开工作的总体要求是：坚持以人民为中心深化政务公开，不断提升政策发布、解读、回应质量，更好发挥政务公开促落实、强监管功能。\n\n");
        var bold = plan.Dress.Markdown ? "**" : "";
        for (var t = 0; t < plan.Sections.Count; t++)
        {
            var section = plan.Sections[t];
            file.Append($"{ChineseNumeral.Of(t + 1)}、{section.Title}\n\n");
            for (var s = 0; s < section.Subsections.Count; s++)
            {
                var sub = section.Subsections[s];
                var paragraph = new StringBuilder($"（{ChineseNumeral.Of(s + 1)}）{sub.Title}。");
                foreach (var r in sub.Requirements)
                {
                    var text = random.NextDouble() < 0.1 ? PageBreakInside(r.Text, random) : r.Text;
                    paragraph.Append(text).Append(bold).Append(UnitNames.Marker(r.Units, plan.Jurisdiction)).Append(bold);
                }
                file.Append(paragraph).Append("\n\n");
            }
        }
        return file.ToString();
    }

    // The ingester joins a line that does not end a sentence with the next one, so the text reads back whole.
    private static string PageBreakInside(string text, Random random)
    {
        var at = random.Next(2, text.Length - 2);
        var head = text[..at];
        var tail = text[at..];
        var readsBack = !ReaderRules.EndsSentence(head) && !char.IsWhiteSpace(tail[0]) && !char.IsWhiteSpace(head[^1])
            && ReaderRules.SectionOrdinalLevel(tail) is null && !System.Text.RegularExpressions.Regex.IsMatch(tail, @"^\s*[一二三四五六七八九十]+\s*、");
        return readsBack ? head + "\n\n" + tail : text;
    }
}
