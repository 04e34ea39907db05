using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPlans.Index;
using SearchPlans.Search.Reading;

namespace SearchPlans.Search;

/// <summary>What a parse builds: the query that matches, the one that ranks the best matches again, or the one whose terms mark a snippet.</summary>
internal enum ReadingMode
{
    Match,
    Rank,
    Highlight,
}

/// <summary>
/// The classic Lucene query syntax over the requirements, with each plain term read as a person means it
/// (<see cref="TermReading"/>): cut into the index's words, which must all appear — in the requirement's text, or, weighing
/// less, its section heading, criteria, units or the plan's place — ranked higher when the term is written whole and
/// when the words stand near one another, with the variants of <see cref="QueryVariants"/> ranked below it. A
/// "quoted phrase" is the exact phrase. Field names are the user-facing ones of <see cref="QueryFields"/>.
/// Not thread-safe, like every classic parser: make one per query.
/// </summary>
internal sealed partial class PlanQueryParser : MultiFieldQueryParser
{
    /// <summary>How much a whole-word match weighs against a bigram match, where one term searches both text fields.</summary>
    public const float WordBoost = 2f;

    private readonly ReadingMode mode;
    private readonly QueryContext context;
    private readonly Dictionary<Query, Query> literalOf = new(ReferenceEqualityComparer.Instance);

    private PlanQueryParser(ReadingMode mode, QueryContext context)
        // Wildcards, fuzzy terms, patterns and ranges without a field search the text's two fields.
        : base(LuceneVersion.LUCENE_48, [IndexFields.Text, IndexFields.TextBigrams], IndexAnalyzer.Instance,
            // Lucene.Net looks every field up in the boosts, so each needs an entry.
            new Dictionary<string, float> { [IndexFields.Text] = WordBoost, [IndexFields.TextBigrams] = 1f })
    {
        this.mode = mode;
        this.context = context;
        DefaultOperator = context.AnyTerm ? Operator.OR : Operator.AND;
        AllowLeadingWildcard = true;
    }

    /// <summary>Parses a user's query into what it matches, without variants; blank or "*" matches everything.</summary>
    /// <exception cref="QuerySyntaxException">The query is not valid syntax even once repaired, or names an unknown field.</exception>
    public static Query ParseUserQuery(string query) => Parse(query, ReadingMode.Match, new QueryContext(QueryVariants.None));

    /// <summary>The query that ranks the best matches of <see cref="ParseUserQuery"/> again.</summary>
    public static Query ParseRankingQuery(string query) => Parse(query, ReadingMode.Rank, new QueryContext(QueryVariants.None));

    /// <summary>Parses a query in one mode; the context carries the variants and collects how the query was read.</summary>
    /// <exception cref="QuerySyntaxException">The query cannot be read; the message says why in one line.</exception>
    public static Query Parse(string query, ReadingMode mode, QueryContext context)
    {
        var trimmed = query.Trim();
        if (trimmed.Length == 0 || trimmed == "*")
            return new MatchAllDocsQuery();
        QueryLimits.CheckText(trimmed);
        var (repaired, notes) = QueryRepair.Repair(trimmed);
        ParseException? first = null;
        var plain = QueryRepair.PlainWords(trimmed);
        if (repaired.Length == 0 && plain.Length == 0)
        {
            // Only operators or punctuation: nothing to search for, which matches nothing.
            if (mode == ReadingMode.Match)
                context.Notes.AddRange([.. notes, new QueryNote(QueryNoteKind.NoWords)]);
            return new BooleanQuery();
        }
        foreach (var (text, why) in new[] { (repaired, (QueryNote?)null), (plain, new QueryNote(QueryNoteKind.PlainWords)) })
        {
            if (text.Length == 0)
                continue;
            try
            {
                var parsed = WithPositiveClause(new PlanQueryParser(mode, context).Parse(text));
                QueryLimits.CheckParsed(parsed);
                if (mode == ReadingMode.Match)
                    context.Notes.AddRange(why is null ? notes : [.. notes, why]);
                return parsed;
            }
            catch (ParseException e)
            {
                // An unknown field is the user's to correct, not something to read as words.
                if (e.InnerException is UnknownFieldException)
                    throw new QuerySyntaxException(Explain(trimmed, e), e);
                first ??= e;
            }
            catch (ArgumentException e)
            {
                // A /regular expression/ that does not compile: Lucene's automaton parser says so this way.
                throw new QuerySyntaxException(new(QueryNoteKind.InvalidPattern, trimmed, e.Message.TrimEnd('.')), e);
            }
            catch (BooleanQuery.TooManyClausesException e)
            {
                throw new QuerySyntaxException(new(QueryNoteKind.TooManyTerms, trimmed), e);
            }
        }
        throw new QuerySyntaxException(Explain(trimmed, first), first);
    }

