using SearchPlans.Index;

namespace SearchPlans.Search.Reading;

/// <summary>
/// Another reading of a term: slots of words that must all appear, each slot satisfied by any of its options (a
/// topic's wordings), ranked below the literal reading.
/// </summary>
/// <param name="Slots">The words, in order; a slot of several options matches any of them.</param>
/// <param name="Kind">Where the variant comes from.</param>
/// <param name="Shown">What the user is told was also searched.</param>
/// <param name="RankingOnly">True when it finds nothing the literal reading does not (a reversed compound holds the same words): it only ranks its phrase.</param>
/// <param name="Weight">How much a match of it counts against a match of what was typed (below 1).</param>
/// <param name="Varied">The slots that hold the variant's own words; the others are words of the term as typed.</param>
/// <param name="Topic">For a topic's wordings, the topic: the index tags what words it (<see cref="IndexFields.Topics"/>).</param>
internal sealed record Alternative(IReadOnlyList<IReadOnlyList<string>> Slots, VariantKind Kind, IReadOnlyList<string> Shown, bool RankingOnly = false, float Weight = 1f,
    IReadOnlySet<int>? Varied = null, string? Topic = null)
{
    /// <summary>True when the slot holds the variant's own words.</summary>
    public bool IsVaried(int slot) => Varied is null || Varied.Contains(slot);

    /// <summary>The variant's own words, as a snippet may mark them.</summary>
    public IEnumerable<string> OwnWords => Slots.Where((_, i) => IsVaried(i)).SelectMany(s => s);

    /// <summary>The slots as one written phrase, when every slot has one option.</summary>
    public string? Phrase => Slots.All(s => s.Count == 1) ? string.Concat(Slots.Select(s => s[0])) : null;
}
