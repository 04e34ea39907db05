using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class SnippetTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private Snippet SnippetOf(string query, string id) =>
        index.Searcher.Search(new SearchRequest(query, Limit: 100)).Hits.Single(h => h.Id == id).Snippet;

    private static string[] Highlighted(Snippet snippet) =>
        snippet.Fragments.Where(f => f.Highlighted).Select(f => f.Text).ToArray();

    [Fact]
    public void Snippet_OverlappingBigramMatches_MergeIntoOneWholeWordMark()
    {
        var snippet = SnippetOf("三同步", SampleCorpus.Heyuan + "-26");

        Assert.Contains(new SnippetFragment("三同步", true), snippet.Fragments);
    }

    [Fact]
    public void Snippet_WordQuery_MarksWholeWordsOnly()
    {
        var snippet = SnippetOf("解读", SampleCorpus.Conghua + "-1-1-2");

        Assert.NotEmpty(Highlighted(snippet));
        Assert.All(Highlighted(snippet), text => Assert.Equal("解读", text));
    }

    [Fact]
    public void Snippet_MatchInCriteria_ShowsTheCriterion_LabelledAsCriteria()
    {
        // Only a criterion says 关联公开; the text says 三同步's wordings (同步组织), so 三同步 marks the text.
        var snippet = SnippetOf("关联公开", SampleCorpus.Conghua + "-1-1-2");

        Assert.Equal(SnippetSource.Criteria, snippet.Source);
        Assert.StartsWith(Snippet.CriteriaLabel, snippet.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("是否【关联公开】", snippet.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("\n", snippet.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("<span class=\"snippet-source\">", snippet.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_MatchInTheText_NeverShowsTheCriteria()
    {
        var snippet = SnippetOf("解读", SampleCorpus.Conghua + "-1-1-2");

        Assert.Equal(SnippetSource.Text, snippet.Source);
        Assert.DoesNotContain("评价", snippet.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_TextUnderOneAndAHalfWidths_IsShownWholeWithTheMatchNearItsEnd()
    {
        // 168 characters: the fragmenter starts a second window only with half a width of text left for it.
        var snippet = SnippetOf("针对性", SampleCorpus.Heyuan + "-26");

        Assert.False(snippet.StartsMidText);
        Assert.False(snippet.EndsMidText);
        Assert.EndsWith("提高解读【针对性】。", snippet.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_FilterOnlyQuery_ShowsTheStartUnmarked()
    {
        var snippet = SnippetOf("jurisdiction:河源市", SampleCorpus.Heyuan + "-26");

        Assert.Empty(Highlighted(snippet));
        Assert.False(snippet.StartsMidText);
        Assert.StartsWith("落实《广东省政府系统政策解读工作细则", snippet.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_Ellipses_MarkLeftOutText()
    {
        var snippet = new Snippet([new("做到", false), new("解读", true)], StartsMidText: true, EndsMidText: true);

        Assert.Equal("…做到【解读】…", snippet.ToPlainText());
    }

    [Fact]
    public void ToHtml_Text_IsEncodedAndMarksUseMarkElements()
    {
        var snippet = new Snippet([new("<b>&", false), new("解读", true)], false, false);

        Assert.Equal("&lt;b&gt;&amp;<mark>解读</mark>", snippet.ToHtml());
    }

    [Fact]
    public void ToAnsi_Marks_AreColouredAndReset()
    {
        var snippet = new Snippet([new("做到", false), new("解读", true)], false, false);

        Assert.Equal("做到\u001b[1;31m解读\u001b[0m", snippet.ToAnsi());
    }

    [Fact]
    public void ToPlainText_ControlCharacters_BecomeSpaces()
    {
        var snippet = new Snippet([new("一\n二\u001b", false)], false, false);

        Assert.Equal("一 二 ", snippet.ToPlainText());
    }
}
