namespace SearchPlans.Ingest.Shapes;

/// <summary>Chooses the shape of a file by its structure, most specific first.</summary>
internal static class ShapeDetector
{
    private static readonly IPlanShape[] Shapes = [new TabTableShape(), new CellPerLineShape(), new ProseShape(), new Tables.DelimitedTableShape(), new Outline.OutlineShape()];

    public static (IPlanShape Shape, int BodyStart)? Detect(SourceText source)
    {
        foreach (var shape in Shapes)
            if (shape.FindBodyStart(source) is { } start)
                return (shape, start);
        return null;
    }
}
