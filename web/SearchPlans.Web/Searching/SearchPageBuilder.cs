using SearchPlans.Search;
using SearchPlans.Web.Markup;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Searching;

/// <summary>Runs the search a form asks for and shapes the page: cards, facets with links, pages and sorts.</summary>
public sealed class SearchPageBuilder(CorpusSnapshot snapshot, SearchCancellation cancellation)
{
    public const int PageSize = 20;

    // Further pages than this are refused rather than multiplied into an offset that overflows.
    private const int MaxPage = 100_000;

    // The units facet of a broad query runs to hundreds; the commonest are the useful ones.
    private const int MaxFacetValues = 30;

    public SearchView Build(SearchForm form)
    {
        var (criteria, problems) = SearchCriteria.Read(form);
        if (criteria.IsBlank)
            return new SearchView(criteria, problems, null);

        var page = Math.Min(SearchCriteria.ReadPage(form), MaxPage);
        SearchResults results;
        try
        {
            results = snapshot.Searcher.Search(criteria.ToRequest(PageSize, (page - 1) * PageSize), cancellation.Token);
        }
        catch (QuerySyntaxException e)
        {
            return new SearchView(criteria, [.. problems, e.Message], null);
        }
        catch (OperationCanceledException) when (cancellation.Token.IsCancellationRequested)
        {
            return new SearchView(criteria, [.. problems, SearchCancellation.Message], null);
        }

        var pageCount = (results.Total + PageSize - 1) / PageSize;
        var messages = problems.ToList();
        if (results.Total > 0 && page > pageCount)
            messages.Add($"Page {page} is past the last page of results, page {pageCount}.");
        var cards = results.Hits.Select(ToCard).ToList();
        var reading = results.Reading;
        return new SearchView(criteria, messages,
            new SearchOutcome(results.Total, page, pageCount, (page - 1) * PageSize + 1, cards, Facets(criteria, results), Sorts(criteria))
            {
                Reading = reading,
                DidYouMeanUrl = reading.DidYouMean is { } better ? SearchLinks.Page(criteria with { Query = better }) : null,
                // The place as a filter, and the word taken out of the query, since the filter now says it.
                PlaceFilters = [.. reading.Jurisdictions.Select(j => (j.Word, j.Names,
                    SearchLinks.Page(criteria with { Jurisdiction = j.Word, Query = WithoutWord(criteria.Query, j.Word) })))],
            });
    }

    private static string WithoutWord(string query, string word) =>
        string.Join(" ", query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w != word));

    private HitCard ToCard(SearchHit hit)
    {
        var placed = snapshot.Counterparts.Find(hit.Id);
        return new HitCard(hit, placed?.Plan, placed?.Requirement, snapshot.Counterparts.CountOf(hit.Id));
    }

    private static List<FacetGroup> Facets(SearchCriteria criteria, SearchResults results) =>
    [
        Group("Jurisdiction 地区", results.Jurisdictions, v => v, criteria.Jurisdiction, v => criteria with { Jurisdiction = v }),
        Group("Year 年度", results.Years, v => v, criteria.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            v => criteria with { Year = v is null ? null : int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) }),
        Group("Level 层级", results.Levels, Labels.Level, criteria.Level, v => criteria with { Level = v }),
        Group("Unit 责任单位", results.Units, v => v, criteria.Unit, v => criteria with { Unit = v }),
    ];

    private static FacetGroup Group(string label, IReadOnlyList<FacetCount> counts, Func<string, string> valueLabel, string? chosen,
        Func<string?, SearchCriteria> with)
    {
        var values = counts.Take(MaxFacetValues).Select(c => new FacetLink(valueLabel(c.Value), c.Count, SearchLinks.Page(with(c.Value)))).ToList();
        var chosenLink = chosen is null ? null
            : new FacetLink(valueLabel(chosen), counts.Where(c => c.Value == chosen).Sum(c => c.Count), SearchLinks.Page(with(null)));
        return new FacetGroup(label, chosen is null ? values : [], chosenLink);
    }

    private static List<SortLink> Sorts(SearchCriteria criteria) =>
        Enum.GetValues<SearchOrder>()
            .Select(order => new SortLink(Labels.Order(order), SearchLinks.Page(criteria with { Order = order }), order == criteria.Order))
            .ToList();
}
