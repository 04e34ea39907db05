using System.Globalization;
using System.Text.Json.Nodes;
using SearchPlans.Contracts;
using SearchPlans.Links;
using SearchPlans.Search;
using SearchPlans.Web.Compare;
using SearchPlans.Web.Reading;
using SearchPlans.Web.Search;

namespace SearchPlans.Web.Api;

/// <summary>
/// The JSON API under /api. It mirrors the CLI's JSON: the same shapes from <see cref="SearchPlans.Contracts"/>,
/// with a plan's requirements and a requirement's counterparts added to the object they belong to.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>A caller asking for more hits than this gets an error rather than a huge response.</summary>
    public const int MaxLimit = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", Search);
        api.MapGet("/plans", (CorpusSnapshot snapshot) => Json(snapshot.Corpus.Plans.Select(DocJson.From).ToList()));
        api.MapGet("/plans/{id}", Plan);
        api.MapGet("/requirements/{id}", Requirement);
        api.MapGet("/compare", Compare);
        api.MapGet("/status", (CorpusSnapshot snapshot) => Json(new StatusJson(snapshot.Generation, snapshot.OpenedAt,
            snapshot.Corpus.Plans.Count, snapshot.Counterparts.RequirementCount, snapshot.Corpus.Links.Count,
            GC.GetGCMemoryInfo().HeapSizeBytes, Environment.WorkingSet)));
        // A program calling a misspelt address reads JSON, not the people's 404 page.
        api.Map("/{**rest}", (HttpContext context) => Error(StatusCodes.Status404NotFound,
            $"There is no API address {context.Request.Path}; the addresses are /api/search, /api/plans, /api/plans/{{id}}, /api/requirements/{{id}}, /api/compare and /api/status."));
    }

    private static IResult Search([AsParameters] SearchForm form, string? limit, string? offset, CorpusSnapshot snapshot, SearchCancellation cancellation)
    {
        var (criteria, problems) = SearchCriteria.Read(form);
        var (take, takeProblem) = Count("limit", limit, 20, MaxLimit);
        var (skip, skipProblem) = Count("offset", offset, 0, int.MaxValue);
        var all = problems.Select(p => p.Reason).Concat(new[] { takeProblem, skipProblem }.OfType<string>()).ToList();
        if (all.Count > 0)
            return Error(StatusCodes.Status400BadRequest, string.Join(" ", all));
        try
        {
            return Json(SearchJson.From(snapshot.Searcher.Search(criteria.ToRequest(take, skip), cancellation.Token)));
        }
        catch (QuerySyntaxException e)
        {
            return Error(StatusCodes.Status400BadRequest, e.Message);
        }
        catch (OperationCanceledException) when (cancellation.Token.IsCancellationRequested)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, SearchCancellation.Message);
        }
    }

    private static IResult Plan(string id, CorpusSnapshot snapshot)
    {
        if (snapshot.Corpus.FindPlan(id) is not { } plan)
            return Error(StatusCodes.Status404NotFound, $"There is no plan \"{id}\"; /api/plans lists them.");
        var json = Node(DocJson.From(plan));
        json["requirements"] = ContractJson.ForWeb.ToNode(plan.Requirements.Select(r => RequirementJson.From(plan, r)).ToList());
        return Json(json);
    }

    private static IResult Requirement(string id, CorpusSnapshot snapshot)
    {
        if (snapshot.Counterparts.Find(id) is not { } placed)
            return Error(StatusCodes.Status404NotFound, $"There is no requirement \"{id}\"; /api/plans/{{id}} lists a plan's requirements.");
        var json = Node(RequirementJson.From(placed.Plan, placed.Requirement));
        var tiers = CounterpartTiers.Of(snapshot.Counterparts.Of(id));
        json["counterparts"] = ContractJson.ForWeb.ToNode(tiers.Trusted.Select(SimilarJson.From).ToList());
        json["weaker"] = ContractJson.ForWeb.ToNode(tiers.Weaker.Select(SimilarJson.From).ToList());
        return Json(json);
    }

    private static IResult Compare(string? a, string? b, CorpusSnapshot snapshot, ComparisonCache comparisons)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
            return Error(StatusCodes.Status400BadRequest, "Name two plans: /api/compare?a=PLAN_ID&b=PLAN_ID; /api/plans lists them.");
        var unknown = new[] { a, b }.FirstOrDefault(id => snapshot.Corpus.FindPlan(id) is null);
        if (unknown is not null)
            return Error(StatusCodes.Status404NotFound, $"There is no plan \"{unknown}\"; /api/plans lists them.");
        if (a == b)
            return Error(StatusCodes.Status400BadRequest, "A plan cannot be compared with itself; name two different plans.");
        return Json(ComparisonJson.From(comparisons.Compare(snapshot, a, b)));
    }

    private static (int Value, string? Problem) Count(string name, string? text, int fallback, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (fallback, null);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max
            ? (value, null)
            : (fallback, $"{name} must be a whole number from 0 to {max}, not \"{text}\".");
    }

    private static JsonObject Node<T>(T value) => ContractJson.ForWeb.ToObject(value);

    private static IResult Json<T>(T value) => Results.Json(value, ContractJson.ForWeb.Options);

    private static IResult Error(int status, string message) => Results.Json(new ErrorJson(message), ContractJson.ForWeb.Options, statusCode: status);
}
