using System.Text;
using SearchPlans.Model;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// Writes what precedes the body: a bare title line (Heyuan, Zhanjiang), or a masthead, 文号, notice title,
/// addressees, cover letter, signature and date before the title (Jiangmen, Qingyuan); for the layouts drawn from
/// real plans also web-page chrome, notices of issue and notices forwarding them.
/// </summary>
internal static class PlanHeadWriter
{
    /// <summary>The head of the seed layouts, paragraphs apart.</summary>
    public static void Write(StringBuilder file, GeneratedPlan plan)
    {
        file.Append('\n');
        WriteOwnHead(file, plan, "\n\n");
        if (plan.Dress.Head != PlanHead.Masthead)
            Paragraph(file, $"为深入贯彻落实{Upstream(plan)}，结合工作实际，制定本方案。", "\n\n");
    }

    /// <summary>
    /// The head of the layouts drawn from real plans: page chrome, a forwarding notice, the plan's own head and title.
    /// Pages copied from the web break lines once or leave blank lines between them; the body keeps the same habit.
    /// </summary>
    /// <returns>What ends a line in this file: one line break or two.</returns>
    public static string Write(StringBuilder file, GeneratedPlan plan, Random random)
    {
        var gap = random.NextDouble() < 0.5 ? "\n" : "\n\n";
        if (plan.Dress.WebChrome)
            WebChromeWriter.Write(file, plan, random, gap);
        if (plan.Dress.ForwardedBy is { } forwarder)
            NoticeWriter.WriteForwarding(file, plan, forwarder, random, gap);
        if (plan.Dress.Head == PlanHead.Notice)
            NoticeWriter.Write(file, plan, random, gap);
        else
            WriteOwnHead(file, plan, gap);
        return gap;
    }

    private static void WriteOwnHead(StringBuilder file, GeneratedPlan plan, string gap)
    {
        if (plan.Dress.Head == PlanHead.Masthead)
        {
            var issuer = PlanTitles.Issuer(plan.Jurisdiction);
            Paragraph(file, issuer + "文件", gap);
            Paragraph(file, plan.DocNumber ?? "", gap);
            Paragraph(file, $"{issuer}关于印发{plan.Title}的通知", gap);
            Paragraph(file, Addressees(plan.Jurisdiction) + "：", gap);
            Paragraph(file, $"为深入贯彻落实{Upstream(plan)}，结合工作实际，现将《{plan.Title}》印发给你们，请认真组织实施。", gap);
            Paragraph(file, issuer, gap);
            Paragraph(file, ChineseDate(plan.Issued), gap);
        }
        Paragraph(file, (plan.Dress.Markdown ? "## " : "") + plan.Title, gap);
    }

    internal static void Paragraph(StringBuilder file, string line, string gap) => file.Append(line).Append(gap);

    internal static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    internal static string Addressees(CatalogEntry jurisdiction) => jurisdiction.Level switch
    {
        AdminLevel.Province => "各地级以上市人民政府，省政府各部门、各直属机构",
        AdminLevel.City => "各县（区）人民政府，市政府各部门、各直属机构",
        AdminLevel.Agency => "各科、室",
        _ => "各乡镇人民政府、街道办事处，政府各部门",
    };

    internal static string Upstream(GeneratedPlan plan) => plan.Jurisdiction.Level == AdminLevel.Province
        ? $"《国务院办公厅关于印发{plan.Year}年政务公开工作要点的通知》精神"
        : $"《{plan.Jurisdiction.Province}{plan.Year}年政务公开工作要点》有关要求";
}
