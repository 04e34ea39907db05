namespace SearchPlans.Model;

/// <summary>One work plan (工作要点 or 分工方案) as read from one file.</summary>
/// <param name="Id">Stable, readable id derived from content: jurisdiction in pinyin and year.</param>
/// <param name="SourceName">The file it was read from (for messages only; nothing depends on the name).</param>
public sealed record Plan(
    string Id,
    string Title,
    Jurisdiction Jurisdiction,
    int? Year,
    string? DocNumber,
    string? Issuer,
    DateOnly? Issued,
    IReadOnlyList<CitedDocument> Cites,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyList<RemainderPiece> Remainder,
    string SourceName)
{
    /// <summary>The attachments (附件) the plan's web page links; empty for every other format.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];
}
