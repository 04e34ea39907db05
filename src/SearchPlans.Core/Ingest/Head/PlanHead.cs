namespace SearchPlans.Ingest.Head;

/// <summary>What the masthead, the page's fields and the cover letters before the body say about the plan.</summary>
/// <param name="Issuer">The masthead's body (XX文件).</param>
/// <param name="NoticeIssuer">Who issues the notice nearest the plan (XX关于印发…的通知): for a forwarded plan, its own government.</param>
/// <param name="Publisher">The page's 发布机构 / 发文机关 / 制定机关 field.</param>
/// <param name="Signatory">The body that signs the notice, on the line before its date.</param>
/// <param name="PageSource">The page's 来源 field: the site that posted it, which may have forwarded it.</param>
internal sealed record PlanHead(
    string? Title, string? NoticeTitle, string? Issuer, string? DocNumber, DateOnly? Issued,
    string? NoticeIssuer = null, string? Publisher = null, string? Signatory = null, string? PageSource = null)
{
    /// <summary>Notices before the one that issues the plan: a lower government forwarding it (…关于转发…的通知).</summary>
    public IReadOnlyList<string> ForwardingNotices { get; init; } = [];

    /// <summary>The year a web page's fields give (发布时间, or the 索引号 of the disclosure catalogue): the last resort for the plan's year.</summary>
    public int? PageYear { get; init; }

    /// <summary>The bodies the head names, most telling first, after the masthead.</summary>
    public IEnumerable<string> NamedBodies => new[] { NoticeIssuer, Publisher, Signatory, PageSource }.OfType<string>();

    /// <summary>
    /// The body that issued the plan: the masthead's, else the one whose notice issues it, the page's 发文机关 field
    /// or the notice's signature. The page's 来源 is left out: it names the site that posted the page. Folded to
    /// Simplified script, as jurisdictions are, so 山東省人民政府辦公廳 and 山东省人民政府办公厅 are one issuer.
    /// </summary>
    public string? IssuingBody => (Issuer ?? NoticeIssuer ?? Publisher ?? Signatory) is { } body ? Analysis.TextFolding.Fold(body) : null;
}
