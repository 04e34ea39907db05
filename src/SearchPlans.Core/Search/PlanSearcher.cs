using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPlans.Index;
using SearchPlans.Align.Features;
using SearchPlans.Search.Budget;
using SearchPlans.Search.Facets;
using SearchPlans.Units;
using SearchPlans.Search.Reading;

namespace SearchPlans.Search;

/// <summary>
/// Searches a built index. Opens it read-only once; one instance serves concurrent searches
/// (the Lucene searcher is thread-safe, and each search makes its own parser and collectors).
/// </summary>
public sealed class PlanSearcher : IDisposable
{
    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly SlicingSearcher searcher;
    private readonly IReadOnlyList<IList<AtomicReaderContext>> slices;
    private readonly Lucene.Net.Util.Counter clock;
    private readonly FilterCache filters;
    private readonly Lazy<FacetColumns> facetColumns;
    private readonly Lazy<IReadOnlyList<(string Name, string Normal)>> jurisdictionNames;
    private readonly QueryVariants variants;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> attested = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> distinctive = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> placed = new(StringComparer.Ordinal);
    private bool disposed;

    /// <summary>Longest one search may collect for: a query that would take longer gets a message, not a stalled worker.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(5);

    /// <exception cref="DirectoryNotFoundException">The folder holds no complete index.</exception>
    /// <exception cref="IndexVersionException">The index was written by another version's analysis.</exception>
    public PlanSearcher(string indexDirectory)
        : this(indexDirectory, TimeLimitingCollector.GlobalCounter)
    {
    }

    /// <summary>
    /// A searcher whose unit facet and unit filter use the canonical units of <paramref name="units"/> (clustered from
    /// the index's own corpus): each unit counted once per requirement, under its name, and found by any spelling.
    /// </summary>
    public PlanSearcher(string indexDirectory, UnitDirectory units)
        : this(indexDirectory, TimeLimitingCollector.GlobalCounter, units: units)
    {
    }

    /// <param name="clock">Milliseconds, as Lucene's global counter gives them; tests pass their own.</param>
    /// <param name="cores">How many runs of segments one search reads side by side; 1 reads them in turn.</param>
    internal PlanSearcher(string indexDirectory, Lucene.Net.Util.Counter clock, int? cores = null, UnitDirectory? units = null)
    {
        this.clock = clock;
        if (!IndexLayout.Exists(indexDirectory))
            throw new DirectoryNotFoundException($"No index in \"{indexDirectory}\"; build one with `searchplans index`.");
        directory = FSDirectory.Open(IndexLayout.LuceneDirectory(IndexLayout.Resolve(indexDirectory)));
        reader = DirectoryReader.Open(directory);
        try
        {
            AnalysisVersion.Check(reader.IndexCommit, indexDirectory);
        }
        catch (IndexVersionException)
        {
            reader.Dispose();
            directory.Dispose();
            throw;
        }
        // Searches read through the budgeted view, so walking the term dictionary stops when the search must.
        var budgeted = new BudgetedReader(reader);
        searcher = new SlicingSearcher(budgeted);
        slices = LeafSlices.Split(budgeted.Leaves, cores ?? CoresFor(reader.MaxDoc));
        var canonicalUnits = units is null ? null : new Lazy<CanonicalUnitColumns>(() => CanonicalUnitColumns.Read(reader.Leaves, units));
        filters = new FilterCache(canonicalUnits is null ? null : name => canonicalUnits.Value.FilterFor(name));
        facetColumns = new Lazy<FacetColumns>(() => FacetColumns.Read(reader.Leaves, canonicalUnits?.Value));
        jurisdictionNames = new Lazy<IReadOnlyList<(string, string)>>(() => Suggestions.Folded(facetColumns.Value.Names.Jurisdictions));
        var derived = VariantList.Read(Path.Combine(IndexLayout.Resolve(indexDirectory), VariantList.FileName));
        variants = new QueryVariants(derived, TopicLexicon.Default, Attested);
    }

    /// <summary>Below this many texts holding a word, no word counts as common: searching every field costs nothing.</summary>
    internal const int MinCommonTexts = 1000;

    // Few texts hold the word: its rarest pair is in at most RankingWeights.DistinctiveShare of them, or in fewer than
    // MinCommonTexts.
    private bool Distinctive(string word) => HeldByFew(distinctive, IndexFields.TextBigrams, word, RankingWeights.DistinctiveShare);

