using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPlans.Analysis;

/// <summary>
/// Leaves <see cref="Gap"/> empty positions before every token that does not overlap the one before it: between runs
/// of paired ideographs, and around lone ideographs, numbers and Latin words. Inside a run, pairs overlap (政府 and
/// 府信 share 府) and keep their neighbouring positions.
/// </summary>
/// <remarks>
/// With the gap, two pairs found two positions apart always lie in one run of text, so a phrase may leave out every
/// second pair (see <see cref="SearchPlans.Search.PairedPhrase"/>): 政府 at p and 信息 at p + 2 can only be 政府信息.
/// Without it, 政府 ending one run and 信息 starting the next after a comma would be two positions apart too.
/// </remarks>
public sealed class RunGapFilter : TokenFilter
{
    /// <summary>Empty positions between runs: one more than a phrase ever skips.</summary>
    public const int Gap = 2;

    private readonly IOffsetAttribute offsets;
    private readonly IPositionIncrementAttribute increments;
    private int previousEnd = -1;

    public RunGapFilter(TokenStream input)
        : base(input)
    {
        offsets = AddAttribute<IOffsetAttribute>();
        increments = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (previousEnd >= 0 && offsets.StartOffset >= previousEnd)
            increments.PositionIncrement += Gap;
        previousEnd = offsets.EndOffset;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        previousEnd = -1;
    }
}
