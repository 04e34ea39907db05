namespace SearchPlans.Tools.Bench;

/// <summary>The whole bench run, as written to JSON (field names are a contract for scripts comparing runs).</summary>
internal sealed record BenchReport(
    BenchMachine Machine,
    int Seed,
    string Links,
    IReadOnlyList<SizeReport> Sizes,
    GrowthReport Growth,
    AlignmentPeerReport AlignmentPeer);

internal sealed record BenchMachine(int Cores, string Os, string Runtime);

/// <summary>One corpus size: how long each stage took, how fast, how much memory, and the peer's figures.</summary>
/// <param name="LuceneWriterAnalysesSeconds">Writing the same index again with the writing thread analysing each document, as before analysis had threads of its own.</param>
/// <param name="IndexSeconds">Reading the files plus writing the Lucene index and stored corpus (links excluded).</param>
/// <param name="BuildPeakMb">Peak resident set of the process that read, linked and indexed the corpus (and nothing else).</param>
/// <param name="ServingResidentMb">Resident set of a process running the web app over the index once it has answered the query mix.</param>
/// <param name="ServingStartSeconds">From starting that web app to its first answered search.</param>
/// <param name="ServingHeapMb">Managed heap held by an open searcher plus the loaded corpus with its links, after a full GC.</param>
/// <param name="LineageRecall">Share of the generator's true parent–child pairs that alignment linked.</param>
internal sealed record SizeReport(
    int Plans,
    int Requirements,
    double InputMb,
    double IngestSeconds,
    double LuceneSeconds,
    double LuceneWriterAnalysesSeconds,
    double IndexSeconds,
    double IndexMbPerSecond,
    double RequirementsPerSecond,
    double LinkSeconds,
    int Links,
    double LineageRecall,
    double IndexSizeMb,
    double BuildPeakMb,
    double ServingResidentMb,
    double ServingStartSeconds,
    double ServingHeapMb,
    QueryReport Queries,
    SqliteReport Sqlite);

/// <summary>Latencies over the whole mix and per kind, in milliseconds, on a warm searcher.</summary>
internal sealed record QueryReport(Latency All, IReadOnlyDictionary<string, Latency> ByKind);

/// <summary>SQLite FTS5 (trigram) on the same corpus and queries.</summary>
/// <param name="Top10Overlap">Mean share of our top-10 hits that SQLite's top 10 also holds, over the ranked queries.</param>
internal sealed record SqliteReport(double BuildSeconds, double SizeMb, Latency Latency, double Top10Overlap);

/// <summary>The fitted exponent of each cost over the sizes (1 linear, 2 quadratic, 0 flat).</summary>
/// <param name="BuildPeak">Of the build's peak resident set.</param>
/// <param name="ServingResident">Of the web app's resident set.</param>
internal sealed record GrowthReport(double? Ingest, double? Lucene, double? Link, double? QueryP50, double? ServingHeap, double? BuildPeak, double? ServingResident);

/// <summary>All-pairs alignment against rare-bigram candidates on a small corpus.</summary>
/// <param name="RecallLost">Share of the all-pairs links that the candidate generator's run does not have.</param>
internal sealed record AlignmentPeerReport(
    int Plans,
    int Requirements,
    double AllPairsSeconds,
    double CandidatesSeconds,
    double TimeRatio,
    int AllPairsLinks,
    int CandidateLinks,
    double RecallLost,
    double EquivalentRecallLost,
    double LineageRecallAllPairs,
    double LineageRecallCandidates);
