namespace SearchPlans.Generate.Writers;

/// <summary>The 总体要求 paragraph prose plans open with, before the first numbered section (State Council, Tianjin, Sichuan).</summary>
internal static class PlanPreamble
{
    public static string Paragraph(GeneratedPlan plan, Random random)
    {
        var opening = $"{plan.Year}年，{plan.Jurisdiction.Name}政务公开工作要以习近平新时代中国特色社会主义思想为指导，坚持以人民为中心的发展思想，" +
            "以公开促落实、促规范、促服务，进一步提升政务公开质量和实效。";
        return opening + random.Next(3) switch
        {
            0 => "重点做好以下工作：",
            1 => $"现就{plan.Year}年政务公开重点工作安排如下：",
            _ => "",
        };
    }
}
