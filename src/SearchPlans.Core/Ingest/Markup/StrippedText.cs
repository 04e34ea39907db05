namespace SearchPlans.Ingest.Markup;

/// <summary>Text with markup removed, and the markup characters that were removed (kept for the no-text-lost check).</summary>
public readonly record struct StrippedText(string Text, string RemovedMarkup);
