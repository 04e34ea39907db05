namespace SearchPlans.Model;

/// <summary>A range of lines in the source file, 1-based and inclusive at both ends.</summary>
public readonly record struct SourceSpan(int StartLine, int EndLine)
{
    public static SourceSpan Line(int line) => new(line, line);

    public SourceSpan Union(SourceSpan other) =>
        new(Math.Min(StartLine, other.StartLine), Math.Max(EndLine, other.EndLine));

    public override string ToString() => StartLine == EndLine ? $"{StartLine}" : $"{StartLine}-{EndLine}";
}
