using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>Builds an index folder (Lucene index plus saved corpus) from a corpus.</summary>
public static class IndexBuilder
{
    /// <summary>
    /// Writes the whole index as a new generation of the index folder and switches to it only when complete,
    /// so a build that fails or is killed half-way leaves the previous index searchable.
    /// </summary>
    public static void Build(Corpus corpus, string indexDirectory)
    {
        using var buildLock = BuildLock.Acquire(indexDirectory);
        var generation = IndexGenerations.Create(indexDirectory);
        try
        {
            Write(corpus, generation);
        }
        catch
        {
            IndexGenerations.Discard(generation);
            throw;
        }
        IndexGenerations.Publish(indexDirectory, generation);
    }

    private static void Write(Corpus corpus, string folder)
    {
        using (var directory = FSDirectory.Open(IndexLayout.LuceneDirectory(folder)))
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, IndexAnalyzer.Instance) { OpenMode = OpenMode.CREATE };
            using var writer = new IndexWriter(directory, config);
            foreach (var plan in corpus.Plans)
            {
                foreach (var requirement in plan.Requirements)
                    writer.UpdateDocument(new Term(IndexFields.Id, requirement.Id), RequirementDocument.Create(plan, requirement));
            }
            writer.Commit();
        }
        CorpusStore.Save(corpus, folder);
    }
}
