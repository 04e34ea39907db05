using SearchPlans.Search;
using SearchPlans.Search.Budget;

namespace SearchPlans.Tests.Search;

/// <summary>
/// Query notes are kinds with arguments, and their English is the sentence the command line and the API have always
/// printed, word for word, so scripts reading them see no change.
/// </summary>
public sealed class QueryNoteEnglishTests
{
    [Theory]
    [InlineData("\"政策解读", "Closed the quote left open: searched the phrase to the end of the query.")]
    [InlineData("政策 and 解读", "Read “and” as the operator AND; put it in quotes (\"and\") to search for the word.")]
    [InlineData("政策 OR", "Left out OR: it joins nothing at the end of the query.")]
    [InlineData("AND 政策", "Left out AND: it joins nothing at the start of the query.")]
    [InlineData("政策 AND OR 解读", "Left out AND: it joins nothing there.")]
    [InlineData("政策) 解读", "Left out a closing bracket that closes nothing.")]
    [InlineData("(政策 OR 解读", "Closed the bracket left open.")]
    public void Sentence_ARepair_IsTheSentenceItAlwaysWas(string query, string sentence)
    {
        var (_, notes) = QueryRepair.Repair(query);

        Assert.Contains(sentence, notes.Select(QueryNoteEnglish.Sentence));
    }

    [Fact]
    public void Sentence_AColonAfterAWord_NamesTheWordAndTheFields()
    {
        var note = Assert.Single(QueryRepair.Repair("目标:值").Notes);

        Assert.Equal(QueryNoteKind.ColonAsText, note.Kind);
        Assert.Equal("目标", note.Arguments[0]);
        Assert.StartsWith("Read “目标:” as text: 目标 is not a field (the fields are text, jurisdiction, ", QueryNoteEnglish.Sentence(note), StringComparison.Ordinal);
    }

    [Fact]
    public void Sentence_ARelaxedNote_CountsInTheSingularAndListsEachTermWithItsWords()
    {
        var one = new QueryNote(QueryNoteKind.Relaxed, "1") { Terms = [new("解读材料同步发布", ["解读", "材料", "同步", "发布"]), new("abc", ["a", "bc"])] };

        Assert.Equal("Only 1 requirement holds every word of “解读材料同步发布” (解读 材料 同步 发布), “abc” (a bc) or of a variant; "
            + "also showing those that lack some of the words, after them.", QueryNoteEnglish.Sentence(one));
        Assert.StartsWith("Only 3 requirements hold every word of", QueryNoteEnglish.Sentence(one with { Arguments = ["3"] }), StringComparison.Ordinal);
    }

    [Fact]
    public void Message_AnUnknownField_IsTheSentenceItAlwaysWasAndNamesTheField()
    {
        var e = Assert.Throws<QuerySyntaxException>(() => PlanQueryParser.ParseUserQuery("colour:red"));

        Assert.Equal(new QueryNote(QueryNoteKind.UnknownField, "colour:red", "colour", "text, jurisdiction, year, level, province, unit, lead, section, deadline, number, plan, id"), e.Note);
        Assert.Equal("The query \"colour:red\" could not be read: unknown field \"colour\". Write words, \"a phrase\", AND, OR, NOT, and field:value with one of: "
            + "text, jurisdiction, year, level, province, unit, lead, section, deadline, number, plan, id.", e.Message);
    }

    [Fact]
    public void Message_ATooCostlyPattern_KeepsItsLiteralBraces()
    {
        var e = AutomatonBudget.TooLarge(QueryNoteKind.PatternMoreStatesBackwards, "/a.*b/", 64);

        Assert.Equal("The pattern \"/a.*b/\" is too costly to search for: it would build an automaton of more than 64 states read backwards. "
            + "Use fewer ? after a *, smaller {n,m} repetitions, or plain words.", e.Message);
    }

    [Fact]
    public void Repair_TheSameMistakeTwice_IsNotedOnce()
    {
        var (_, notes) = QueryRepair.Repair("目标: 目标:");

        Assert.Single(notes);
    }

    [Fact]
    public void Sentence_EveryKind_HasEnglish()
    {
        Assert.All(Enum.GetValues<QueryNoteKind>(), kind =>
            Assert.NotEmpty(QueryNoteEnglish.Sentence(kind == QueryNoteKind.Relaxed ? new QueryNote(kind, "1") { Terms = [new("a", ["a"])] } : new QueryNote(kind, "1", "2", "3"))));
    }
}
