using SearchPlans.Compare;
using SearchPlans.Core.Tests.Analysis;
using SearchPlans.Tests;

namespace SearchPlans.Core.Tests.Compare;

public class WordDifferTests
{
    private readonly WordDiffer differ = new();

    [Fact]
    public void Diff_HeyuanAgainstJiangmenOnDecisionFeedback_ReplacesWholeWordsAndKeepsRestEqual()
    {
        var heyuan = Seeds.Heyuan.Item("28").Text;
        var jiangmen = Seeds.Jiangmen.Item("9").Text;
        var (before, after) = Split(heyuan, "不予以");

        var diff = differ.Diff(heyuan, jiangmen);

        // The segmenter reads 不|予以 on the left and 不予 on the right: the change is the words
        // as cut, never a lone 以.
        Assert.Equal([new(DiffKind.Equal, before), new(DiffKind.Deleted, "不予以"), new(DiffKind.Equal, after)], diff.Left);
        Assert.Equal([new(DiffKind.Equal, before), new(DiffKind.Inserted, "不予"), new(DiffKind.Equal, after)], diff.Right);
        Assert.Equal(
            [new(DiffKind.Equal, before), new(DiffKind.Deleted, "不予以"), new(DiffKind.Inserted, "不予"), new(DiffKind.Equal, after)],
            diff.Inline);
    }

    [Fact]
    public void Diff_HeyuanAgainstJiangmenOnCoordination_ReplacesWholeWordAndDeletesDroppedSentence()
    {
        var diff = differ.Diff(Seeds.Heyuan.Item("13").Text, Seeds.Jiangmen.Item("4").Text);

        Assert.Equal(
        [
            new(DiffKind.Equal, "加强疫情防控信息发布工作协调，强化政府系统内部信息整合，形成多方"),
            new(DiffKind.Deleted, "协调"),
            new(DiffKind.Equal, "的工作合力，统一步调对外发声"),
            new(DiffKind.Deleted, "。行政机关向社会公开发布的信息，要与上级单位下达的工作指令保持一致"),
            new(DiffKind.Equal, "。"),
        ], diff.Left);
        Assert.Equal(
        [
            new(DiffKind.Equal, "加强疫情防控信息发布工作协调，强化政府系统内部信息整合，形成多方"),
            new(DiffKind.Inserted, "协同"),
            new(DiffKind.Equal, "的工作合力，统一步调对外发声。"),
        ], diff.Right);
        Assert.Equal(
            [DiffKind.Equal, DiffKind.Deleted, DiffKind.Inserted, DiffKind.Equal, DiffKind.Deleted, DiffKind.Equal],
            diff.Inline.Select(p => p.Kind));
    }

    [Fact]
    public void Diff_HeyuanHalfWidthCommasAgainstFullWidth_IsNoChange()
    {
        var heyuan = Seeds.Heyuan.Item("21").Text;
        var fullWidth = heyuan.Replace(',', '，');
        Assert.Contains(',', heyuan);

        var diff = differ.Diff(heyuan, fullWidth);

        Assert.Equal([new DiffPiece(DiffKind.Equal, heyuan)], diff.Left);
        Assert.Equal([new DiffPiece(DiffKind.Equal, fullWidth)], diff.Right);
        Assert.Equal(1, diff.Similarity);
    }

    [Fact]
    public void Diff_FullWidthBracketsAndTraditional_ShowsEachSideAsPrinted()
    {
        var diff = differ.Diff("（政務公開）", "(政务公开)");

        Assert.Equal([new DiffPiece(DiffKind.Equal, "（政務公開）")], diff.Left);
        Assert.Equal([new DiffPiece(DiffKind.Equal, "(政务公开)")], diff.Right);
    }

    [Fact]
    public void Diff_SupplementaryIdeographChanged_ReplacesWholeCharacter()
    {
        var diff = differ.Diff("推进𠀋公开", "推进𠀌公开");

        Assert.Equal([new(DiffKind.Equal, "推进"), new(DiffKind.Deleted, "𠀋"), new(DiffKind.Equal, "公开")], diff.Left);
        Assert.Equal([new(DiffKind.Equal, "推进"), new(DiffKind.Inserted, "𠀌"), new(DiffKind.Equal, "公开")], diff.Right);
    }

    [Fact]
    public void Diff_IdenticalTexts_IsOneEqualPieceWithSimilarityOne()
    {
        var text = Seeds.Heyuan.Item("28").Text;

        var diff = differ.Diff(text, text);

        Assert.Equal([new DiffPiece(DiffKind.Equal, text)], diff.Left);
        Assert.Equal([new DiffPiece(DiffKind.Equal, text)], diff.Right);
        Assert.Equal([new DiffPiece(DiffKind.Equal, text)], diff.Inline);
        Assert.Equal(1, diff.Similarity);
    }

