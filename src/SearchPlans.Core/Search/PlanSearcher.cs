using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPlans.Index;
using SearchPlans.Search.Facets;

namespace SearchPlans.Search;

/// <summary>
/// Searches a built index. Opens it read-only once; one instance serves concurrent searches
/// (the Lucene searcher is thread-safe, and each search makes its own parser and collectors).
/// </summary>
public sealed class PlanSearcher : IDisposable
{
    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Lucene.Net.Util.Counter clock;
    private readonly FilterCache filters = new();
    private readonly FacetColumns facetColumns = new();
    private bool disposed;

    /// <summary>Longest one search may collect for: a query that would take longer gets a message, not a stalled worker.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(5);

    /// <exception cref="DirectoryNotFoundException">The folder holds no complete index.</exception>
    public PlanSearcher(string indexDirectory)
        : this(indexDirectory, TimeLimitingCollector.GlobalCounter)
    {
    }

    /// <param name="clock">Milliseconds, as Lucene's global counter gives them; tests pass their own.</param>
    internal PlanSearcher(string indexDirectory, Lucene.Net.Util.Counter clock)
    {
        this.clock = clock;
        if (!IndexLayout.Exists(indexDirectory))
            throw new DirectoryNotFoundException($"No index in \"{indexDirectory}\"; build one with `searchplans index`.");
        directory = FSDirectory.Open(IndexLayout.LuceneDirectory(IndexLayout.Resolve(indexDirectory)));
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    /// <summary>How many requirements the index holds.</summary>
    public int RequirementCount => reader.NumDocs;

    /// <exception cref="QuerySyntaxException">The query is not valid.</exception>
    public SearchResults Search(SearchRequest request)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);

        var query = PlanQueryParser.ParseUserQuery(request.Query);
        // The collector allocates its queue up front, so never ask for more slots than there are documents.
        var wanted = (int)Math.Min((long)request.Offset + request.Limit, reader.MaxDoc);
        var top = TopCollector(request.Order, Math.Max(1, wanted));
        var facets = new FacetCollector(facetColumns);
        try
        {
            searcher.Search(query, filters.For(request),
                new TimeLimitingCollector(MultiCollector.Wrap(top, facets), clock, (long)TimeLimit.TotalMilliseconds));
        }
        catch (TimeLimitingCollector.TimeExceededException e)
        {
            throw new QuerySyntaxException($"The query \"{request.Query}\" took longer than {TimeLimit.TotalSeconds:0} s to answer; make it more specific (fewer wildcards, a filter).", e);
        }

        var page = request.Limit == 0 ? [] : top.GetTopDocs(request.Offset, request.Limit).ScoreDocs;
        var terms = QueryTerms.Extract(searcher.Rewrite(query));
        var hits = page.Select(scoreDoc => ToHit(scoreDoc, terms)).ToList();
        var counts = facets.Counts();
        return new SearchResults(top.TotalHits, hits, counts.Jurisdictions, counts.Years, counts.Levels, counts.Units);
    }

    private static ITopDocsCollector TopCollector(SearchOrder order, int wanted)
    {
        if (order == SearchOrder.Relevance)
            return TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
        // A plan with no year has no doc value; the missing value puts it last in either direction.
        var newest = order == SearchOrder.Newest;
        var year = new SortField(IndexFields.Year, SortFieldType.INT64, newest);
        year.SetMissingValue(newest ? long.MinValue : long.MaxValue);
        return TopFieldCollector.Create(new Sort(year, SortField.FIELD_SCORE), wanted,
            fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
    }

    private SearchHit ToHit(ScoreDoc scoreDoc, IReadOnlyDictionary<string, IReadOnlySet<string>> terms)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        var text = doc.Get(IndexFields.StoredText) ?? "";
        var searchable = SearchableText.Compose(text, doc.GetValues(IndexFields.StoredCriteria));
        var snippet = SnippetBuilder.Build(searchable, TextMarks.Find(searchable, terms));
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
