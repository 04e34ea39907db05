using System.Globalization;
using ICU4N.Text;

namespace SearchPlans.Analysis;

/// <summary>Walks one text piece by piece along ICU's dictionary word boundaries.</summary>
/// <remarks>
/// Each walker owns its break iterator. Sharing one across threads, or cloning a shared prototype,
/// is what earlier ICU4N versions got wrong (dictionary break iterators raced on shared state),
/// so a walker is never shared: one per tokenizer, one per call elsewhere.
/// </remarks>
internal sealed class WordBreakWalker
{
    private static readonly CultureInfo Chinese = new("zh");

    private readonly BreakIterator breaker = BreakIterator.GetWordInstance(Chinese);
    private string text = string.Empty;

    public WordBreakWalker() => SetText(string.Empty);

    public int Start { get; private set; }

    public int End { get; private set; }

    /// <summary>ICU's rule status of the current piece: below 100 for spaces and punctuation,
    /// then numbers (100), letters (200), kana (300) and ideographs (400).</summary>
    public int Status { get; private set; }

    public bool IsWord => Status >= BreakIterator.WordNoneLimit;

    public void SetText(string value)
    {
        text = value;
        breaker.SetText(value);
        Start = End = breaker.First();
        Status = BreakIterator.WordNone;
    }

    public bool MoveNext()
    {
        Start = End;
        var next = breaker.Next();
        if (next == BreakIterator.Done)
        {
            Status = BreakIterator.WordNone;
            return false;
        }

        Status = breaker.RuleStatus;
        // ICU works on code points and should never cut a surrogate pair; a boundary that would
        // is skipped all the same, because half a character must never reach a token or a diff.
        while (next < text.Length && char.IsHighSurrogate(text[next - 1]) && char.IsLowSurrogate(text[next]))
        {
            var further = breaker.Next();
            if (further == BreakIterator.Done)
            {
                break;
            }

            next = further;
            Status = Math.Max(Status, breaker.RuleStatus);
        }

        End = next;
        return true;
    }
}
