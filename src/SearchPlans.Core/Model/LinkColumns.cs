namespace SearchPlans.Model;

/// <summary>A <see cref="LinkTable"/>'s columns as it holds them: ids and evidence terms as numbers into <paramref name="Strings"/>.</summary>
/// <param name="EvidenceStarts">Link i's evidence is Evidence[EvidenceStarts[i]..EvidenceStarts[i + 1]].</param>
internal sealed record LinkColumns(
    string[] Strings, int[] Sources, int[] Targets, byte[] Kinds, byte[] Relations, byte[] Confidences,
    double[] Scores, double[] SourceInTarget, double[] TargetInSource, int[] EvidenceStarts, int[] Evidence);
