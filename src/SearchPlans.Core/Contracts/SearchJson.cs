using System.Globalization;
using System.Text.Json.Nodes;
using SearchPlans.Search;

namespace SearchPlans.Contracts;

/// <summary>Search results, as `searchplans search` and /api/search write them; scripts rely on these field names.</summary>
/// <param name="Notes">How the query was read where it was changed to be read (a quote closed, "and" read as AND).</param>
/// <param name="AlsoSearched">Variants searched besides the query, ranked below it (年度报告 for 年报).</param>
/// <param name="DidYouMean">For a query that found nothing, the nearest query of the index's own words that finds something.</param>
/// <param name="JurisdictionHints">Words of the query that name jurisdictions, with the names: filter with jurisdiction:WORD.</param>
public sealed record SearchJson(int Total, IReadOnlyList<HitJson> Hits, FacetsJson Facets,
    IReadOnlyList<string> Notes, IReadOnlyList<string> AlsoSearched, string? DidYouMean, IReadOnlyList<JurisdictionHintJson> JurisdictionHints)
{
    public static SearchJson From(SearchResults results) => new(
        results.Total,
        results.Hits.Select(HitJson.From).ToList(),
        new FacetsJson(ToObject(results.Jurisdictions), ToObject(results.Years), ToObject(results.Levels), ToObject(results.Units)),
        [.. results.Reading.Notes.Select(QueryNoteEnglish.Sentence)],
        results.Reading.AlsoSearched,
        results.Reading.DidYouMean,
        [.. results.Reading.Jurisdictions.Select(j => new JurisdictionHintJson(j.Word, j.Names))]);

    // An object keeps the facet order (most matches first), which a dictionary would not promise.
    private static JsonObject ToObject(IReadOnlyList<FacetCount> counts)
    {
        var json = new JsonObject();
        foreach (var count in counts)
            json[count.Value] = count.Count;
        return json;
    }
}

/// <summary>One hit. <paramref name="Doc"/> is the plan id; the snippet is plain text with matches in 【】.</summary>
public sealed record HitJson(string Id, string Doc, string Jurisdiction, int? Year, string? Number, double Score, string Text, string Snippet) : ICsvRow<HitJson>
{
    /// <summary>What the snippet is cut from: "text", or "criteria" (labelled 评价标准：) when only the criteria hold the query.</summary>
    public string SnippetFrom { get; init; } = "text";

    public static IReadOnlyList<string> CsvHeader { get; } = ["id", "doc", "jurisdiction", "year", "number", "score", "text", "snippet"];

    /// <summary>Scores are rounded: their last digits change with the index's segments and mean nothing to a reader.</summary>
    public static HitJson From(SearchHit hit) => new(hit.Id, hit.PlanId, hit.Jurisdiction, hit.Year, hit.Number,
        Math.Round(hit.Score, 4), hit.Text, hit.Snippet.ToPlainText())
    {
        SnippetFrom = hit.Snippet.Source == SnippetSource.Criteria ? "criteria" : "text",
    };

    public IReadOnlyList<string?> CsvRow() =>
    [
        Id, Doc, Jurisdiction, Year?.ToString(CultureInfo.InvariantCulture), Number, Score.ToString(CultureInfo.InvariantCulture), Text, Snippet,
    ];
}

/// <summary>Counts over every match, one object per facet, keys ordered by count.</summary>
public sealed record FacetsJson(JsonObject Jurisdiction, JsonObject Year, JsonObject Level, JsonObject Unit);

/// <summary>A word of the query that names jurisdictions.</summary>
public sealed record JurisdictionHintJson(string Word, IReadOnlyList<string> Names);
