using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPlans.Analysis;

/// <summary>
/// Joins neighbouring words that together spell a <see cref="DomainTerms"/> term into one token where the segmenter
/// left a lone character among them (三同 + 步 → 三同步, 反 + 垄断 → 反垄断, 依 + 申请 + 公开 → 依申请公开), with
/// the offsets of the whole and the position of its first word. The longest term wins; words with anything between
/// them (punctuation, a space) are never joined.
/// </summary>
/// <remarks>
/// A term the segmenter reads as words of two or more characters each (政策|解读, 解读|材料) is already a phrase of
/// whole words: joining it would hide 解读 from a word search and mark 解读材料 for a query of 解读. The parts of a
/// joined term are replaced rather than kept beside it, so the word field holds one reading of the text, which the
/// word diff and alignment need; a search for a part (同步) still finds it through the bigram field.
/// </remarks>
public sealed class DomainTermFilter : TokenFilter
{
    private readonly DomainTerms terms;
    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly List<(State State, string Text, int Start, int End)> ahead = [];
    private bool exhausted;

    public DomainTermFilter(TokenStream input, DomainTerms terms)
        : base(input)
    {
        this.terms = terms;
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (ahead.Count == 0 && !ReadAhead())
            return false;
        // Read on while the touching words so far could still grow into a term.
        while (!exhausted && terms.Starts(Joined(TouchingCount())) && TouchingCount() == ahead.Count && ReadAhead())
        {
        }

        var (count, joined) = LongestTerm();
        var first = ahead[0];
        RestoreState(first.State);
        if (count > 1)
        {
            termAtt.SetEmpty().Append(joined);
            offsetAtt.SetOffset(first.Start, ahead[count - 1].End);
        }
        ahead.RemoveRange(0, count);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        ahead.Clear();
        exhausted = false;
    }

    private bool ReadAhead()
    {
        if (exhausted || !m_input.IncrementToken())
        {
            exhausted = true;
            return false;
        }
        ahead.Add((CaptureState(), termAtt.ToString(), offsetAtt.StartOffset, offsetAtt.EndOffset));
        return true;
    }

    // How many words from the first touch one another (the next starts where the last ends).
    private int TouchingCount()
    {
        var count = 1;
        while (count < ahead.Count && ahead[count].Start == ahead[count - 1].End)
            count++;
        return count;
    }

    private string Joined(int count) => count == 1 ? ahead[0].Text : string.Concat(ahead.Take(count).Select(a => a.Text));

    private (int Count, string Joined) LongestTerm()
    {
        for (var count = TouchingCount(); count > 1; count--)
        {
            var joined = Joined(count);
            if (terms.Contains(joined) && ahead.Take(count).Any(a => a.End - a.Start == 1))
                return (count, joined);
        }
        return (1, ahead[0].Text);
    }
}
