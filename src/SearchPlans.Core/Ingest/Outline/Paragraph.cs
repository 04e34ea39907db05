namespace SearchPlans.Ingest.Outline;

/// <summary>Source lines joined into one paragraph, with the lines they came from.</summary>
internal sealed record Paragraph(string Text, int FirstLine, int LastLine);
