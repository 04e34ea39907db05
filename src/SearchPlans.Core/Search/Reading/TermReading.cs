namespace SearchPlans.Search.Reading;

/// <summary>One plain term of a query, read: its words, its other readings, and whether it looks like an id.</summary>
internal sealed record TermReading(string Text, IReadOnlyList<string> Words, IReadOnlyList<Alternative> Alternatives, bool IdLike)
{
    public IReadOnlyList<IReadOnlyList<string>> Slots => [.. Words.Select(w => (IReadOnlyList<string>)[w])];

    /// <summary>True when one more word of it may go missing at <paramref name="relaxation"/>.</summary>
    public bool RelaxableAt(int relaxation) =>
        !IdLike && QueryContext.Required(Words, relaxation) < QueryContext.Required(Words, relaxation - 1);
}
