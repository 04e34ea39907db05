using SearchPlans.Localization;
using System.Text;
using SearchPlans.Contracts;
using SearchPlans.Search;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Search;

/// <summary>
/// /search/export.csv and /search/export.json: every match of the search the page shows (not only its page), with
/// the fields of `searchplans search --format csv|json`.
/// </summary>
public static class SearchExport
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/search/export.csv", ([AsParameters] SearchForm form, CorpusSnapshot snapshot, SearchCancellation cancellation) =>
            Export(form, snapshot, cancellation, (criteria, results) =>
            {
                using var writer = new StringWriter();
                Csv.Write(writer, ExportedHitJson.CsvHeader, Hits(results, snapshot).Select(h => h.CsvRow()));
                // The byte-order mark tells spreadsheet programs the file is UTF-8; without it they show Chinese as mojibake.
                var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
                return Results.File(bytes, "text/csv; charset=utf-8", ExportFileName.Of(criteria, "csv"));
            }));
        app.MapGet("/search/export.json", ([AsParameters] SearchForm form, CorpusSnapshot snapshot, SearchCancellation cancellation) =>
            Export(form, snapshot, cancellation, (criteria, results) =>
            {
                var search = SearchJson.From(results);
                var json = new ExportedSearchJson(search.Total, Hits(results, snapshot), search.Facets);
                return Results.File(ContractJson.ForWeb.SerializeToUtf8Bytes(json), "application/json; charset=utf-8",
                    ExportFileName.Of(criteria, "json"));
            }));
    }

    private static List<ExportedHitJson> Hits(SearchResults results, CorpusSnapshot snapshot) =>
    [
        .. results.Hits.Select(hit => snapshot.Counterparts.Find(hit.Id) is { } placed
            ? ExportedHitJson.From(hit, placed.Plan, placed.Requirement)
            : ExportedHitJson.From(hit, null, null)),
    ];

    private static IResult Export(SearchForm form, CorpusSnapshot snapshot, SearchCancellation cancellation, Func<SearchCriteria, SearchResults, IResult> write)
    {
        var (criteria, problems) = SearchCriteria.Read(form);
        if (problems.Count > 0)
            return Results.Text(string.Join(Environment.NewLine, problems.Select(p => p.Reason)), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        try
        {
            return write(criteria, snapshot.Searcher.Search(criteria.ToRequest(snapshot.Searcher.RequirementCount, 0), cancellation.Token));
        }
        catch (QuerySyntaxException e)
        {
            return Results.Text(EngineWords.Say(e.Note), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (OperationCanceledException) when (cancellation.Token.IsCancellationRequested)
        {
            return Results.Text(SearchCancellation.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
