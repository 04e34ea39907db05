using SearchPlans.Localization;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Formats;

/// <summary>What a format reader took out of a file: the plan's blocks, and what lies around them.</summary>
/// <param name="FormatName">Said in place of an encoding ("Word document (.docx)").</param>
/// <param name="Blocks">The document's paragraphs and tables in reading order.</param>
internal sealed record ExtractedDocument(string FormatName, IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>Text of the file that is not the plan's (a portal's navigation, footer, related links), kept as remainder.</summary>
    public IReadOnlyList<string> Chrome { get; init; } = [];

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>What the reader of the format was unsure of or left out, for the file's warnings.</summary>
    public IReadOnlyList<EngineMessage> Warnings { get; init; } = [];
}
