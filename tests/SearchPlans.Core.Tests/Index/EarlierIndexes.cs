using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPlans.Index;

namespace SearchPlans.Tests;

/// <summary>Indexes as earlier versions of SearchPlans wrote them. Shared with the CLI tests (linked into that project).</summary>
internal static class EarlierIndexes
{
    /// <summary>Makes a built index look written before phrases skipped pairs: the same commit without the analysis version.</summary>
    public static void MarkAsWrittenByTheFirstAnalysis(string indexPath)
    {
        using var directory = FSDirectory.Open(IndexLayout.LuceneDirectory(IndexLayout.Resolve(indexPath)));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, IndexAnalyzer.Instance) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(new Dictionary<string, string>());
        writer.Commit();
    }
}
