using SearchPlans.Tests.Web.Pages;

namespace SearchPlans.Tests.Web.Localization;

/// <summary>
/// What the seeds never bring up, walked in both languages on the corpora that do: a requirement's earlier and later
/// years (two years of 河源), the plans a plan carries out and cites (a province and a city full of markup), and a
/// plan's attachments.
/// </summary>
public sealed class TwoYearsLanguageTests(TwoYearsSite site) : IClassFixture<TwoYearsSite>
{
    [Theory]
    [InlineData("/requirements/heyuan-2023-1")]
    [InlineData("/requirements/heyuan-2022-1")]
    [InlineData("/requirements/heyuan-2023-26")]
    [InlineData("/plans/heyuan-2023")]
    [InlineData("/plans/heyuan-2022")]
    [InlineData("/compare?a=heyuan-2022&b=heyuan-2023")]
    [InlineData("/matrix")]
    public Task A_page_of_a_plans_years_is_in_one_language(string url) => InterfaceText.AssertBothLanguages(site, url);
}

public sealed class PlanReferencesLanguageTests(HostileSite site) : IClassFixture<HostileSite>
{
    [Theory]
    [InlineData("/plans/" + HostileSite.CityPlan)]
    [InlineData("/plans/" + HostileSite.ProvincePlan)]
    [InlineData("/requirements/" + HostileSite.CityPlan + "-1")]
    [InlineData("/compare?a=" + HostileSite.CityPlan + "&b=" + HostileSite.ProvincePlan)]
    public Task A_page_of_plans_that_cite_one_another_is_in_one_language(string url) => InterfaceText.AssertBothLanguages(site, url);
}

public sealed class AttachmentsLanguageTests(AttachmentSite site) : IClassFixture<AttachmentSite>
{
    [Fact]
    public Task A_plan_with_attachments_is_in_one_language() => InterfaceText.AssertBothLanguages(site, "/plans/" + AttachmentSite.Plan);
}
