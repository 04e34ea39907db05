using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPlans.Analysis;
using SearchPlans.Index;
using SearchPlans.Tests.Search;

namespace SearchPlans.Tests.Index;

/// <summary>The words' offsets the index stores beside each text, which snippets read instead of segmenting the text again.</summary>
public sealed class StoredWordsTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static readonly WordSegmenter Words = new(PlanAnalyzers.Words);

    [Fact]
    public void EveryIndexedText_StoresTheWordsSegmentingItGives()
    {
        using var directory = FSDirectory.Open(IndexLayout.LuceneDirectory(IndexLayout.Resolve(seeds.IndexPath)));
        using var reader = DirectoryReader.Open(directory);

        Assert.True(reader.NumDocs > 200);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var document = reader.Document(doc);
            var text = document.Get(IndexFields.StoredText);
            var stored = StoredWords.Decode(document.GetBinaryValue(IndexFields.StoredWords), text.Length);

            Assert.NotNull(stored);
            Assert.Equal(Words.Segment(text), WordSegmenter.Pieces(text, stored));
        }
    }

    [Fact]
    public void Decode_GivesBackWhatWasEncoded()
    {
        (int, int)[] words = [(0, 2), (2, 4), (5, 300), (300, 302)];

        Assert.Equal(words, StoredWords.Decode(new BytesRef(StoredWords.Encode(words)), textLength: 302));
    }

    [Fact]
    public void Decode_BytesReadAtAnOffset_ReadsOnlyTheirOwn()
    {
        var encoded = StoredWords.Encode([(1, 3)]);
        var padded = new byte[] { 0xFF, 0xFF }.Concat(encoded).Concat(new byte[] { 0x80 }).ToArray();

        Assert.Equal([(1, 3)], StoredWords.Decode(new BytesRef(padded, 2, encoded.Length), textLength: 3));
    }

    [Theory]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0x02, 0x03 })]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0xFF, 0xFF, 0xFF, 0xFF, 0x07 })]
    public void Decode_CutOrPastTheText_GivesNothingSoTheTextIsSegmentedInstead(byte[] stored) =>
        Assert.Null(StoredWords.Decode(new BytesRef(stored), textLength: 4));

    [Fact]
    public void Decode_NothingStored_GivesNothing() => Assert.Null(StoredWords.Decode(null, textLength: 4));
}
