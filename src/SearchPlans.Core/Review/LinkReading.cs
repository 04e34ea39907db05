namespace SearchPlans.Review;

/// <summary>
/// One of the corpus's links by its place in <see cref="Model.Corpus.Links"/>, read from its source's side or, when
/// <paramref name="Reversed"/>, from its target's. Eight bytes, so an ordering of every link costs no link copies.
/// </summary>
public readonly record struct LinkReading(int Index, bool Reversed);