    [Fact]
    public void Diff_TwoEmptyTexts_IsEmptyWithSimilarityOne()
    {
        var diff = differ.Diff(string.Empty, string.Empty);

        Assert.Empty(diff.Left);
        Assert.Empty(diff.Right);
        Assert.Equal(1, diff.Similarity);
    }

    [Fact]
    public void Diff_TotallyDifferentTexts_HasNoEqualPiece()
    {
        var diff = differ.Diff("加强疫情防控", "完善制度和规范流程");

        Assert.Equal([new DiffPiece(DiffKind.Deleted, "加强疫情防控")], diff.Left);
        Assert.Equal([new DiffPiece(DiffKind.Inserted, "完善制度和规范流程")], diff.Right);
        Assert.Equal(0, diff.Similarity);
    }

    [Fact]
    public void Diff_ChangesSharingOnlyACommaOrA和_FoldsTheLoneEqualIntoTheChanges()
    {
        var comma = differ.Diff("制度，流程", "规范，服务");
        var and = differ.Diff("完善制度和规范流程", "加强监督和优化服务");

        Assert.Equal([new DiffPiece(DiffKind.Deleted, "制度，流程")], comma.Left);
        Assert.Equal([new DiffPiece(DiffKind.Inserted, "规范，服务")], comma.Right);
        Assert.Equal([new DiffPiece(DiffKind.Deleted, "完善制度和规范流程")], and.Left);
        Assert.Equal([new DiffPiece(DiffKind.Inserted, "加强监督和优化服务")], and.Right);
        // Similarity is measured before the cleanup: the comma was matched.
        Assert.Equal(0.2, comma.Similarity, precision: 10);
    }

    [Fact]
    public void Diff_SharedWordLongerThanTheChangesAroundIt_StaysEqual()
    {
        var diff = differ.Diff("市政务网", "县政务站");

        Assert.Equal([new(DiffKind.Deleted, "市"), new(DiffKind.Equal, "政务"), new(DiffKind.Deleted, "网")], diff.Left);
        Assert.Equal([new(DiffKind.Inserted, "县"), new(DiffKind.Equal, "政务"), new(DiffKind.Inserted, "站")], diff.Right);
    }

    [Fact]
    public void Diff_SeedLinePairs_EachSideConcatenatesToItsText()
    {
        var lines = SeedLines.All.Where(line => line.Length > 20).Take(201).ToList();
        foreach (var (left, right) in lines.Zip(lines.Skip(1)))
        {
            AssertCovers(left, right, differ.Diff(left, right));
        }
    }

    [Fact]
    public void Diff_RandomText_NeverSplitsASurrogatePair()
    {
        var texts = RandomText.Strings(seed: 11, count: 600).ToList();
        foreach (var (left, right) in texts.Zip(texts.Skip(1)))
        {
            var diff = differ.Diff(left, right);

            AssertCovers(left, right, diff);
            AssertNoSplitPair(left, diff.Left);
            AssertNoSplitPair(right, diff.Right);
        }
    }

    private static void AssertCovers(string left, string right, WordDiff diff)
    {
        Assert.Equal(left, string.Concat(diff.Left.Select(p => p.Text)));
        Assert.Equal(right, string.Concat(diff.Right.Select(p => p.Text)));
        Assert.DoesNotContain(diff.Left, p => p.Kind == DiffKind.Inserted || p.Text.Length == 0);
        Assert.DoesNotContain(diff.Right, p => p.Kind == DiffKind.Deleted || p.Text.Length == 0);
        Assert.Equal(right, string.Concat(diff.Inline.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
        Assert.Equal(
            diff.Left.Where(p => p.Kind == DiffKind.Deleted).Select(p => p.Text),
            diff.Inline.Where(p => p.Kind == DiffKind.Deleted).Select(p => p.Text));
        Assert.InRange(diff.Similarity, 0, 1);
    }

    private static void AssertNoSplitPair(string text, IReadOnlyList<DiffPiece> pieces)
    {
        var offset = 0;
        foreach (var piece in pieces.SkipLast(1))
        {
            offset += piece.Text.Length;
            Assert.False(char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]), $"split at {offset} in \"{text}\"");
        }
    }

    private static (string Before, string After) Split(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{word}\" not in the seed text");
        return (text[..at], text[(at + word.Length)..]);
    }
}
