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
internal sealed record Alternative(IReadOnlyList<IReadOnlyList<string>> Slots, VariantKind Kind, IReadOnlyList<string> Shown, bool RankingOnly = false, float Weight = 1f)
{
    /// <summary>The slots as one written phrase, when every slot has one option.</summary>
    public string? Phrase => Slots.All(s => s.Count == 1) ? string.Concat(Slots.Select(s => s[0])) : null;
}
