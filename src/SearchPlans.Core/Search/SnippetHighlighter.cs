using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SearchPlans.Analysis;
using SearchPlans.Index;

namespace SearchPlans.Search;

/// <summary>
/// Marks where a query matched a hit's text and cuts the best window of it, with Lucene's highlighter: a
/// <see cref="QueryScorer"/> marks a phrase only where the whole phrase occurs, and only terms of the text fields (not
/// of a filter such as unit: or a NOT clause); the fragmenter chooses the window and never cuts a phrase in two.
/// </summary>
/// <remarks>
/// One per search: the query is read once, each hit's text is scored on its own.
/// </remarks>
internal sealed class SnippetHighlighter(Query query, IReadOnlyList<string>? variantWords = null)
{
    /// <summary>About how many characters a snippet shows of a longer text.</summary>
    public const int Width = 120;

    // The formatter wraps each mark in two private-use characters, which no plan text holds (any that did are
    // replaced before highlighting), and the marked window is then cut into fragments at them.
    private const char MarkStart = '\uE000';
    private const char MarkEnd = '\uE001';

    // The index's words, so a mark covers the word a word search finds.
    private static readonly WordSegmenter Words = new(PlanAnalyzers.Words);

    // The highlighter reads the whole phrase (PairedPhrase thins phrases only for speed), so it marks no stray pairs.
    private readonly Query query = PairedPhrase.Restored(query);

    // A query of filters alone (jurisdiction:, year:) or of everything marks nothing: its hits skip segmentation.
    private readonly bool marksText = MarksText(query);

