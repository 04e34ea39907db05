namespace SearchPlans.Index;

/// <summary>Where the parts of an index folder live.</summary>
public static class IndexLayout
{
    public const string LuceneFolderName = "lucene";
    public const string CorpusFileName = "corpus.msgpack";

    public static string LuceneDirectory(string indexDirectory) => Path.Combine(indexDirectory, LuceneFolderName);

    public static string CorpusFile(string indexDirectory) => Path.Combine(indexDirectory, CorpusFileName);

    /// <summary>True when both parts are there; a build writes both before the folder takes this name.</summary>
    public static bool Exists(string indexDirectory) =>
        File.Exists(CorpusFile(indexDirectory)) && Directory.Exists(LuceneDirectory(indexDirectory));
}
