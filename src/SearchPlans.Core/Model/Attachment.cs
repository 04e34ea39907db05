namespace SearchPlans.Model;

/// <summary>A file a plan's web page links as its attachment (附件): the plan itself or its 分工方案 as Word, PDF or a spreadsheet.</summary>
/// <param name="Name">The link's text as the page shows it.</param>
/// <param name="Address">The link's address as the page wrote it (often relative to the page).</param>
public sealed record Attachment(string Name, string Address);
