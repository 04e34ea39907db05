using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Pipeline;

/// <summary>What <see cref="IndexPipeline.Add"/> did: each file's reading, and the plans it replaced.</summary>
/// <param name="Replaced">Plans already in the index that an added file replaced (same id), with the file that replaced each.</param>
public sealed record AddOutcome(IReadOnlyList<IngestResult> Files, IReadOnlyList<(Plan Added, string ReplacedId)> Replaced);

/// <summary>What <see cref="IndexPipeline.EnsureIndex"/> found or did.</summary>
public enum EnsureOutcome
{
    /// <summary>The index was there.</summary>
    Existed,

    /// <summary>There was none; it was built from the seeds folder.</summary>
    Built,

    /// <summary>There was neither an index nor a seeds folder to build one from.</summary>
    NoSeeds,
}
