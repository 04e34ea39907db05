using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPlans.Index;

namespace SearchPlans.Tests.Search;

/// <summary>
/// The sample corpus indexed, then updated twice: three segments, two of them with deletions, read by a plain Lucene
/// searcher with the index's similarity (or by the engine's own, from <see cref="Folder"/>). For tests of what must behave alike however the index is cut.
/// </summary>
internal sealed class ThreeSegmentIndex : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FSDirectory directory;

    public ThreeSegmentIndex()
    {
        var corpus = SampleCorpus.Create();
        var index = Folder = folder.Combine("index");
        IndexBuilder.Build(corpus, index);
        // Each update adds a segment.
        IndexBuilder.Update(corpus, index, new HashSet<string> { corpus.Plans[0].Id });
        IndexBuilder.Update(corpus, index, new HashSet<string> { corpus.Plans[^1].Id, corpus.Plans[1].Id });
        directory = FSDirectory.Open(IndexLayout.LuceneDirectory(IndexLayout.Resolve(index)));
        Reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(Reader) { Similarity = IndexAnalyzer.Similarity };
    }

    /// <summary>The index folder, for searchers of the engine's own.</summary>
    public string Folder { get; }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
        folder.Dispose();
    }
}
