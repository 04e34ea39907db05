using Lucene.Net.Index;

namespace SearchPlans.Index;

/// <summary>
/// Which analysis wrote an index's terms and positions, kept in the user data of each Lucene commit. Queries are
/// built for the analysis of this version (phrases skip pairs because runs of text are kept apart), so an index
/// written by another must be rebuilt, neither searched nor added to.
/// </summary>
internal static class AnalysisVersion
{
    private const string Key = "searchplans.analysis";

    /// <summary>2: runs of bigrams are <see cref="Analysis.RunGapFilter.Gap"/> positions apart. Indexes without the key are 1.</summary>
    public const string Current = "2";

    public static IDictionary<string, string> CommitData => new Dictionary<string, string> { [Key] = Current };

    /// <exception cref="InvalidDataException">The commit was written by another analysis; the message names the folder.</exception>
    public static void Check(IndexCommit commit, string indexDirectory)
    {
        var version = commit.UserData.TryGetValue(Key, out var written) ? written : "1";
        if (version != Current)
            throw new InvalidDataException(
                $"The index in \"{indexDirectory}\" was written by another version of SearchPlans (analysis {version}; this one reads {Current}); " +
                "build it again with `searchplans index`.");
    }
}
