using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>Builds an index folder (Lucene index plus saved corpus) from a corpus.</summary>
public static class IndexBuilder
{
    /// <summary>
    /// Writes the whole index into a fresh sibling folder and only then moves it into place,
    /// so a build that fails half-way leaves the previous index as it was.
    /// </summary>
    public static void Build(Corpus corpus, string indexDirectory)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexDirectory));
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The index cannot be a root folder.", nameof(indexDirectory));
        System.IO.Directory.CreateDirectory(parent);

        var staging = SiblingName(target, "building");
        try
        {
            Write(corpus, staging);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
        SwapIntoPlace(staging, target);
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

    private static void SwapIntoPlace(string staging, string target)
    {
        if (!System.IO.Directory.Exists(target))
        {
            System.IO.Directory.Move(staging, target);
            return;
        }

        var retired = SiblingName(target, "old");
        System.IO.Directory.Move(target, retired);
        try
        {
            System.IO.Directory.Move(staging, target);
        }
        catch
        {
            System.IO.Directory.Move(retired, target);
            TryDelete(staging);
            throw;
        }
        TryDelete(retired);
    }

    private static string SiblingName(string target, string purpose) =>
        $"{target}.{purpose}-{Guid.NewGuid().ToString("N")[..8]}";

    // Cleanup is best effort: a leftover temporary folder is harmless, and the original error matters more.
    private static void TryDelete(string folder)
    {
        try
        {
            if (System.IO.Directory.Exists(folder))
                System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
