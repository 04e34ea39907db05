namespace SearchPlans.Ingest.Head;

/// <summary>What the masthead and cover letter before the body say about the plan.</summary>
internal sealed record PlanHead(string? Title, string? NoticeTitle, string? Issuer, string? DocNumber, DateOnly? Issued);
