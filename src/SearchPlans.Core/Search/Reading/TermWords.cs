using Lucene.Net.Analysis.TokenAttributes;
using SearchPlans.Analysis;

namespace SearchPlans.Search.Reading;

/// <summary>
/// A term as typed, cut into the index's words: the same SmartCn analysis, with the domain's terms whole, as the word
/// field (政府信息公开年度报告 → 政府 信息 公开 年度 报告; 12345热线 → 12345 热线). Single characters the segmenter left
/// side by side are one word again (政数局 → 政 数 局 → 政数局), since each alone would match anywhere.
/// </summary>
internal static class TermWords
{
    /// <summary>The words of <paramref name="term"/>, folded and lower-cased; empty when it holds no letter or digit.</summary>
    public static IReadOnlyList<string> Of(string term)
    {
        var tokens = new List<(string Text, int Start, int End)>();
        using (var stream = PlanAnalyzers.Words.GetTokenStream("query", term))
        {
            var text = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                tokens.Add((text.ToString(), offset.StartOffset, offset.EndOffset));
            stream.End();
        }
        var words = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (word, _, end) = tokens[i];
            if (IsSingleIdeograph(word))
            {
                // Join the run of single ideographs that touch one another.
                while (i + 1 < tokens.Count && tokens[i + 1].Start == end && IsSingleIdeograph(tokens[i + 1].Text))
                {
                    word += tokens[++i].Text;
                    end = tokens[i].End;
                }
            }
            words.Add(word);
        }
        return words;
    }

    private static bool IsSingleIdeograph(string word) => word.Length == 1 && PairedPhrase.IsIdeograph(word[0]);
}
