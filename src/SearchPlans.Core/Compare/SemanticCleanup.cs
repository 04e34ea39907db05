namespace SearchPlans.Compare;

/// <summary>
/// Folds short equal stretches that sit between two changes into the changes, in the spirit of
/// diff-match-patch's cleanupSemantic: two rewritten clauses that happen to share a 的 or a comma
/// read better as one deletion and one insertion than as a shredded run of tiny edits.
/// </summary>
internal static class SemanticCleanup
{
    /// <summary>Longest equal stretch (in characters) that may be folded: one short word or a lone punctuation mark.</summary>
    public const int ShortEqualLength = 2;

    /// <summary>
    /// Merges neighbouring stretches of the same kind, then folds each short equal stretch whose
    /// changes on both sides are at least as long as it is, until none is left to fold.
    /// </summary>
    public static List<DiffStretch> Apply(IEnumerable<DiffStretch> stretches)
    {
        var list = Merge(stretches);
        var i = 1;
        while (i < list.Count - 1)
        {
            if (IsFoldable(list[i - 1], list[i], list[i + 1]))
            {
                var (before, equal, after) = (list[i - 1], list[i], list[i + 1]);
                list[i - 1] = DiffStretch.Change(before.Left + equal.Left + after.Left, before.Right + equal.Right + after.Right);
                list.RemoveRange(i, 2);

                // The grown change may now outweigh the equal stretch before it.
                i = Math.Max(1, i - 2);
            }
            else
            {
                i++;
            }
        }

        return list;
    }

    /// <summary>Joins runs of equal stretches and runs of changes, dropping empty ones.</summary>
    public static List<DiffStretch> Merge(IEnumerable<DiffStretch> stretches)
    {
        var list = new List<DiffStretch>();
        foreach (var stretch in stretches)
        {
            if (stretch.Left.Length == 0 && stretch.Right.Length == 0)
            {
                continue;
            }

            if (list.Count > 0 && list[^1].IsEqual == stretch.IsEqual)
            {
                list[^1] = list[^1] with { Left = list[^1].Left + stretch.Left, Right = list[^1].Right + stretch.Right };
            }
            else
            {
                list.Add(stretch);
            }
        }

        return list;
    }

    // The second condition is diff-match-patch's: a shared two-character word between two
    // one-character edits is real common text, worth keeping in view.
    private static bool IsFoldable(DiffStretch before, DiffStretch equal, DiffStretch after)
    {
        if (!equal.IsEqual || before.IsEqual || after.IsEqual)
        {
            return false;
        }

        var length = DiffStretch.Length(equal.Left);
        return length <= ShortEqualLength && length <= Weight(before) && length <= Weight(after);
    }

    private static int Weight(DiffStretch change) =>
        Math.Max(DiffStretch.Length(change.Left), DiffStretch.Length(change.Right));
}
