using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class SnippetBuilderTests
{
    // U+20000 (𠀀), outside the basic plane: two UTF-16 chars.
    private const string Astral = "\U00020000";

    [Fact]
    public void Build_ShortText_KeepsAllOfItWithMarks()
    {
        var snippet = SnippetBuilder.Build("做到应解读尽解读。", [new TextRange(3, 5), new TextRange(6, 8)]);

        Assert.Equal(
            [new("做到应", false), new("解读", true), new("尽", false), new("解读", true), new("。", false)],
            snippet.Fragments);
        Assert.False(snippet.StartsMidText);
        Assert.False(snippet.EndsMidText);
    }

    [Fact]
    public void Build_LongText_PicksTheWindowWithMostMarks()
    {
        var text = new string('甲', 200) + "解读" + new string('乙', 10) + "解读" + new string('丙', 200);

        var snippet = SnippetBuilder.Build(text, [new TextRange(10, 12), new TextRange(200, 202), new TextRange(212, 214)], width: 60);

        Assert.Equal(2, snippet.Fragments.Count(f => f.Highlighted));
        Assert.True(snippet.StartsMidText);
        Assert.True(snippet.EndsMidText);
        Assert.Equal(60, snippet.Fragments.Sum(f => f.Text.Length));
    }

    [Fact]
    public void Build_WindowStart_SnapsToTheSentenceBeforeTheMark()
    {
        var text = new string('甲', 100) + "。乙乙乙解读" + new string('丙', 100);

        var snippet = SnippetBuilder.Build(text, [new TextRange(104, 106)], width: 40);

        Assert.StartsWith("…乙乙乙【解读】", snippet.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Build_TextOutsideTheBasicPlane_NeverSplitsASurrogatePair(int shift)
    {
        var text = new string('甲', shift) + string.Concat(Enumerable.Repeat(Astral + "解读", 60));
        var marks = Enumerable.Range(0, 60).Select(i => new TextRange(shift + i * 4 + 2, shift + i * 4 + 4)).ToArray();

        for (var width = 10; width < 30; width++)
        {
            var snippet = SnippetBuilder.Build(text, marks, width);

            Assert.All(snippet.Fragments, f => Assert.True(IsWellFormed(f.Text), $"split pair at width {width}: {f.Text}"));
        }
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
}
