namespace SearchPlans.Index;

/// <summary>
/// Where the parts of an index live. An index folder holds numbered generations (g000001, g000002…), each a
/// complete Lucene index with its saved corpus, and a CURRENT file naming the one to read. A build writes a new
/// generation and switches CURRENT to it only when the generation is complete, so a reader always finds a whole
/// index, whenever a build is stopped.
/// </summary>
public static class IndexLayout
{
    public const string LuceneFolderName = "lucene";
    public const string CorpusFileName = "corpus.msgpack";
    public const string CurrentFileName = "CURRENT";

    /// <summary>Written last into a generation: without it the generation is a build that did not finish.</summary>
    public const string CompleteMarkerName = "COMPLETE";

    public static string LuceneDirectory(string generationDirectory) => Path.Combine(generationDirectory, LuceneFolderName);

    public static string CorpusFile(string generationDirectory) => Path.Combine(generationDirectory, CorpusFileName);

    /// <summary>True when the index folder has a complete generation to read.</summary>
    public static bool Exists(string indexDirectory) => IsComplete(Resolve(indexDirectory));

    /// <summary>
    /// The folder to read: the generation CURRENT names; else (CURRENT lost or naming a generation that is not
    /// there) the newest complete generation; else the index folder itself, for an index written before
    /// generations or a bare folder holding a corpus file.
    /// </summary>
    public static string Resolve(string indexDirectory)
    {
        var named = IndexGenerations.ReadCurrent(indexDirectory);
        if (named is not null && IsComplete(named))
            return named;
        return IndexGenerations.Complete(indexDirectory).LastOrDefault() ?? indexDirectory;
    }

    internal static bool IsComplete(string folder) =>
        File.Exists(CorpusFile(folder)) && Directory.Exists(LuceneDirectory(folder))
        && (File.Exists(Path.Combine(folder, CompleteMarkerName)) || !IndexGenerations.IsGenerationName(Path.GetFileName(folder)));
}
