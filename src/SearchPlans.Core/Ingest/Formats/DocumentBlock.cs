namespace SearchPlans.Ingest.Formats;

/// <summary>A piece of a document as its format lays it out, in reading order.</summary>
internal abstract record DocumentBlock;

/// <summary>A paragraph (a heading, a line of a notice, a numbered task).</summary>
internal sealed record ParagraphBlock(string Text) : DocumentBlock;

/// <summary>
/// A table as rows of cells on the table's grid. A cell merged over several rows or columns holds its text in its
/// first row and column and "" in the others, so every row the cell spans reads it as the merged value above,
/// as the reader reads a blank table cell, and its text is counted once.
/// </summary>
internal sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