    // "NOT x" alone would match nothing in Lucene; users mean "everything except x".
    private static Query WithPositiveClause(Query query)
    {
        if (query is BooleanQuery { Clauses.Count: > 0 } boolean && boolean.Clauses.All(c => c.IsProhibited))
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    // One plain line: what is wrong, and how queries are written.
    private static QueryNote Explain(string query, ParseException? error)
    {
        var fields = string.Join(", ", QueryFields.Names.Where(n => n != "doc"));
        if (error?.InnerException is UnknownFieldException unknown)
            return new(QueryNoteKind.UnknownField, query, unknown.Field, fields);
        // Lucene says "Cannot parse '<query>': <reason>\nWas expecting one of: ..."; keep only the reason.
        var reason = (error?.Message ?? "").Split('\n')[0];
        var prefix = $"Cannot parse '{query}': ";
        if (reason.StartsWith(prefix, StringComparison.Ordinal))
            reason = reason[prefix.Length..];
        return reason.Length == 0 || reason.StartsWith("Cannot parse", StringComparison.Ordinal) || reason.Contains("Lexical error", StringComparison.Ordinal) || reason.Contains("Encountered", StringComparison.Ordinal)
            ? new(QueryNoteKind.Unreadable, query, fields)
            : new(QueryNoteKind.UnreadableBecause, query, reason.Trim().TrimEnd('.'), fields);
    }

    // Thrown inside Lucene's parser, which wraps it with the query; the field is read back from it.
    private sealed class UnknownFieldException(string field) : ParseException($"unknown field \"{field}\".")
    {
        public string Field { get; } = field;
    }

    // A prohibited term (NOT 年报) excludes what was typed, not its variants. The second pass leaves it out: the best
    // matches already lack it, and its ranking reading (variants included) would withhold the second pass from a
    // match that merely holds one of its variants (医疗 under NOT 疫情防控), at the cost of checking it for each.
    // A null clause is what the classic parser makes of a term the analyzer dropped: the operators around it still apply.
    protected override void AddClause(IList<BooleanClause> clauses, int conj, int mods, Query q)
    {
        if (mods == MOD_NOT && mode == ReadingMode.Rank)
            q = null!;
        else if (mods == MOD_NOT && q is not null && literalOf.TryGetValue(q, out var literal))
            q = literal;
        base.AddClause(clauses, conj, mods, q!);
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is null || field == "text")
            return quoted ? PhraseQueryOf(queryText, 0) : TermQueryOf(queryText);
        var target = Resolve(field);
        return target.Exact is { } exact ? exact(queryText) : base.GetFieldQuery(target.IndexField!, queryText, quoted);
    }

