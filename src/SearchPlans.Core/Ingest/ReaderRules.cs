using SearchPlans.Analysis;
using SearchPlans.Ingest.Head;
using SearchPlans.Ingest.Rows;
using SearchPlans.Ingest.Shapes;
using SearchPlans.Model;

namespace SearchPlans.Ingest;

/// <summary>
/// What the reader will make of a piece of text, asked from outside: the rules <see cref="PlanIngester"/> applies,
/// for programs that write plans the reader must read back exactly (the corpus generator).
/// </summary>
public static class ReaderRules
{
    /// <summary>The id the reader gives a plan of that jurisdiction and year (heyuan-2022).</summary>
    public static string PlanId(Jurisdiction jurisdiction, int? year) => PlanIdMaker.Make(jurisdiction, year);

    /// <summary>The id the reader gives the second of two plans that would share an id: the id and a key of its content.</summary>
    public static string DisambiguatedPlanId(Plan plan) => PlanIds.SuffixedId(plan);

    /// <summary>Whether the text ends a sentence (。；！？ and their kin), so a line break after it ends a paragraph.</summary>
    public static bool EndsSentence(string text) => SentenceEnd.IsComplete(text);

    /// <summary>The outline level of the ordinal a title opens with (一、 is 1, （一） is 2); null when it opens with none.</summary>
    public static int? SectionOrdinalLevel(string title) => SectionOrdinal.LevelOf(title);

    /// <summary>The items the reader splits a table cell into.</summary>
    public static IReadOnlyList<string> ItemsOfCell(string cell) => ItemSplitter.Split(cell);

    /// <summary>Whether the text holds a unit marker the prose reader takes for the end of a requirement (（牵头单位：…）).</summary>
    public static bool HasUnitMarker(string text) => UnitMarker.Pattern().IsMatch(TextFolding.Fold(text));
}
