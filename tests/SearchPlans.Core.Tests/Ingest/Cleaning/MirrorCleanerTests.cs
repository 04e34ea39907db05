using SearchPlans.Ingest.Cleaning;

namespace SearchPlans.Tests.Ingest.Cleaning;

public class MirrorCleanerTests
{
    [Fact]
    public void PinyinAfterCharacters_IsRemovedAndReturned()
    {
        var cleaned = MirrorCleaner.Clean("政務公開(kāi)工作(zuò)要點");
        Assert.Equal(("政務公開工作要點", "(kāi)(zuò)"), (cleaned.Text, cleaned.Removed));
    }

    [Fact]
    public void LettersInBracketsWithoutToneMarks_AreTheAuthors()
    {
        Assert.Equal("附件(PDF)和清单(a)", MirrorCleaner.Clean("附件(PDF)和清单(a)").Text);
    }

    [Fact]
    public void SpacesInsideWordsThroughoutAFile_AreRemoved()
    {
        var extracted = string.Concat(Enumerable.Repeat("全 面贯彻党的十九大精 神，坚持以人民为中 心深化政务公开。\n", 4));
        Assert.DoesNotContain(" ", MirrorCleaner.Clean(extracted).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OneSpaceBetweenWords_IsKept()
    {
        Assert.Equal("2022年政务公开工作要点 分工方案", MirrorCleaner.Clean("2022年政务公开工作要点 分工方案").Text);
    }
}
