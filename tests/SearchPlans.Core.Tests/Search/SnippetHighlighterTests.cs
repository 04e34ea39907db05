using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>What Lucene's highlighter marks in a hit's text, and which window of a long text it shows.</summary>
public sealed class SnippetHighlighterTests
{
    // U+20000 (𠀀), outside the basic plane: two UTF-16 chars.
    private const string Astral = "\U00020000";

    private static Snippet Highlight(string query, string text) =>
        new SnippetHighlighter(PlanQueryParser.ParseUserQuery(query)).Build(text);

    private static string[] Marks(Snippet snippet) =>
        [.. snippet.Fragments.Where(f => f.Highlighted).Select(f => f.Text)];

    [Fact]
    public void Build_ShortText_KeepsAllOfItWithMarks()
    {
        var snippet = Highlight("解读", "做到及时解读、准确解读。");

        Assert.Equal(
            [new("做到及时", false), new("解读", true), new("、准确", false), new("解读", true), new("。", false)],
            snippet.Fragments);
        Assert.False(snippet.StartsMidText);
        Assert.False(snippet.EndsMidText);
    }

    [Fact]
    public void Build_Phrase_MarksThePhraseAndNotItsPartsAlone()
    {
        var snippet = Highlight("\"政策解读\"", "加强政策解读。政策文件要及时解读。");

        Assert.Equal(["政策解读"], Marks(snippet));
    }

    [Fact]
    public void Build_LongPhrase_MarksItWholeThoughTheQueryLeavesPairsOut()
    {
        var snippet = Highlight("\"政府信息公开\"", "做好政府信息公开工作，公开政府信息。");

        Assert.Equal(["政府信息公开"], Marks(snippet));
    }

    [Fact]
    public void Build_PairInsideAWord_MarksTheWholeWord()
    {
        // SmartCn reads 三同步 as one word (a domain term); the query's pair 同步 lies inside it.
        var snippet = Highlight("同步", "落实三同步工作机制。");

        Assert.Equal(["三同步"], Marks(snippet));
    }

    [Fact]
    public void Build_OneCharacterQuery_MarksTheWordsItIsIn()
    {
        var snippet = Highlight("县", "县政府办公室负责。");

        Assert.NotEmpty(Marks(snippet));
        Assert.All(Marks(snippet), mark => Assert.Contains("县", mark, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_FilterTerm_IsNotMarkedInTheText()
    {
        var snippet = Highlight("解读 AND unit:县政府办公室 AND jurisdiction:某市", "县政府办公室做好某市政策解读。");

        Assert.Equal(["解读"], Marks(snippet));
    }

    [Theory]
    [InlineData("政务*")]
    [InlineData("/政[务府]/")]
    public void Build_WildcardOrPattern_MarksTheWordsItMatched(string query)
    {
        var snippet = Highlight(query, "推进政务公开工作。");

        Assert.Equal(["政务"], Marks(snippet));
    }

    [Fact]
    public void Build_NotClause_IsNotMarked()
    {
        var snippet = Highlight("预算 NOT 试点", "预算公开试点。");

        Assert.Equal(["预算"], Marks(snippet));
    }

    [Fact]
    public void Build_TraditionalText_MarksTheWordAsPrinted()
    {
        var snippet = Highlight("信息公开", "推進政府資訊公開。政府信息公開平臺");

        Assert.Contains("信息公開", Marks(snippet));
    }

    [Fact]
    public void Build_QueryInsideADomainTerm_MarksTheWholeTerm()
    {
        // 应解读尽解读 is one word of the index (a term of topics.tsv that SmartCn cuts into 应|解读|尽|解读).
        var snippet = Highlight("解读", "做到应解读尽解读。");

        Assert.Equal(["应解读尽解读"], Marks(snippet));
    }

    [Fact]
    public void Build_LongText_ShowsAWindowAroundTheMatches()
    {
        var text = new string('甲', 200) + "解读" + new string('乙', 10) + "解读" + new string('丙', 200);

        var snippet = Highlight("解读", text);

        Assert.Equal(2, Marks(snippet).Length);
        Assert.True(snippet.StartsMidText);
        Assert.True(snippet.EndsMidText);
        Assert.InRange(snippet.Fragments.Sum(f => f.Text.Length), 14, 2 * SnippetHighlighter.Width);
    }

    [Fact]
    public void Build_NoTextTerms_ShowsTheStartUnmarked()
    {
        var text = new string('甲', 100) + Astral + new string('乙', 100);

        var snippet = Highlight("jurisdiction:某市", text);

        Assert.Empty(Marks(snippet));
        Assert.False(snippet.StartsMidText);
        Assert.True(snippet.EndsMidText);
        Assert.Equal(text[..SnippetHighlighter.Width], snippet.ToPlainText()[..^1]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Build_TextOutsideTheBasicPlane_NeverSplitsASurrogatePair(int shift)
    {
        var text = new string('甲', shift) + string.Concat(Enumerable.Repeat(Astral + "解读", 60));

        var snippet = Highlight("解读", text);

        Assert.NotEmpty(Marks(snippet));
        Assert.All(snippet.Fragments, f => Assert.True(IsWellFormed(f.Text), f.Text));
    }

    [Fact]
    public void Build_TextHoldingTheMarkCharacters_StillMarksOnlyMatches()
    {
        var snippet = Highlight("解读", "\uE000做到\uE001应解读");

        Assert.Equal(["解读"], Marks(snippet));
    }

    private static bool IsWellFormed(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && (i + 1 >= s.Length || !char.IsLowSurrogate(s[++i])))
                return false;
            if (char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1])))
                return false;
        }
        return true;
    }

    [Theory]
    [InlineData("同步", "落实三同步工作机制。")]
    [InlineData("\"政府信息公开\"", "做好政府信息公开工作，公开政府信息。")]
    [InlineData("年度报告", "按时发布政府信息公开工作年度报告，年度报告要全面反映工作情况。")]
    public void Build_WithTheIndexsStoredWords_GivesTheSnippetOfSegmentingAgain(string query, string text)
    {
        var words = FieldTokens.Analyse(IndexFields.Text, text).Tokens.Select(t => (t.Start, t.End)).ToList();
        var highlighter = new SnippetHighlighter(PlanQueryParser.ParseUserQuery(query));

        Assert.Equal(highlighter.Build(text).Fragments, highlighter.Build(text, words).Fragments);
        Assert.NotEmpty(Marks(highlighter.Build(text, words)));
    }
}
