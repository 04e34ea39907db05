using System.Text;
using SearchPlans.Ingest.Outline;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// Numbered prose tasks, each closed by a bracket naming who carries it out (Tianjin, Honggutan, Beijing 2018):
/// （责任单位：…）, （…负责落实）, or （…牵头，…配合）, one form to a plan. Tasks are numbered 1. or 1、 through the
/// plan, and some pages run the whole body together on one line.
/// </summary>
internal sealed class BracketUnitProseWriter : IPlanFileWriter
{
    private enum BracketForm { ResponsibleUnits, CarriedOutBy, LeadAndSupport }

    public string Write(GeneratedPlan plan, Random random)
    {
        var file = new StringBuilder();
        var gap = PlanHeadWriter.Write(file, plan, random);
        var form = (BracketForm)random.Next(3);
        var delimiter = random.NextDouble() < 0.5 ? "." : "、";
        var body = new List<string> { PlanPreamble.Paragraph(plan, random) };
        var number = 0;
        for (var t = 0; t < plan.Sections.Count; t++)
        {
            var section = plan.Sections[t];
            body.Add($"{ChineseNumeral.Of(t + 1)}、{SafeText.Title(section.Title)}");
            for (var s = 0; s < section.Subsections.Count; s++)
            {
                var sub = section.Subsections[s];
                body.Add($"（{ChineseNumeral.Of(s + 1)}）{SafeText.Title(sub.Title)}。");
                foreach (var r in sub.Requirements)
                    body.Add($"{++number}{delimiter}{r.Text}{Bracket(r.Units, plan.Jurisdiction, form)}");
            }
        }
        // Some pages lose every line break of the body and keep the paragraphs a space apart (Honggutan).
        var oneLine = random.NextDouble() < 0.15;
        file.AppendJoin(oneLine ? " " : gap, body).Append('\n');
        return file.ToString();
    }

    private static string Bracket(UnitAssignment units, CatalogEntry jurisdiction, BracketForm form)
    {
        var leads = Names(units.Leads, jurisdiction);
        var others = Names(units.Others, jurisdiction).Except(leads).ToList();
        if (leads.Count == 0)
            (leads, others) = (others.Count > 0 ? others : [UnitNames.Name(UnitKind.Office, jurisdiction)], []);
        var all = string.Join("、", leads.Concat(others));
        return form switch
        {
            BracketForm.ResponsibleUnits => $"（责任单位：{all}）",
            BracketForm.CarriedOutBy => leads.Count + others.Count > 1 ? $"（{all}分别负责落实）" : $"（{all}负责落实）",
            _ => others.Count > 0 ? $"（{string.Join("、", leads)}牵头，{string.Join("、", others)}配合）" : $"（{string.Join("、", leads)}牵头落实）",
        };
    }

    // A name holding brackets (各县（区）人民政府) would close the unit bracket early, so such names are left out.
    private static List<string> Names(IEnumerable<UnitKind> roles, CatalogEntry jurisdiction) =>
        [.. roles.Select(r => UnitNames.Name(r, jurisdiction)).Where(n => n.IndexOfAny(['（', '(']) < 0).Distinct()];
}
