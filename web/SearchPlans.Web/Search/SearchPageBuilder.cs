using SearchPlans.Localization;
using SearchPlans.Search;
using SearchPlans.Web.Localization;
using SearchPlans.Web.Markup;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Search;

/// <summary>Runs the search a form asks for and shapes the page: cards, facets with links, pages and sorts.</summary>
public sealed class SearchPageBuilder(CorpusSnapshot snapshot, SearchCancellation cancellation)
{
    public const int PageSize = 20;

    // Further pages than this are refused rather than multiplied into an offset that overflows.
    private const int MaxPage = 100_000;

    // The units facet of a broad query runs to hundreds; the commonest are shown, the next ones folded under "more".
    private const int MaxFacetValues = 30;

    // A national index names thousands of units; past these, the reader narrows the search instead.
    private const int MaxMoreFacetValues = 500;

    public SearchView Build(SearchForm form)
    {
        var (criteria, problems) = SearchCriteria.Read(form);
        if (criteria.IsBlank)
            return new SearchView(criteria, [.. problems.Select(p => p.OnPage)], null);

        var asked = SearchCriteria.ReadPage(form);
        var page = Math.Min(asked, MaxPage);
        SearchResults results;
        try
        {
            results = snapshot.Searcher.Search(criteria.ToRequest(PageSize, (page - 1) * PageSize), cancellation.Token);
        }
        catch (QuerySyntaxException e)
        {
            return new SearchView(criteria, [.. problems.Select(p => p.OnPage), EngineWords.Say(e.Note)], null);
        }
        catch (OperationCanceledException) when (cancellation.Token.IsCancellationRequested)
        {
            return new SearchView(criteria, [.. problems.Select(p => p.OnPage), SearchCancellation.Message], null);
        }

        var pageCount = (results.Total + PageSize - 1) / PageSize;
        var messages = problems.Select(p => p.OnPage).ToList();
        if (results.Total > 0 && page > pageCount)
            messages.Add(Text.Format("Page {0} is past the last page of results, page {1}.", asked, pageCount));
        var cards = results.Hits.Select(ToCard).ToList();
        var reading = results.Reading;
        return new SearchView(criteria, messages,
            new SearchOutcome(results.Total, page, pageCount, (page - 1) * PageSize + 1, cards, Facets(criteria, results, cancellation.Token), Sorts(criteria))
            {
                Reading = reading,
                Notes = [.. reading.Notes.Select(EngineWords.Say)],
                DidYouMeanUrl = reading.DidYouMean is { } better ? SearchLinks.Page(criteria with { Query = better }) : null,
                // The place as a filter, and the word taken out of the query, since the filter now says it.
                PlaceFilters = [.. reading.Jurisdictions.Select(j => (j.Word, j.Names,
                    SearchLinks.Page(criteria with { Jurisdictions = [j.Word], Query = WithoutWord(criteria.Query, j.Word) })))],
            });
    }

    private static string WithoutWord(string query, string word) =>
        string.Join(" ", query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w != word));

    private HitCard ToCard(SearchHit hit)
    {
        var placed = snapshot.Counterparts.Find(hit.Id);
        return new HitCard(hit, placed?.Plan, placed?.Requirement, snapshot.Counterparts.TrustedCountOf(hit.Id));
    }

    /// <summary>
    /// One group per filter. A filter with values chosen is counted as if it were not set (the others still apply),
    /// so its other values stay on offer with what they would add, as Kibana and shop facets do; each value adds
    /// itself to the chosen ones and each chosen one can be removed.
    /// </summary>
    private List<FacetGroup> Facets(SearchCriteria criteria, SearchResults results, CancellationToken cancellation) =>
    [
        .. SearchCriteria.Facets.Select(facet =>
        {
            var chosen = criteria.Values(facet);
            var counts = CountsOf(facet, chosen.Count == 0 ? results
                : snapshot.Searcher.Search(criteria.With(facet, []).ToRequest(0, 0), cancellation));
            return Group(facet, counts, criteria);
        }),
    ];

    private static IReadOnlyList<FacetCount> CountsOf(Facet facet, SearchResults results) => facet switch
    {
        Facet.Jurisdiction => results.Jurisdictions,
        Facet.Year => results.Years,
        Facet.Level => results.Levels,
        _ => results.Units,
    };

    private FacetGroup Group(Facet facet, IReadOnlyList<FacetCount> counts, SearchCriteria criteria)
    {
        var chosen = criteria.Values(facet);
        // A unit is chosen by any of its spellings and counted under the name /units shows it by.
        string Key(string value) => facet == Facet.Unit ? snapshot.Units.Find(value)?.Name ?? value : value;
        var chosenKeys = chosen.Select(Key).ToHashSet(StringComparer.Ordinal);
        var chosenLinks = chosen.Select(value => new FacetLink(
            ValueLabel(facet, Key(value)),
            counts.Where(c => c.Value == Key(value)).Sum(c => c.Count),
            SearchLinks.Page(criteria.With(facet, [.. chosen.Where(v => v != value)])))).ToList();
        var offered = counts.Where(c => !chosenKeys.Contains(c.Value))
            .Select(c => new FacetLink(ValueLabel(facet, c.Value), c.Count, SearchLinks.Page(criteria.With(facet, [.. chosen, c.Value]))))
            .ToList();
        return new FacetGroup(
            FacetLabel(facet),
            SearchCriteria.ParameterOf(facet),
            chosenLinks,
            [.. offered.Take(MaxFacetValues)],
            [.. offered.Skip(MaxFacetValues).Take(MaxMoreFacetValues)],
            Math.Max(0, offered.Count - MaxFacetValues - MaxMoreFacetValues));
    }

    private static string FacetLabel(Facet facet) => facet switch
    {
        Facet.Jurisdiction => Text.Get("Jurisdiction"),
        Facet.Year => Text.Get("Year"),
        Facet.Level => Text.Get("Level"),
        _ => Text.Get("Responsible unit"),
    };

    private static string ValueLabel(Facet facet, string value) => facet == Facet.Level ? Labels.Level(value) : value;

    private static List<SortLink> Sorts(SearchCriteria criteria) =>
        Enum.GetValues<SearchOrder>()
            .Select(order => new SortLink(Labels.Order(order), SearchLinks.Page(criteria with { Order = order }), order == criteria.Order))
            .ToList();
}
