using Lucene.Net.Index;
using SearchPlans.Localization;

namespace SearchPlans.Index;

/// <summary>
/// Which analysis wrote an index's terms and positions, kept in the user data of each Lucene commit. Queries are
/// built for the analysis of this version (phrases skip pairs because runs of text are kept apart), so an index
/// written by another must be rebuilt, neither searched nor added to.
/// </summary>
public static class AnalysisVersion
{
    private const string Key = "searchplans.analysis";

    /// <summary>
    /// 6: a text that lists something has its text without the lists as well (<see cref="IndexFields.FocusBigrams"/>).
    /// 5: each requirement is tagged with the topics its text words (<see cref="IndexFields.Topics"/>). 4: the text fields hold the requirement's own text, with criteria, section titles and the plan's place in fields
    /// of their own, scored by BM25, and the folder holds the variants derived from the corpus (3: SmartCn's words with
    /// the domain's terms whole; 2: ICU's dictionary words; runs of bigrams <see cref="Analysis.RunGapFilter.Gap"/>
    /// positions apart since 2). Indexes without the key are 1.
    /// </summary>
    public const string Current = "6";

    internal static IDictionary<string, string> CommitData => new Dictionary<string, string> { [Key] = Current };

    /// <summary>Checks the current generation of an index folder without opening a searcher on it.</summary>
    /// <exception cref="IndexVersionException">The index was written by another analysis; the message names the folder.</exception>
    public static void Check(string indexDirectory)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(IndexLayout.LuceneDirectory(IndexLayout.Resolve(indexDirectory)));
        Check(DirectoryReader.ListCommits(directory)[^1], indexDirectory);
    }

    /// <exception cref="IndexVersionException">The commit was written by another analysis; the message names the folder.</exception>
    internal static void Check(IndexCommit commit, string indexDirectory)
    {
        var version = commit.UserData.TryGetValue(Key, out var written) ? written : "1";
        if (version != Current)
            throw new IndexVersionException(new EngineMessage(
                "The index in \"{0}\" was written by another version of SearchPlans (analysis {1}; this one reads {2}); build it again with `searchplans index`.",
                indexDirectory, version, Current));
    }
}

/// <summary>An index written by another version of SearchPlans, which this one cannot read: not damaged, but to be rebuilt.</summary>
public sealed class IndexVersionException(EngineMessage reason) : IOException(reason.English)
{
    /// <summary>The message, for an interface to word in its reader's language.</summary>
    public EngineMessage Reason { get; } = reason;
}