    // Quoted text comes here, with the slop already set on the phrase.
    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (field is null || field == "text")
            return PhraseQueryOf(queryText, slop);
        var target = Resolve(field);
        return target.Exact is { } exact ? exact(queryText) : base.GetFieldQuery(target.IndexField!, queryText, slop);
    }

    // ---- A plain term, read as words ----

    private Query TermQueryOf(string text)
    {
        if (YearTermQueryOf(text) is { } year)
            return year;
        var reading = context.Read(text);
        var query = mode switch
        {
            ReadingMode.Match => MatchOf(reading),
            ReadingMode.Rank => RankOf(reading),
            _ => HighlightOf(reading),
        };
        return query ?? new BooleanQuery();
    }

    private Query? MatchOf(TermReading reading)
    {
        // The phrase as written ranks the best matches (RankOf), not every match: reading positions for every
        // requirement that holds a common term's words cost more than the rest of the search.
        var literal = reading.Words.Count == 0 ? null : Conjunction(reading.Slots, null, context.Relaxation);
        var readings = new DisjunctionMaxQuery(0f);
        if (literal is not null)
            readings.Add(literal);
        foreach (var alternative in reading.Alternatives.Where(a => !a.RankingOnly))
            // Without the phrase: variants rank their phrase among the best matches only (RankOf).
            readings.Add(Boosted(VariantConjunction(alternative), alternative.Weight));
        if (reading.IdLike)
            readings.Add(Boosted(new BooleanQuery { { FilterQueries.Id(IndexFields.Id, reading.Text), Occur.SHOULD }, { FilterQueries.Id(IndexFields.Plan, reading.Text), Occur.SHOULD } }, RankingWeights.Id));
        if (readings.Disjuncts.Count == 0)
            return null;
        var query = readings.Disjuncts.Count == 1 ? readings.Disjuncts[0] : readings;
        if (literal is not null && !ReferenceEquals(query, literal))
            literalOf[query] = literal;
        return query;
    }

    // Every slot must match, in any field (relaxed: all but some, see QueryContext.Required); the whole phrase written
    // as typed ranks higher.
    private BooleanQuery Conjunction(IReadOnlyList<IReadOnlyList<string>> slots, string? phrase, int relaxation, bool thin = true)
    {
        var all = new BooleanQuery(disableCoord: true);
        var required = QueryContext.Required(slots.Select(s => s[0]).ToList(), relaxation);
        var loosened = required < slots.Count;
        var words = loosened ? new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = required } : all;
        foreach (var slot in slots)
        {
            // Relaxed, a lone character is never one of the words that must be there: it would match anywhere.
            var occur = !loosened ? Occur.MUST : IsSingleIdeograph(slot[0]) ? Occur.SHOULD : Occur.SHOULD;
            var clause = slot.Count == 1 ? WordAnywhere(slot[0], thin) : Any(slot.Select(w => WordAnywhere(w, thin)));
            if (loosened && IsSingleIdeograph(slot[0]))
                all.Add(clause, Occur.SHOULD);
            else
                words.Add(clause, occur);
        }
        if (loosened)
            all.Add(words, Occur.MUST);
        if (slots.Count > 1 && phrase is not null && BigramForm(IndexFields.TextBigrams, phrase, thin: true) is { } whole)
            all.Add(Boosted(whole, RankingWeights.Phrase), Occur.SHOULD);
        return all;
    }

    // A variant's own words are looked for in the requirement's text only (a unit's spelling also in the units cell),
    // whole rather than thinned, since a wording's rarest pair is often the one thinning leaves out (读工 of 解读工作);
    // the words kept from what was typed are looked for as typed words are. A topic's dozen wordings in every field
    // would multiply a query's cost.
    // A topic's wordings are one term of the index (IndexFields.Topics), whatever their number; their phrases rank the
    // best matches (RankOf).
    private BooleanQuery VariantConjunction(Alternative alternative, bool topicAsTerm = true)
    {
        var all = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < alternative.Slots.Count; i++)
        {
            var slot = alternative.Slots[i];
            var clause = !alternative.IsVaried(i) ? Any(slot.Select(w => WordAnywhere(w)))
                : topicAsTerm && alternative.Topic is { } topic ? new TermQuery(new Term(IndexFields.Topics, topic))
                : Any(slot.Select(w => VariantWord(w, alternative.Kind)));
            all.Add(clause, Occur.MUST);
        }
        return all;
    }

    private static Query VariantWord(string word, VariantKind kind)
    {
        if (IsSingleIdeograph(word))
            return new TermQuery(new Term(IndexFields.Text, word));
        var text = BigramForm(IndexFields.TextBigrams, word, thin: false) ?? new BooleanQuery();
        if (kind != VariantKind.UnitSpelling || BigramForm(IndexFields.UnitsText, word, thin: false) is not { } units)
            return text;
        return new DisjunctionMaxQuery(0f) { text, Boosted(units, RankingWeights.Units) };
    }

    // A word in the text (its bigrams, in a row), or, weighing less, in the heading, criteria, units or place. A word
    // most texts hold anyway (政务, 公开) is looked for in the text and the place only: headings repeat over every item
    // under them (一、深化政务公开…), and matching them for such a word would add little but cost the search its time.
    private Query WordAnywhere(string word, bool thin = true)
    {
        var fields = new DisjunctionMaxQuery(0f);
        if (IsSingleIdeograph(word))
        {
            // The bigram fields hold a lone ideograph only between punctuation; the word field holds it as a word.
            fields.Add(Boosted(new TermQuery(new Term(IndexFields.Text, word)), 1f));
            fields.Add(new TermQuery(new Term(IndexFields.TextBigrams, word)));
            fields.Add(Boosted(new TermQuery(new Term(IndexFields.Section, word)), RankingWeights.Section));
            return fields;
        }
        var distinctive = context.Distinctive(word);
        foreach (var (field, weight) in WordFields)
            if (Searched(field, word, distinctive) && BigramForm(field, word, thin) is { } form)
                fields.Add(Boosted(form, weight));
        return fields.Disjuncts.Count == 1 ? fields.Disjuncts[0] : fields;
    }

    // The words as the snippet marks them in the text (and in criteria that matched alone), widened to whole words by
    // the highlighter: what was typed by its pairs, as the search matched it. A variant's words are marked by the
    // snippet itself where a hit holds them (SnippetHighlighter), as phrases: the highlighter checks a phrase by
    // indexing the hit's text in memory, which for a topic's dozen wordings cost more than the search.
    private static Query? HighlightOf(TermReading reading)
    {
        var marks = new BooleanQuery();
        var pairs = new HashSet<Term>();
        foreach (var word in reading.Words)
        {
            if (IsSingleIdeograph(word))
                pairs.Add(new Term(IndexFields.Text, word));
            else
                pairs.UnionWith(AnalyzedTerms(IndexFields.TextBigrams, word).Select(t => new Term(IndexFields.TextBigrams, t.Text)));
        }
        foreach (var pair in pairs)
            marks.Add(new TermQuery(pair), Occur.SHOULD);
        return marks.Clauses.Count == 0 ? null : marks;
    }

    // ---- A "quoted phrase": the exact phrase ----

    private Query PhraseQueryOf(string text, int slop)
    {
        if (mode == ReadingMode.Rank)
            return base.GetFieldQuery(IndexFields.Text, text, slop);
        if (BigramsHoldLoneIdeograph(text))
            return base.GetFieldQuery(IndexFields.Text, text, slop);
        var fields = new DisjunctionMaxQuery(0f);
        // A phrase most texts hold (政府信息公开) is looked for in the text and the place only, as a common word is.
        var distinctive = context.Distinctive(text);
        foreach (var (field, weight) in mode == ReadingMode.Highlight ? WordFields.Take(1) : WordFields)
        {
            if (!Searched(field, text, distinctive))
                continue;
            var phrase = base.GetFieldQuery(field, text, slop);
            if (phrase is null)
                continue;
            fields.Add(Boosted(mode == ReadingMode.Match ? PairedPhrase.Thinned(phrase) : phrase, weight));
        }
        return fields.Disjuncts.Count switch
        {
            0 => new BooleanQuery(),
            1 => fields.Disjuncts[0],
            _ => fields,
        };
    }

    // ---- Helpers ----

    /// <summary>A word in a bigram field: its one token, or its pairs as a phrase (thinned for matching).</summary>
    internal static Query? BigramForm(string field, string word, bool thin)
    {
        var terms = AnalyzedTerms(field, word);
        if (terms.Count == 0)
            return null;
        if (terms.Count == 1)
            return new TermQuery(new Term(field, terms[0].Text));
        var phrase = new PhraseQuery();
        foreach (var (text, position) in terms)
            phrase.Add(new Term(field, text), position);
        return thin ? PairedPhrase.Thinned(phrase) : phrase;
    }

    internal static List<(string Text, int Position)> AnalyzedTerms(string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = IndexAnalyzer.Instance.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
    }

    // A phrase whose bigram analysis leaves a lone ideograph is searched in the word field, which holds it.
    private static bool BigramsHoldLoneIdeograph(string text) =>
        AnalyzedTerms(IndexFields.TextBigrams, text).Any(t => t.Text.Length == 1 && PairedPhrase.IsIdeograph(t.Text[0]));

    private static bool IsSingleIdeograph(string word) => word.Length == 1 && PairedPhrase.IsIdeograph(word[0]);

    internal static Query Any(IEnumerable<Query> options)
    {
        var any = new DisjunctionMaxQuery(0f);
        foreach (var option in options)
            any.Add(option);
        return any.Disjuncts.Count switch
        {
            0 => new BooleanQuery(),
            1 => any.Disjuncts[0],
            _ => any,
        };
    }

    internal static Query Boosted(Query query, float boost)
    {
        query.Boost *= boost;
        return query;
    }
}
