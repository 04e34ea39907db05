namespace SearchPlans.Index;

/// <summary>How many items a stored corpus puts in each compressed chunk.</summary>
/// <param name="PlansPerChunk">Plans per chunk: a plan holds tens to hundreds of requirements.</param>
/// <param name="ItemsPerChunk">Links or plan references per chunk.</param>
internal sealed record StoredCorpusLayout(int PlansPerChunk, int ItemsPerChunk)
{
    /// <summary>Chunks of a few megabytes each: large enough to compress well, small enough to stay far below 2 GB.</summary>
    public static StoredCorpusLayout Default { get; } = new(256, 65_536);
}
