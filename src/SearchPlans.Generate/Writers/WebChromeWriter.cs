using System.Globalization;
using System.Text;

namespace SearchPlans.Generate.Writers;

/// <summary>
/// The lines a web page puts before a plan copied from it: breadcrumbs, a metadata block (索 引 号, 发布机构, 发文字号,
/// at times as • bullets), the 来源 / 发布时间 / 浏览次数 line and the page's tools (Guangdong health commission,
/// Changning, Sichuan, Beijing 2018).
/// </summary>
internal static class WebChromeWriter
{
    private static readonly string[] Breadcrumbs =
    [
        "首页 > 政务公开 > 政策文件",
        "当前位置：首页 > 信息公开 > 政府文件",
        "政府信息公开\n\n办文通知",
        "您当前的位置：首页 > 政府信息公开 > 法定主动公开内容 > 政策文件",
    ];

    public static void Write(StringBuilder file, GeneratedPlan plan, Random random, string gap)
    {
        var publisher = PlanTitles.Issuer(plan.Dress.ForwardedBy ?? plan.Jurisdiction);
        var published = plan.Dress.ForwardedBy is null ? plan.Issued : NoticeWriter.ForwardedOn(plan);
        var breadcrumbs = random.NextDouble() < 0.6;
        if (breadcrumbs)
            PlanHeadWriter.Paragraph(file, Breadcrumbs[random.Next(Breadcrumbs.Length)], gap);
        var metadata = random.NextDouble() < 0.6;
        if (metadata)
            Metadata(file, plan, publisher, published, random);
        // Every page shows at least where the text came from.
        if (random.NextDouble() < 0.7 || !(breadcrumbs || metadata))
        {
            var time = string.Create(CultureInfo.InvariantCulture, $"{published:yyyy-MM-dd} {random.Next(8, 19):D2}:{random.Next(60):D2}");
            var line = random.Next(3) switch
            {
                0 => $"来源：{publisher} 发布时间：{time} 浏览次数：{random.Next(20, 5000)}",
                1 => $"来源: {publisher} 更新时间:{published:yyyy-MM-dd} 点击:{random.Next(20, 5000)}",
                _ => $"发布时间：{time} 来源：{publisher} 字体：[ 大 中 小 ] 收藏 打印",
            };
            PlanHeadWriter.Paragraph(file, line, gap);
        }
        if (random.NextDouble() < 0.3)
            PlanHeadWriter.Paragraph(file, "【字体：大 中 小】【打印本页】【关闭窗口】", gap);
    }

    private static void Metadata(StringBuilder file, GeneratedPlan plan, string publisher, DateOnly published, Random random)
    {
        var bullet = random.NextDouble() < 0.4 ? "  • " : "";
        // Some sites print ASCII colons with a space after them (发布机构: 广东省卫生健康委员会).
        var colon = random.NextDouble() < 0.3 ? ": " : "：";
        var index = string.Create(CultureInfo.InvariantCulture, $"{random.Next(100000, 999999)}{random.Next(1000, 9999)}/{published.Year}-{random.Next(1, 99999):D5}");
        var lines = new List<string>
        {
            bullet.Length > 0 ? $"索引号{colon}{index}" : $"索 引 号{colon}{index}",
            $"发布机构{colon}{publisher}",
        };
        if (random.NextDouble() < 0.5)
            lines.Add($"名 称{colon}{plan.Title}");
        if (random.NextDouble() < 0.5)
            lines.Add($"主题分类{colon}政务公开");
        // A forwarding government's page lists its own notice, whose number the plan does not carry.
        if (plan.Dress.ForwardedBy is null)
            lines.Add(bullet.Length > 0 ? $"发文字号{colon}{plan.DocNumber}" : $"文 号{colon}{plan.DocNumber}");
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"发布日期{colon}{published:yyyy-MM-dd}"));
        foreach (var line in lines)
            file.Append(bullet).Append(line).Append('\n');
        file.Append('\n');
    }
}
