using SearchPlans.Compare;

namespace SearchPlans.Core.Tests.Compare;

public class SemanticCleanupTests
{
    [Fact]
    public void Apply_LoneCharacterEqualBetweenChanges_FoldsIntoOneChange()
    {
        var cleaned = SemanticCleanup.Apply(
        [
            DiffStretch.Equal("推进", "推进"),
            DiffStretch.Change("完善", "健全"),
            DiffStretch.Equal("的", "的"),
            DiffStretch.Change("制度", "机制"),
            DiffStretch.Equal("建设。", "建设。"),
        ]);

        Assert.Equal(
        [
            DiffStretch.Equal("推进", "推进"),
            DiffStretch.Change("完善的制度", "健全的机制"),
            DiffStretch.Equal("建设。", "建设。"),
        ], cleaned);
    }

    [Fact]
    public void Apply_FoldingGrowsAChange_FoldsTheEqualBeforeItToo()
    {
        // 和和 sits beside a one-character change, so it only folds once the 的 after it has
        // joined that change and the next into one of five characters.
        var cleaned = SemanticCleanup.Apply(
        [
            DiffStretch.Change("甲乙丙", "子丑寅"),
            DiffStretch.Equal("和和", "和和"),
            DiffStretch.Change("丁", "戊"),
            DiffStretch.Equal("的", "的"),
            DiffStretch.Change("己庚辛", "壬癸卯"),
        ]);

        Assert.Equal([DiffStretch.Change("甲乙丙和和丁的己庚辛", "子丑寅和和戊的壬癸卯")], cleaned);
    }

    [Fact]
    public void Apply_EqualLongerThanTwoCharacters_StaysEqual()
    {
        List<DiffStretch> stretches =
        [
            DiffStretch.Change("完善", "健全"),
            DiffStretch.Equal("工作的", "工作的"),
            DiffStretch.Change("制度", "机制"),
        ];

        Assert.Equal(stretches, SemanticCleanup.Apply(stretches));
    }

    [Fact]
    public void Apply_ShortEqualAtEitherEnd_StaysEqual()
    {
        List<DiffStretch> stretches =
        [
            DiffStretch.Equal("在", "在"),
            DiffStretch.Change("完善", "健全"),
            DiffStretch.Equal("。", "。"),
        ];

        Assert.Equal(stretches, SemanticCleanup.Apply(stretches));
    }

    [Fact]
    public void Apply_SupplementaryCharacter_CountsAsOneCharacter()
    {
        // 𠀋 is two UTF-16 units; counted by chars it would be too long to fold beside one-character changes.
        var cleaned = SemanticCleanup.Apply(
        [
            DiffStretch.Change("甲", "乙"),
            DiffStretch.Equal("𠀋", "𠀋"),
            DiffStretch.Change("丙", "丁"),
        ]);

        Assert.Equal([DiffStretch.Change("甲𠀋丙", "乙𠀋丁")], cleaned);
    }

    [Fact]
    public void Merge_NeighboursOfOneKindAndEmptyStretches_JoinsAndDrops()
    {
        var merged = SemanticCleanup.Merge(
        [
            DiffStretch.Equal("政务", "政務"),
            DiffStretch.Equal("公开", "公開"),
            DiffStretch.Change(string.Empty, string.Empty),
            DiffStretch.Change("工作", string.Empty),
            DiffStretch.Change(string.Empty, "要点"),
        ]);

        Assert.Equal([DiffStretch.Equal("政务公开", "政務公開"), DiffStretch.Change("工作", "要点")], merged);
    }
}
