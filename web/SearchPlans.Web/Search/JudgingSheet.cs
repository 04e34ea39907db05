using SearchPlans.Localization;
using System.Text;
using SearchPlans.Contracts;
using SearchPlans.Search;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Search;

/// <summary>
/// /search/judging.csv: a search's best results as a sheet to grade for relevance, with a blank grade column (2 about
/// the subject, 1 in passing, 0 not). Ordered by requirement id, not by rank, and without scores, so whoever grades
/// does not see how the search ranked them. Filled in, it is what `searchplans eval-search --qrels` reads.
/// </summary>
public static class JudgingSheet
{
    /// <summary>Results a sheet takes by default, and at most.</summary>
    public const int DefaultDepth = 20;

    public const int MaxDepth = 100;

    public static IReadOnlyList<string> Header { get; } = ["query", "requirement", "jurisdiction", "year", "number", "text", "criteria", "grade"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/search/judging.csv", ([AsParameters] SearchForm form, string? depth, CorpusSnapshot snapshot, SearchCancellation cancellation) =>
        {
            var (criteria, problems) = SearchCriteria.Read(form);
            if (problems.Count > 0 || criteria.Query.Length == 0)
                return Results.Text(problems.Count > 0 ? string.Join(Environment.NewLine, problems) : "A judging sheet needs a query (q=…).",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var take = int.TryParse(depth, out var d) && d > 0 ? Math.Min(d, MaxDepth) : DefaultDepth;
            SearchResults results;
            try
            {
                results = snapshot.Searcher.Search(criteria.ToRequest(take, 0), cancellation.Token);
            }
            catch (QuerySyntaxException e)
            {
                return Results.Text(EngineWords.Say(e.Note), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }
            catch (OperationCanceledException) when (cancellation.Token.IsCancellationRequested)
            {
                return Results.Text(SearchCancellation.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            var rows = results.Hits
                .OrderBy(h => h.Id, StringComparer.Ordinal)
                .Select(h => (IReadOnlyList<string?>)[criteria.Query, h.Id, h.Jurisdiction, h.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), h.Number, h.Text,
                    snapshot.Counterparts.Find(h.Id)?.Requirement is { } r ? string.Join(Csv.ListSeparator, r.Criteria) : null, null]);
            using var writer = new StringWriter();
            Csv.Write(writer, Header, rows);
            // The byte-order mark tells spreadsheet programs the file is UTF-8.
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", "searchplans-judging.csv");
        });
}