    /// <param name="text">The hit's text (or criteria).</param>
    /// <param name="words">Where the text's words are, as the index stored them; null to cut the text into words here.</param>
    public Snippet Build(string text, IReadOnlyList<(int Start, int End)>? words = null)
    {
        if (!marksText)
            return Unmarked(text);
        // One character for one: the stored words' offsets still hold.
        text = text.Replace(MarkStart, '\uFFFD').Replace(MarkEnd, '\uFFFD');
        var held = HeldVariantWords(text);
        var scorer = new QueryScorer(query, IndexFields.TextBigrams, IndexFields.Text);
        var highlighter = new Highlighter(new MarkFormatter(), scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, Width) };
        var best = highlighter.GetBestTextFragments(TokensOf(text, words is null ? Words.Segment(text) : WordSegmenter.Pieces(text, words)), text, mergeContiguousFragments: true, maxNumFragments: 1);
        if (best.Length == 0 || best[0] is not { Score: > 0 } fragment)
            return held.Count == 0 ? Unmarked(text) : AroundVariant(text, held);
        var fragments = MarkVariants(Fragments(fragment.ToString()), held);
        // The fragment gives its place in the marked text only; a window of a hundred characters that the text also
        // starts or ends with is where it is.
        var shown = string.Concat(fragments.Select(f => f.Text));
        return new Snippet(fragments, !text.StartsWith(shown, StringComparison.Ordinal), !text.EndsWith(shown, StringComparison.Ordinal));
    }

    /// <summary>Variants' words a snippet marks at most.</summary>
    public const int MaxMarkedVariantWords = 8;

    // The variants' words this text holds, longest first, as folded text finds them.
    private List<string> HeldVariantWords(string text)
    {
        if (variantWords is not { Count: > 0 })
            return [];
        var folded = TextFolding.Fold(text).ToLowerInvariant();
        return [.. variantWords.Where(w => folded.Contains(w, StringComparison.Ordinal)).OrderByDescending(w => w.Length).Take(MaxMarkedVariantWords)];
    }

    // Marks the variants' words where the text of an unmarked piece holds them. Found by their folded characters, which
    // stand where the original ones do (folding maps one character to one), rather than by the highlighter, which
    // checks each phrase by indexing the text in memory: for a topic's dozen wordings that cost more than the search.
    private static List<SnippetFragment> MarkVariants(List<SnippetFragment> fragments, List<string> held)
    {
        if (held.Count == 0)
            return fragments;
        var marked = new List<SnippetFragment>();
        foreach (var fragment in fragments)
        {
            if (fragment.Highlighted)
            {
                marked.Add(fragment);
                continue;
            }
            var folded = TextFolding.Fold(fragment.Text).ToLowerInvariant();
            var start = 0;
            while (start < folded.Length)
            {
                var (at, word) = held.Select(w => (At: folded.IndexOf(w, start, StringComparison.Ordinal), Word: w))
                    .Where(f => f.At >= 0).OrderBy(f => f.At).ThenByDescending(f => f.Word.Length).FirstOrDefault(f => true, (-1, ""));
                if (at < 0 || folded.Length != fragment.Text.Length)
                    break;
                if (at > start)
                    marked.Add(new SnippetFragment(fragment.Text[start..at], false));
                marked.Add(new SnippetFragment(fragment.Text.Substring(at, word.Length), true));
                start = at + word.Length;
            }
            if (start < fragment.Text.Length)
                marked.Add(new SnippetFragment(fragment.Text[start..], false));
        }
        return marked;
    }

    // A text that holds only a variant: the window from a little before its first one, marked.
    private static Snippet AroundVariant(string text, List<string> held)
    {
        var folded = TextFolding.Fold(text).ToLowerInvariant();
        var first = held.Select(w => folded.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = text.Length <= Width ? 0 : Math.Clamp(first - Width / 4, 0, text.Length - Width);
        if (start > 0 && char.IsLowSurrogate(text[start]))
            start--;
        var end = Math.Min(text.Length, start + Width);
        if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
            end--;
        var fragments = MarkVariants([new SnippetFragment(text[start..end], false)], held);
        return new Snippet(fragments, start > 0, end < text.Length);
    }

    // The bigram field's analysis, so the query's pairs and phrases match at the index's positions, with each
    // ideograph alone as well (at its pair's position), so a one-character term of the word field matches too; every
    // token widened to the words it lies in, so a mark falls on whole words.
    private static TokenStream TokensOf(string text, IReadOnlyList<WordToken> words)
    {
        var source = new StandardTokenizer(PlanAnalyzers.MatchVersion, new SearchFoldingCharFilter(new StringReader(text)));
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(PlanAnalyzers.MatchVersion, result);
        result = new CJKBigramFilter(result, CJKScript.ALL, outputUnigrams: true);
        result = new RunGapFilter(result);
        return new WholeWordOffsetsFilter(result, words);
    }

    private static bool MarksText(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Any(c => !c.IsProhibited && MarksText(c.Query)),
        MatchAllDocsQuery => false,
        TermQuery term => IsText(term.Term.Field),
        PhraseQuery phrase => phrase.GetTerms().Any(t => IsText(t.Field)),
        MultiPhraseQuery multi => multi.GetTermArrays().Any(position => position.Any(t => IsText(t.Field))),
        MultiTermQuery multi => IsText(multi.Field),
        // Any other kind is left to the highlighter to judge.
        _ => true,
    };

    private static bool IsText(string field) => field is IndexFields.Text or IndexFields.TextBigrams;

    private static Snippet Unmarked(string text)
    {
        if (text.Length <= Width)
            return new Snippet([new SnippetFragment(text, false)], false, false);
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= Width)
            end = elements.ElementIndex + elements.GetTextElement().Length;
        return new Snippet([new SnippetFragment(text[..end], false)], false, true);
    }

    // Marks that touch (政策 and 解读, one mark per word) read as one.
    private static List<SnippetFragment> Fragments(string marked)
    {
        var fragments = new List<SnippetFragment>();
        var current = new StringBuilder();
        var highlighted = false;
        for (var i = 0; i < marked.Length; i++)
        {
            var c = marked[i];
            if (c == MarkEnd && i + 1 < marked.Length && marked[i + 1] == MarkStart)
            {
                i++;
                continue;
            }
            if (c is MarkStart or MarkEnd)
            {
                Flush();
                highlighted = c == MarkStart;
                continue;
            }
            current.Append(c);
        }
        Flush();
        return fragments;

        void Flush()
        {
            if (current.Length > 0)
                fragments.Add(new SnippetFragment(current.ToString(), highlighted));
            current.Clear();
        }
    }

    private sealed class MarkFormatter : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 && originalText.Length > 0 ? MarkStart + originalText + MarkEnd : originalText;
    }
}
