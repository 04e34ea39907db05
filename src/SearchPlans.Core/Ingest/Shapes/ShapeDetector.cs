namespace SearchPlans.Ingest.Shapes;

/// <summary>
/// Chooses the shape of a file by its structure, most specific first: the seeds' tab tables with known headers, cells
/// behind tabs, prose with inline unit markers; then any flattened table, any numbered outline, and paragraphs.
/// </summary>
internal static class ShapeDetector
{
    private static readonly IPlanShape[] Shapes = [new TabTableShape(), new CellPerLineShape(), new ProseShape(), new Tables.DelimitedTableShape(), new Outline.OutlineShape(), new ParagraphShape()];

    public static (IPlanShape Shape, int BodyStart)? Detect(SourceText source)
    {
        foreach (var shape in Shapes)
            if (shape.FindBodyStart(source) is { } start)
                return (shape, start);
        return null;
    }
}
