using System.Text;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// Notices as web pages print them: the notice of issue that wraps a plan (State Council 2020, Changning), and the
/// notice by which a lower government forwards it to its own departments (Ya'an forwarding Sichuan's).
/// </summary>
internal static class NoticeWriter
{
    /// <summary>…关于印发…的通知, 文号, addressees, letter, at times a 附件 line, signature, date, (此件公开发布), then the plan's title.</summary>
    public static void Write(StringBuilder file, GeneratedPlan plan, Random random, string gap)
    {
        var issuer = PlanTitles.Issuer(plan.Jurisdiction);
        // Some pages break a long notice title after 关于印发, as the printed notice does.
        file.Append(issuer).Append("关于印发").Append(random.NextDouble() < 0.25 ? "\n" : "").Append(Quoted(plan, random)).Append("的通知").Append(gap);
        if (plan.DocNumber is { } docNumber)
            PlanHeadWriter.Paragraph(file, docNumber, gap);
        PlanHeadWriter.Paragraph(file, PlanHeadWriter.Addressees(plan.Jurisdiction) + "：", gap);
        PlanHeadWriter.Paragraph(file, Letter(plan, random), gap);
        var annexed = random.NextDouble() < 0.4;
        if (annexed)
            PlanHeadWriter.Paragraph(file, $"附件：{plan.Title}", gap);
        PlanHeadWriter.Paragraph(file, issuer, gap);
        PlanHeadWriter.Paragraph(file, PlanHeadWriter.ChineseDate(plan.Issued), gap);
        if (random.NextDouble() < 0.5)
            PlanHeadWriter.Paragraph(file, "（此件公开发布）", gap);
        if (annexed)
            PlanHeadWriter.Paragraph(file, "附件", gap);
        PlanHeadWriter.Paragraph(file, plan.Title, gap);
    }

    /// <summary>The forwarding government's notice: it names the plan's notice and 文号, and is signed and dated after it.</summary>
    public static void WriteForwarding(StringBuilder file, GeneratedPlan plan, CatalogEntry forwarder, Random random, string gap)
    {
        var issuer = PlanTitles.Issuer(forwarder);
        var forwarded = $"{PlanTitles.Issuer(plan.Jurisdiction)}关于印发{plan.Title}的通知";
        if (random.NextDouble() < 0.5)
            PlanHeadWriter.Paragraph(file, $"{issuer}关于转发《{forwarded}》的通知", gap);
        PlanHeadWriter.Paragraph(file, PlanHeadWriter.Addressees(forwarder) + "：", gap);
        var cited = plan.DocNumber is { } docNumber ? $"《{forwarded}》（{docNumber}）" : $"《{forwarded}》";
        PlanHeadWriter.Paragraph(file, $"经{PlanTitles.ApprovingGovernment(forwarder)}同意，现将{cited}转发给你们，请结合实际认真贯彻落实。", gap);
        PlanHeadWriter.Paragraph(file, issuer, gap);
        PlanHeadWriter.Paragraph(file, PlanHeadWriter.ChineseDate(ForwardedOn(plan)), gap);
    }

    /// <summary>A few weeks after the plan was issued, and in the same year.</summary>
    public static DateOnly ForwardedOn(GeneratedPlan plan)
    {
        var date = plan.Issued.AddDays(12 + plan.Issued.Day);
        return date.Year == plan.Year ? date : new DateOnly(plan.Year, 12, 31);
    }

    private static string Quoted(GeneratedPlan plan, Random random) => random.NextDouble() < 0.3 ? $"《{plan.Title}》" : plan.Title;

    private static string Letter(GeneratedPlan plan, Random random) => random.Next(3) switch
    {
        0 when plan.Jurisdiction.Level != Model.AdminLevel.Agency =>
            $"《{plan.Title}》已经{PlanTitles.ApprovingGovernment(plan.Jurisdiction)}同意，现印发给你们，请结合实际认真贯彻落实。",
        1 => $"为深入贯彻落实{PlanHeadWriter.Upstream(plan)}，结合工作实际，制定了《{plan.Title}》。现印发给你们，请认真贯彻执行，确保各项工作落实到位。",
        _ => $"现将《{plan.Title}》印发给你们，请认真组织实施。",
    };
}
