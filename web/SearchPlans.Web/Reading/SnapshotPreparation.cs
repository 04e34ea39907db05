namespace SearchPlans.Web.Reading;

/// <summary>
/// What pages derive from a snapshot (the review order, the unit directory, the default matrix), built when the
/// snapshot opens and before any request reads it. A new generation is opened while the old one still serves, so
/// nobody waits for the build; built on first use instead, it fell on the first visitor after each re-index. The
/// process's first snapshot has nothing older to serve: it answers searches while these are built beside it.
/// </summary>
public sealed class SnapshotPreparation(IEnumerable<Action<CorpusSnapshot>> steps)
{
    private readonly IReadOnlyList<Action<CorpusSnapshot>> steps = [.. steps];

    /// <summary>Nothing built ahead: every page derives its data on first use.</summary>
    public static SnapshotPreparation None { get; } = new([]);

    public void Apply(CorpusSnapshot snapshot)
    {
        foreach (var step in steps)
            step(snapshot);
    }
}
