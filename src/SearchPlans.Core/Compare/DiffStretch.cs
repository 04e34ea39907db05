namespace SearchPlans.Compare;

/// <summary>
/// One stretch of a two-sided diff while it is built: text equal on both sides (as printed on
/// each), or a change (what was deleted on the left, what was inserted on the right).
/// </summary>
internal readonly record struct DiffStretch(bool IsEqual, string Left, string Right)
{
    public static DiffStretch Equal(string left, string right) => new(true, left, right);

    public static DiffStretch Change(string deleted, string inserted) => new(false, deleted, inserted);

    /// <summary>Length in characters (runes), so a character outside the basic plane counts once.</summary>
    public static int Length(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
