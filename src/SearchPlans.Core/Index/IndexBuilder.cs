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
    public static void Build(Corpus corpus, string indexDirectory) => Build(corpus, indexDirectory, AnalysedDocuments.DefaultThreads);

    /// <summary>As <see cref="Build(Corpus, string)"/>, analysing text on <paramref name="analysisThreads"/> threads.</summary>
    /// <param name="analysisThreads">Threads analysing beside the writing thread; 0 lets the writing thread analyse each
    /// document as it adds it, as every build did before SmartCn. The bench builds both ways to show the difference.</param>
    public static void Build(Corpus corpus, string indexDirectory, int analysisThreads) => Build(corpus, indexDirectory, analysisThreads, MaxBufferMB);

    /// <summary>As <see cref="Build(Corpus, string, int)"/>, each writer flushing past <paramref name="maxBufferMB"/> of buffer.</summary>
    internal static void Build(Corpus corpus, string indexDirectory, int analysisThreads, double maxBufferMB)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(analysisThreads);
        using var buildLock = BuildLock.Acquire(indexDirectory);
        var generation = IndexGenerations.Create(indexDirectory);
        try
        {
            Write(corpus, generation, analysisThreads, maxBufferMB);
        }
        catch
        {
            IndexGenerations.Discard(generation);
            throw;
        }
        IndexGenerations.Publish(indexDirectory, generation);
    }

    /// <summary>
    /// Writes a new generation that differs from the current one only in the documents of the named plans: the
    /// current generation's segments are copied (Lucene segments never change once written), the named plans'
    /// documents deleted, and those still in the corpus written again. The corpus, with its links, is saved whole.
    /// </summary>
    /// <param name="changedPlanIds">Plans added, replaced or removed since the current generation was written.</param>
    public static void Update(Corpus corpus, string indexDirectory, IReadOnlySet<string> changedPlanIds)
    {
        using var buildLock = BuildLock.Acquire(indexDirectory);
        var current = IndexLayout.Resolve(indexDirectory);
        if (!IndexLayout.IsComplete(current))
            throw new DirectoryNotFoundException($"No index in \"{indexDirectory}\" to update; build one with `searchplans index`.");
        var generation = IndexGenerations.Create(indexDirectory);
        try
        {
            CopyFiles(IndexLayout.LuceneDirectory(current), IndexLayout.LuceneDirectory(generation));
            var vocabulary = CorpusVocabulary.Read(Path.Combine(current, CorpusVocabulary.FileName));
            using (var directory = FSDirectory.Open(IndexLayout.LuceneDirectory(generation)))
            {
                AnalysisVersion.Check(DirectoryReader.ListCommits(directory)[^1], indexDirectory);
                var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, IndexAnalyzer.Instance) { OpenMode = OpenMode.APPEND, Similarity = IndexAnalyzer.Similarity };
                using var writer = new IndexWriter(directory, config);
                foreach (var id in changedPlanIds)
                    writer.DeleteDocuments(new Term(IndexFields.Plan, id));
                AnalysedDocuments.AddAll(writer, RequirementsOf(corpus.Plans.Where(p => changedPlanIds.Contains(p.Id))), AnalysedDocuments.DefaultThreads, vocabulary);
                writer.SetCommitData(AnalysisVersion.CommitData);
                writer.Commit();
            }
            CorpusStore.Save(corpus, generation);
            WriteVariants(vocabulary, Units.UnitClusterer.Cluster(corpus), generation);
        }
        catch
        {
            IndexGenerations.Discard(generation);
            throw;
        }
        IndexGenerations.Publish(indexDirectory, generation);
    }

    /// <summary>
    /// The corpus's words and the variants derived from them and from its units, beside the index
    /// (<see cref="VariantList"/>): the searcher reads the variants, the next update adds to the words. The units
    /// are kept too (<see cref="UnitDirectoryFile"/>), for a server to read instead of clustering them again.
    /// </summary>
    private static void WriteVariants(CorpusVocabulary vocabulary, Units.UnitDirectory units, string folder)
    {
        UnitDirectoryFile.Write(units, folder);
        vocabulary.Write(Path.Combine(folder, CorpusVocabulary.FileName));
        VariantList.Derive(vocabulary, units).Write(Path.Combine(folder, VariantList.FileName));
    }

    private static void CopyFiles(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    // The Lucene index and the stored corpus are separate files, written side by side: the stored corpus is mostly
    // links, and at 500,000 requirements it took a fifth of the build when it was written after the Lucene index.
    private static void Write(Corpus corpus, string folder, int analysisThreads, double maxBufferMB)
    {
        var storing = Task.Run(() => CorpusStore.Save(corpus, folder));
        // The units are clustered while the index is written: the variants need both.
        var clustering = Task.Run(() => Units.UnitClusterer.Cluster(corpus));
        try
        {
            var vocabulary = new CorpusVocabulary();
            WriteLucene(corpus, folder, analysisThreads, maxBufferMB, vocabulary);
            WriteVariants(vocabulary, clustering.GetAwaiter().GetResult(), folder);
        }
        finally
        {
            // A failed build discards the folder: never while the store is still writing into it.
            Task.WaitAny(storing);
            Task.WaitAny(clustering);
        }
        storing.GetAwaiter().GetResult();
    }

    // Documents go in plan by plan, in the corpus's order, and merges join only neighbouring segments (Lucene's
    // default merges any, reordering documents as the merge threads' timing falls), so the index keeps that order
    // and equal scores rank the same way in every build.
    //
    // One IndexWriter inverts documents on one thread, which with the text, heading, criteria and place fields was
    // most of a large build; a large corpus is cut into one run of plans a core, each written on its own thread into a
    // folder of its own, and the runs' segments are then added to the index in the corpus's order (AddIndexes copies
    // segments, it does not reorder them).
    private static void WriteLucene(Corpus corpus, string folder, int analysisThreads, double maxBufferMB, CorpusVocabulary vocabulary)
    {
        var runs = PlanRuns(corpus.Plans, Environment.ProcessorCount);
        using var directory = FSDirectory.Open(IndexLayout.LuceneDirectory(folder));
        if (runs.Count == 1)
        {
            WriteRun(directory, runs[0], Segments, analysisThreads, maxBufferMB, vocabulary);
            return;
        }
        var runFolders = runs.Select((_, i) => Path.Combine(folder, $"run-{i}")).ToList();
        try
        {
            // Each run's writer analyses its own documents: the runs keep every core busy.
            Parallel.For(0, runs.Count, new ParallelOptions { MaxDegreeOfParallelism = runs.Count }, i =>
            {
                using var runDirectory = FSDirectory.Open(runFolders[i]);
                WriteRun(runDirectory, runs[i], Math.Max(1, Segments / runs.Count), analysisThreads: 0, maxBufferMB, vocabulary);
            });
            using var writer = new IndexWriter(directory, Config(OpenMode.CREATE));
            var parts = runFolders.Select(f => (Lucene.Net.Store.Directory)FSDirectory.Open(f)).ToArray();
            try
            {
                writer.AddIndexes(parts);
            }
            finally
            {
                foreach (var part in parts)
                    part.Dispose();
            }
            writer.SetCommitData(AnalysisVersion.CommitData);
            writer.Commit();
        }
        finally
        {
            foreach (var runFolder in runFolders.Where(System.IO.Directory.Exists))
                System.IO.Directory.Delete(runFolder, recursive: true);
        }
    }

    // The writer flushes a segment every share of the run's requirements rather than every 16 MB of buffer: a search
    // pays for each query term in each segment (its weight seeks the term, its scorer opens the postings), which with
    // dozens of small segments cost more than matching, and few segments of equal size never need merging. A share of
    // a large corpus no longer fits the buffer, which stays the same whatever the corpus (issue 26): the writer then
    // flushes by buffer, and the run's segments are merged down to its share of the count at the end, neighbours
    // only, so the documents keep their order.
    private static void WriteRun(Lucene.Net.Store.Directory directory, IReadOnlyList<Plan> plans, int segments, int analysisThreads, double maxBufferMB, CorpusVocabulary vocabulary)
    {
        var requirements = plans.Sum(p => p.Requirements.Count);
        var config = Config(OpenMode.CREATE);
        config.MaxBufferedDocs = Math.Max(MinSegmentDocs, (requirements + segments - 1) / segments);
        config.RAMBufferSizeMB = maxBufferMB;
        using var writer = new IndexWriter(directory, config);
        AnalysedDocuments.AddAll(writer, RequirementsOf(plans), analysisThreads, vocabulary);
        writer.ForceMerge(segments);
        writer.SetCommitData(AnalysisVersion.CommitData);
        writer.Commit();
    }

    private static IndexWriterConfig Config(OpenMode mode) => new(LuceneVersion.LUCENE_48, IndexAnalyzer.Instance)
    {
        OpenMode = mode,
        MergePolicy = new LogByteSizeMergePolicy(),
        Similarity = IndexAnalyzer.Similarity,
    };

    // Neighbouring plans in at most `count` runs of about as many requirements each; a corpus too small to need more
    // than one segment is one run.
    private static List<IReadOnlyList<Plan>> PlanRuns(IReadOnlyList<Plan> plans, int count)
    {
        var total = plans.Sum(p => p.Requirements.Count);
        if (count < 2 || total < 2 * MinSegmentDocs)
            return [plans];
        var runs = new List<IReadOnlyList<Plan>>();
        var current = new List<Plan>();
        long taken = 0;
        foreach (var plan in plans)
        {
            current.Add(plan);
            taken += plan.Requirements.Count;
            if (runs.Count < count - 1 && taken >= (double)total * (runs.Count + 1) / count)
            {
                runs.Add(current);
                current = [];
            }
        }
        if (current.Count > 0)
            runs.Add(current);
        return runs;
    }

    /// <summary>
    /// How many segments a full build writes: one for each core a search reads side by side
    /// (<see cref="Search.LeafSlices"/>), each holding one run's requirements. A search pays for every query term in
    /// every segment (its weights seek the term, its scorers open the postings and a phrase's scorer its buffers):
    /// on 523,138 requirements, two segments against four took a tenth less CPU per search and a third less memory for
    /// the queries of two terms (docs/performance.md, 2026-12-07, evening).
    /// </summary>
    internal static readonly int Segments = Environment.ProcessorCount;

    // A small index is one segment.
    private const int MinSegmentDocs = 20_000;

    // A segment is flushed early past this much buffer, whatever its count, so what the writers hold does not grow
    // with the corpus (Lucene counts under 800 bytes a buffered requirement: docs/performance.md, issue 26).
    private const double MaxBufferMB = 256;

    private static IEnumerable<(Plan, Requirement)> RequirementsOf(IEnumerable<Plan> plans) =>
        plans.SelectMany(plan => plan.Requirements.Select(requirement => (plan, requirement)));
}
