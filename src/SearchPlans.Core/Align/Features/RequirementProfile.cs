namespace SearchPlans.Align.Features;

/// <summary>What alignment knows about one requirement: its folded text and the pieces evidence is built from.</summary>
/// <param name="Index">Position in the corpus-wide list, used by candidate postings.</param>
/// <param name="Chars">Folded text with punctuation and space removed: what LCS and n-grams run on.</param>
/// <param name="Bigrams">Distinct character bigrams of <see cref="Chars"/>.</param>
/// <param name="Words">Folded words from the segmenter, with counts.</param>
/// <param name="Numbers">Numbers as printed in the text (4%, 12345, 30日).</param>
/// <param name="Documents">Named documents (《…》 titles).</param>
/// <param name="SectionWords">Words of the section titles, for context.</param>
/// <param name="Topics">The topics the text names (<see cref="TopicLexicon"/>), in the list's order.</param>
/// <param name="SubjectWords">
/// The words of the first clause, up to the first comma or full stop: where a requirement names what it is about
/// (年报, 公共企事业单位信息公开专栏) before the clauses that say how.
/// </param>
public sealed record RequirementProfile(
    int Index,
    string RequirementId,
    string PlanId,
    string Chars,
    IReadOnlySet<string> Bigrams,
    IReadOnlyDictionary<string, int> Words,
    IReadOnlySet<string> Numbers,
    IReadOnlySet<string> Documents,
    IReadOnlySet<string> SectionWords,
    IReadOnlyList<string> Topics,
    IReadOnlySet<string> SubjectWords);