    // Few places hold the word: its rarest pair is in the place of at most RankingWeights.PlaceShare of the
    // requirements, or of fewer than MinCommonTexts.
    private bool NamesAPlace(string word) => HeldByFew(placed, IndexFields.PlaceBigrams, word, RankingWeights.PlaceShare);

    private bool HeldByFew(System.Collections.Concurrent.ConcurrentDictionary<string, bool> known, string field, string word, float share)
    {
        if (known.TryGetValue(word, out var few))
            return few;
        var terms = PlanQueryParser.AnalyzedTerms(field, word);
        var rarest = terms.Count == 0 ? 0 : terms.Min(t => reader.DocFreq(new Term(field, t.Text)));
        few = rarest <= Math.Max(share * reader.NumDocs, MinCommonTexts);
        // Bounded: words typed by people and the topic list's wordings.
        if (known.Count < 100_000)
            known[word] = few;
        return few;
    }

    // A variant is searched only when one field holds every pair of it: a wording no plan uses would find nothing.
    private bool Attested(string word)
    {
        if (attested.TryGetValue(word, out var known))
            return known;
        var terms = PlanQueryParser.AnalyzedTerms(IndexFields.TextBigrams, word);
        // In any field a word is searched in: a unit's spelling is in the units cells, not the text.
        var held = terms.Count > 0 && PlanQueryParser.WordFieldNames.Any(field => terms.All(t => reader.DocFreq(new Term(field, t.Text)) > 0));
        // Bounded: words typed by people and the topic list's wordings.
        if (attested.Count < 100_000)
            attested[word] = held;
        return held;
    }

    /// <summary>
    /// Below this many requirements a search takes a few milliseconds, and a core is better spent on another request
    /// than on half of this one.
    /// </summary>
    internal const int MinRequirementsToSlice = 100_000;

    private static int CoresFor(int requirements) => requirements < MinRequirementsToSlice ? 1 : Environment.ProcessorCount;

    /// <summary>How many requirements the index holds.</summary>
    public int RequirementCount => reader.NumDocs;

    /// <summary>
    /// Answers a search, or stops it with a message once it passes <see cref="TimeLimit"/>, rewriting its wildcards
    /// included; <paramref name="cancellation"/> stops it sooner, when the caller gives up or the server stops.
    /// </summary>
    /// <exception cref="QuerySyntaxException">The query is not valid, too costly, or took too long.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public SearchResults Search(SearchRequest request, CancellationToken cancellation = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        cancellation.ThrowIfCancellationRequested();

