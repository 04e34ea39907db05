using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class WordSegmenterTests
{
    private readonly WordSegmenter segmenter = new();

    [Fact]
    public void Segment_QuotedTerm_GivesWordsAndPunctuationWithOffsets()
    {
        Assert.Equal(
        [
            new("落实", 0, 2, true), new("“", 2, 3, false), new("三", 3, 4, true), new("同步", 4, 6, true),
            new("”", 6, 7, false), new("，", 7, 8, false), new("IPv6", 8, 12, true),
        ], segmenter.Segment("落实“三同步”，IPv6"));
    }

    [Fact]
    public void Segment_TraditionalText_KeepsOriginalCharactersInPieces()
    {
        Assert.Equal(
            [new("政府", 0, 2, true), new("資訊", 2, 4, true), new("公開", 4, 6, true), new("平臺", 6, 8, true)],
            segmenter.Segment("政府資訊公開平臺"));
    }

    [Fact]
    public void Segment_SupplementaryIdeographs_NeverSplitsSurrogatePair()
    {
        Assert.Equal(
            [new("𠀋", 0, 2, true), new("𠀋", 2, 4, true), new(" ", 4, 5, false), new("😀", 5, 7, true), new("字", 7, 8, true)],
            segmenter.Segment("𠀋𠀋 😀字"));
    }

    [Fact]
    public void Segment_EverySeedLine_RoundTripsExactly()
    {
        foreach (var line in SeedLines.All)
        {
            AssertTiles(line, segmenter.Segment(line));
        }
    }

    [Fact]
    public void Segment_RandomText_TilesTextWithoutSplittingCharacters()
    {
        foreach (var text in RandomText.Strings(seed: 7, count: 1000))
        {
            AssertTiles(text, segmenter.Segment(text));
        }
    }

    [Fact]
    public void Segment_EmptyText_GivesNoPieces()
    {
        Assert.Empty(segmenter.Segment(string.Empty));
    }

    [Fact]
    public void Terms_TraditionalFullWidthText_GivesFoldedLowerCaseWords()
    {
        Assert.Equal(["政府", "资讯", "公开", "平台", "ipv6"], segmenter.Terms("政府資訊公開平臺（ＩＰｖ６）"));
    }

    [Fact]
    public void Terms_SeedLines_EqualIcuWordsAnalyzerTokensAndSegmentWords()
    {
        foreach (var line in SeedLines.All.Take(100))
        {
            var terms = segmenter.Terms(line);

            Assert.Equal(AnalyzedToken.Terms(PlanAnalyzers.IcuWords, line), terms);
            Assert.Equal(
                segmenter.Segment(line).Where(p => p.IsWord).Select(p => TextFolding.Fold(p.Text).ToLowerInvariant()),
                terms);
        }
    }

    private static void AssertTiles(string text, IReadOnlyList<WordToken> pieces)
    {
        Assert.Equal(text, string.Concat(pieces.Select(p => p.Text)));
        var offset = 0;
        foreach (var piece in pieces)
        {
            Assert.Equal(offset, piece.Start);
            Assert.Equal(text[piece.Start..piece.End], piece.Text);
            Assert.NotEmpty(piece.Text);
            Assert.False(piece.Start > 0 && char.IsLowSurrogate(text[piece.Start]) && char.IsHighSurrogate(text[piece.Start - 1]));
            offset = piece.End;
        }
    }
}
