using SearchPlans.Model;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>河源's plan as read from its portal page, which links the plan's documents as attachments (附件).</summary>
public sealed class AttachmentSite() : IndexedSite([.. Read(SeedsPath).Where(p => p.Id == Plan).Select(p => p with
{
    Attachments = [new Attachment("河源市2022年政务公开工作要点分工方案.docx", "https://www.heyuan.gov.cn/attachment/0/P020220613.docx"),
        new Attachment("附件2<script>.xls", "javascript:alert(1)"), new Attachment("附件3.pdf", "./P020220613.pdf")],
})])
{
    public const string Plan = "heyuan-2022";
}

public sealed class PlanAttachmentsTests(AttachmentSite site) : IClassFixture<AttachmentSite>
{
    [Fact]
    public async Task A_plan_page_lists_the_attachments_its_web_page_links()
    {
        var page = await Page.Get(site.CreateClient(), "/plans/" + AttachmentSite.Plan);

        Assert.Contains("<dt>Attachments</dt>", page.Html);
        Assert.Contains("<a href=\"https://www.heyuan.gov.cn/attachment/0/P020220613.docx\" rel=\"noopener noreferrer nofollow\">河源市2022年政务公开工作要点分工方案.docx</a>", page.Html);
        Assert.Contains("附件3.pdf <span class=\"muted\">./P020220613.pdf</span>", page.Html);
    }

    [Fact]
    public async Task The_attachments_are_named_in_Chinese_on_the_Chinese_page()
    {
        var page = await Page.Get(site.CreateClient(), "/plans/" + AttachmentSite.Plan + "?lang=zh-CN");

        Assert.Contains("<dt>附件</dt>", page.Html);
    }

    [Fact]
    public async Task An_attachment_address_that_is_not_a_web_address_is_shown_as_text_never_as_a_link()
    {
        var page = await Page.Get(site.CreateClient(), "/plans/" + AttachmentSite.Plan);

        Assert.DoesNotContain("href=\"javascript:", page.Html);
        Assert.Contains("附件2&lt;script&gt;.xls", page.Html);
    }
}
