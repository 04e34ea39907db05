using System.Text;
using System.Text.Json;
using SearchPlans.Contracts;
using SearchPlans.Search;
using SearchPlans.Web.Api;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Searching;

/// <summary>
/// /search/export.csv and /search/export.json: every match of the search the page shows (not only its page), with
/// the fields of `searchplans search --format csv|json`.
/// </summary>
public static class SearchExport
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/search/export.csv", ([AsParameters] SearchForm form, CorpusSnapshot snapshot, SearchCancellation cancellation) =>
            Export(form, snapshot, cancellation, results =>
            {
                using var writer = new StringWriter();
                Csv.Write(writer, HitJson.CsvHeader, results.Hits.Select(h => HitJson.From(h).CsvRow()));
                // The byte-order mark tells spreadsheet programs the file is UTF-8; without it they show Chinese as mojibake.
                var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
                return Results.File(bytes, "text/csv; charset=utf-8", "searchplans-search.csv");
            }));
        app.MapGet("/search/export.json", ([AsParameters] SearchForm form, CorpusSnapshot snapshot, SearchCancellation cancellation) =>
            Export(form, snapshot, cancellation, results => Results.File(
                JsonSerializer.SerializeToUtf8Bytes(SearchJson.From(results), ApiJson.Options),
                "application/json; charset=utf-8", "searchplans-search.json")));
    }

    private static IResult Export(SearchForm form, CorpusSnapshot snapshot, SearchCancellation cancellation, Func<SearchResults, IResult> write)
    {
        var (criteria, problems) = SearchCriteria.Read(form);
        if (problems.Count > 0)
            return Results.Text(string.Join(Environment.NewLine, problems.Select(p => p.Reason)), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        try
        {
            return write(snapshot.Searcher.Search(criteria.ToRequest(snapshot.Searcher.RequirementCount, 0), cancellation.Token));
        }
        catch (QuerySyntaxException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (OperationCanceledException) when (cancellation.Token.IsCancellationRequested)
        {
            return Results.Text(SearchCancellation.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
