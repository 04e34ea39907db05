using SearchPlans.Ingest.Rows;

namespace SearchPlans.Ingest.Shapes;

/// <summary>One way plans lay out their requirements, recognised by structure, never by file name.</summary>
internal interface IPlanShape
{
    string Name { get; }

    /// <summary>The first line of the body (table header or first section), or null when the file is not of this shape.</summary>
    int? FindBodyStart(SourceText source);

    /// <summary>Reads the body's rows; anything that is not a row is kept in the context's remainder.</summary>
    IReadOnlyList<BodyRow> ReadBody(IngestContext context, int firstLine, int lastLine);
}