        var budget = new SearchBudget(cancellation, clock, clock.Value + (long)TimeLimit.TotalMilliseconds);
        try
        {
            using var scope = budget.Enter();
            return Search(request, budget);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<OperationCanceledException>().FirstOrDefault() is { } cancelled)
        {
            throw cancelled;
        }
        catch (Exception e) when (e is SearchTimeExceededException || e is AggregateException aggregate && aggregate.InnerExceptions.Any(i => i is SearchTimeExceededException))
        {
            throw new QuerySyntaxException(new(QueryNoteKind.TooSlow, request.Query, TimeLimit.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)), e);
        }
    }

    private SearchResults Search(SearchRequest request, SearchBudget budget)
    {
        var context = new QueryContext(variants, distinctive: Distinctive, namesAPlace: NamesAPlace);
        var run = Run(request, context, budget);
        // Few requirements hold every word of a term (解读材料同步发布): show those that lack one as well, after them,
        // then those that lack two, while there are fewer than a page.
        var strict = (Run: run, Context: context);
        while (run.Total < RelaxBelow && run.Query is not MatchAllDocsQuery && context.Relaxation < QueryContext.MaxRelaxation
            && context.Terms.Any(t => t.RelaxableAt(context.Relaxation + 1)))
        {
            var loose = context.Loosened();
            var relaxed = Run(request, loose, budget);
            if (relaxed.Total > run.Total)
                run = relaxed;
            context = loose;
        }
        // No requirement holds every term typed side by side (政策解读 年报): those holding some, the most first.
        if (run.Total == 0 && context.Terms.Count() > 1)
        {
            var anyTerm = context.WithAnyTerm();
            var some = Run(request, anyTerm, budget);
            if (some.Total > 0)
            {
                (run, context) = (some, anyTerm);
                context.Notes.Add(new QueryNote(QueryNoteKind.SomeTerms));
            }
        }
        else if (run != strict.Run)
        {
            var total = strict.Run.Total;
            context.Notes.Add(new QueryNote(QueryNoteKind.Relaxed, total.ToString(CultureInfo.InvariantCulture))
            {
                Terms = [.. strict.Context.Terms.Where(t => t.RelaxableAt(1)).Select(t => new NotedTerm(t.Text, t.Words))],
            });
        }
        var page = request.Limit == 0 ? [] : run.Ordered.Skip(request.Offset).Take(request.Limit).ToArray();
        // A parsed query, not the rewritten one: rewriting may turn a wildcard's terms into a filter the highlighter
        // cannot read. Its wildcards and patterns hold automata the parser built within bounds, which the highlighter
        // runs over one hit's terms at a time.
        var highlighter = new SnippetHighlighter(page.Length == 0 || run.Query is MatchAllDocsQuery ? run.Query : PlanQueryParser.Parse(request.Query, ReadingMode.Highlight, context),
            [.. context.Terms.SelectMany(t => t.Alternatives).SelectMany(a => a.OwnWords).Where(w => w.Length > 1).Distinct(StringComparer.Ordinal)]);
        var hits = page.Select(scoreDoc => ToHit(scoreDoc, highlighter)).ToList();
        var counts = FacetCollector.Sum(facetColumns.Value, run.Facets);
        return new SearchResults(run.Total, hits, counts.Jurisdictions, counts.Years, counts.Levels, counts.Units)
        {
            // A misspelt term is corrected even where the others were found without it.
            Reading = ReadingOf(request, context, strict.Run.Total, budget),
        };
    }

    /// <summary>Below this many matches, a term of three or more words is searched again with one word allowed missing.</summary>
    internal const int RelaxBelow = 10;

    private sealed record Matches(Query Query, int Total, ScoreDoc[] Ordered, FacetCollector[] Facets);

    // Every match of the query in the request's filters, counted per facet, the best RankedWindow ranked again.
    private Matches Run(SearchRequest request, QueryContext context, SearchBudget budget)
    {
        var query = PlanQueryParser.Parse(request.Query, ReadingMode.Match, context);
        var ranking = request.Order == SearchOrder.Relevance && request.Limit > 0 && query is not MatchAllDocsQuery
            ? PlanQueryParser.Parse(request.Query, ReadingMode.Rank, context) : null;
        // The collector allocates its queue up front, so never ask for more slots than there are documents.
        var wanted = (int)Math.Min((long)request.Offset + request.Limit, reader.MaxDoc);
        var collected = ranking is null ? wanted : (int)Math.Min(Math.Max(wanted, RankedWindow), reader.MaxDoc);
        var parts = slices.Select(_ => (Top: TopCollector(request.Order, Math.Max(1, collected)), Facets: new FacetCollector(facetColumns.Value))).ToArray();
        // Rewritten once: turning a wildcard into its terms walks the term dictionary.
        var rewritten = searcher.Rewrite(query);
        var weight = searcher.WeightOf(rewritten, filters.For(request));
        Parallel.For(0, parts.Length, i => searcher.SearchSlice(slices[i], weight,
            DeadlineCollector.Within(MultiCollector.Wrap(parts[i].Top, parts[i].Facets), budget)));

        var sort = SortOf(request.Order);
        var merged = TopDocs.Merge(sort, 0, collected, [.. parts.Select(p => p.Top.GetTopDocs(0, collected))]);
        var ordered = ranking is null ? merged.ScoreDocs : Reranked(merged, ranking);
        return new Matches(query, parts.Sum(p => p.Top.TotalHits), ordered, [.. parts.Select(p => p.Facets)]);
    }

    /// <summary>Variants shown at most: the rest are searched all the same.</summary>
    internal const int MaxShownVariants = 12;

    private QueryReading ReadingOf(SearchRequest request, QueryContext context, int total, SearchBudget budget)
    {
        var also = context.Terms.SelectMany(t => t.Alternatives).SelectMany(a => a.Shown)
            .Distinct(StringComparer.Ordinal).Take(MaxShownVariants).ToList();
        var hints = request.Jurisdictions is not { Count: > 0 } ? Suggestions.Jurisdictions(context, jurisdictionNames.Value) : [];
        var didYouMean = total == 0 && context.Terms.Any()
            ? Suggestions.Correction(request.Query, context, searcher, word => reader.DocFreq(new Term(IndexFields.Text, word)),
                corrected => Count(request with { Query = corrected }, budget))
            : null;
        return new QueryReading(context.Notes.Distinct().ToList(), also, didYouMean, hints);
    }

    // How many requirements a query matches, with the request's filters; 0 when it cannot be read.
    private int Count(SearchRequest request, SearchBudget budget)
    {
        try
        {
            var query = PlanQueryParser.Parse(request.Query, ReadingMode.Match, new QueryContext(variants, distinctive: Distinctive, namesAPlace: NamesAPlace));
            var counter = new TotalHitCountCollector();
            searcher.Search(WeightlessFilter(query, filters.For(request)), DeadlineCollector.Within(counter, budget));
            return counter.TotalHits;
        }
        catch (QuerySyntaxException)
        {
            return 0;
        }
    }

    private static Query WeightlessFilter(Query query, Filter? filter) => filter is null ? query : new FilteredQuery(query, filter);

    /// <summary>
    /// How many of the best matches the word field ranks again. Always the same number, whatever page is asked
    /// for, so pages follow one order; beyond it, matches keep the bigram field's order.
    /// </summary>
    internal const int RankedWindow = 100;

    // Whole-word matches first: each of the first RankedWindow matches gains the words-only query's score.
    private ScoreDoc[] Reranked(TopDocs merged, Query ranking)
    {
        if (merged.ScoreDocs.Length == 0)
            return merged.ScoreDocs;
        var head = merged.ScoreDocs.Take(RankedWindow).ToArray();
        var reranked = SliceRescorer.Rescore(searcher, slices, head, ranking, RankingWeights.Rescore);
        return [.. reranked, .. merged.ScoreDocs.Skip(RankedWindow)];
    }

    /// <summary>Null for relevance; otherwise by year, then score.</summary>
    private static Sort? SortOf(SearchOrder order)
    {
        if (order == SearchOrder.Relevance)
            return null;
        // A plan with no year has no doc value; the missing value puts it last in either direction.
        var newest = order == SearchOrder.Newest;
        var year = new SortField(IndexFields.Year, SortFieldType.INT64, newest);
        year.SetMissingValue(newest ? long.MinValue : long.MaxValue);
        return new Sort(year, SortField.FIELD_SCORE);
    }

    private static ITopDocsCollector TopCollector(SearchOrder order, int wanted) => SortOf(order) is { } sort
        // The slices' hits are merged by their sort values, so the collector keeps them (fillFields).
        ? TopFieldCollector.Create(sort, wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
        : TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);

    private SearchHit ToHit(ScoreDoc scoreDoc, SnippetHighlighter highlighter)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        var text = doc.Get(IndexFields.StoredText) ?? "";
        var snippet = highlighter.Build(text, StoredWords.Decode(doc.GetBinaryValue(IndexFields.StoredWords), text.Length));
        // Criteria are searched, but shown only when they alone hold the query, and labelled as what they are.
        if (!snippet.Marked && doc.GetValues(IndexFields.StoredCriteria) is { Length: > 0 } criteria
            && highlighter.Build(string.Join("\n", criteria)) is { Marked: true } fromCriteria)
            snippet = fromCriteria with { Source = SnippetSource.Criteria };
        return new SearchHit(
            doc.Get(IndexFields.Id) ?? "",
            doc.Get(IndexFields.Plan) ?? "",
            doc.Get(IndexFields.Jurisdiction) ?? "",
            int.TryParse(doc.Get(IndexFields.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            doc.Get(IndexFields.Number),
            scoreDoc.Score,
            text,
            snippet);
    }

    /// <summary>
    /// Takes a reference, as Lucene's readers count them, so a server can keep answering from this searcher while it
    /// switches to a newer index; false when the searcher is already closed.
    /// </summary>
    public bool TryIncRef() => reader.TryIncRef();

    /// <summary>Gives back a reference; the last one closes the searcher.</summary>
    public void DecRef()
    {
        reader.DecRef();
        if (reader.RefCount == 0)
            Close();
    }

    /// <summary>References held: 1 for its owner, more while others use it; 0 once closed.</summary>
    public int RefCount => reader.RefCount;

    public void Dispose()
    {
        if (disposed)
            return;
        reader.Dispose();
        Close();
    }

    private void Close()
    {
        disposed = true;
        directory.Dispose();
    }
}
