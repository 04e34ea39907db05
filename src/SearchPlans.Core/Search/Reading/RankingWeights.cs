namespace SearchPlans.Search.Reading;

/// <summary>
/// How much each kind of evidence weighs, declared once. Tuned on the tune split of the judged queries
/// (tests/SearchPlans.Core.Tests/Search/Relevance), never on the held-out split; docs/search-relevance.md has the sweep.
/// </summary>
/// <remarks>Fields rather than constants only so the tuning harness can vary them; nothing else writes them.</remarks>
internal static class RankingWeights
{
    /// <summary>BM25's term-frequency saturation: how soon a word said again stops adding.</summary>
    public static float K1 = 1.2f;

    /// <summary>
    /// BM25's length normalisation: how much a long requirement's words are discounted. Full: a short requirement that
    /// says the subject is about it, where a long one mentions it among others (tune split 0.859 against 0.854 at 0.75),
    /// and shorter hits cost the snippets less.
    /// </summary>
    public static float B = 1f;

    /// <summary>A query word found in the section heading, against the requirement's own text.</summary>
    public static float Section = 0.5f;

    /// <summary>
    /// A word held by more than this share of the texts is looked for in the text and the place only, not in the
    /// headings, criteria and units, which would make a common word match nearly everything at a high cost.
    /// </summary>
    public static float DistinctiveShare = 0.05f;

    /// <summary>
    /// A word in the places (jurisdiction, province, title) of more than this share of the requirements says nothing of
    /// where (政府, of every 人民政府's title, is in more than half): it is looked for in the text only. A province's
    /// name stays below it.
    /// </summary>
    public static float PlaceShare = 1f / 3;

    /// <summary>A query word found in the 评价标准 criteria.</summary>
    public static float Criteria = 0.3f;

    /// <summary>A query word found in the responsible-units cell.</summary>
    public static float Units = 0.3f;

    /// <summary>A query word found in the plan's jurisdiction, province or title.</summary>
    public static float Place = 0.3f;

    /// <summary>The whole term written as typed, on top of its words.</summary>
    public static float Phrase = 1.5f;

    /// <summary>A reading of a variant (年报 for 年度报告), against the literal reading.</summary>
    public static float Variant = 0.6f;

    /// <summary>A reading that puts another term of the typed term's topic in its place (惠企 → 涉企, 减税降费).</summary>
    public static float TopicSibling = 0.4f;

    /// <summary>A requirement or plan id typed as the query.</summary>
    public static float Id = 10f;

    /// <summary>In the best matches, a query word that is a whole word of the text (SmartCn's), on top of the first pass.</summary>
    public static float WholeWord = 1f;

    /// <summary>In the best matches, the words near one another and in order.</summary>
    public static float Near = 0.5f;

    /// <summary>How far apart, in bigram positions (about characters), words still count as near.</summary>
    public static int NearSlop = 8;

    /// <summary>
    /// In the best matches, the words in the text's opening (<see cref="LeadPositions"/>): what it is about. Off: it
    /// gained 0.004 on the tune split for a span query on every search.
    /// </summary>
    public static float Lead = 0f;

    /// <summary>How far into the text, in bigram positions (about characters), its opening runs.</summary>
    public static int LeadPositions = 24;

    /// <summary>
    /// In the best matches, a term's every word as typed: far above any other evidence, so each variant, and each
    /// match lacking a word, ranks below what holds the term as typed.
    /// </summary>
    public static float Literal = 100f;

    /// <summary>
    /// In the best matches, the term written as typed outside the text's lists (<see cref="Index.Enumerations"/>), on
    /// top of <see cref="Literal"/>: what a requirement is about ranks above what names the term among a list's items,
    /// and both above a variant. Tune split 0.857 → 0.863 (flat from 10 to 100; 5: 0.859).
    /// </summary>
    public static float Focus = 20f;

    /// <summary>How much the second pass over the best matches weighs against the first.</summary>
    public static float Rescore = 1f;
}
