using System.Text;
using SearchPlans.Model;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// Writes what precedes the body: a bare title line (Heyuan, Zhanjiang), or a masthead, 文号, notice title,
/// addressees, cover letter, signature and date before the title (Jiangmen, Qingyuan).
/// </summary>
internal static class PlanHeadWriter
{
    public static void Write(StringBuilder file, GeneratedPlan plan)
    {
        file.Append('\n');
        if (plan.Dress.Masthead)
        {
            var issuer = PlanTitles.Issuer(plan.Jurisdiction);
            Paragraph(file, issuer + "文件");
            Paragraph(file, plan.DocNumber ?? "");
            Paragraph(file, $"{issuer}关于印发{plan.Title}的通知");
            Paragraph(file, Addressees(plan.Jurisdiction) + "：");
            Paragraph(file, $"为深入贯彻落实{Upstream(plan)}，结合工作实际，现将《{plan.Title}》印发给你们，请认真组织实施。");
            Paragraph(file, issuer);
            Paragraph(file, $"{plan.Issued.Year}年{plan.Issued.Month}月{plan.Issued.Day}日");
        }
        Paragraph(file, (plan.Dress.Markdown ? "## " : "") + plan.Title);
        if (!plan.Dress.Masthead)
            Paragraph(file, $"为深入贯彻落实{Upstream(plan)}，结合工作实际，制定本方案。");
    }

    private static void Paragraph(StringBuilder file, string line) => file.Append(line).Append("\n\n");

    private static string Addressees(CatalogEntry jurisdiction) => jurisdiction.Level switch
    {
        AdminLevel.Province => "各地级以上市人民政府，省政府各部门、各直属机构",
        AdminLevel.City => "各县（区）人民政府，市政府各部门、各直属机构",
        AdminLevel.Agency => "各科、室",
        _ => "各乡镇人民政府、街道办事处，政府各部门",
    };

    private static string Upstream(GeneratedPlan plan) => plan.Jurisdiction.Level == AdminLevel.Province
        ? $"《国务院办公厅关于印发{plan.Year}年政务公开工作要点的通知》精神"
        : $"《{plan.Jurisdiction.Province}{plan.Year}年政务公开工作要点》有关要求";
}
