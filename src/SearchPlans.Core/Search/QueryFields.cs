using Lucene.Net.Search;
using SearchPlans.Index;

namespace SearchPlans.Search;

/// <summary>A field name users may write before a colon, and what it searches.</summary>
/// <param name="IndexField">The index field for prefix, wildcard and range syntax; null for the text fields.</param>
/// <param name="Exact">Builds the query for a plain value; null when the value is analysed like text.</param>
internal sealed record QueryField(string? IndexField, Func<string, Query>? Exact);

/// <summary>The user-facing field names of the query syntax, declared once.</summary>
internal static class QueryFields
{
    private static readonly Dictionary<string, QueryField> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = new(null, null),
        ["jurisdiction"] = new(IndexFields.Jurisdiction, FilterQueries.Jurisdiction),
        ["year"] = new(IndexFields.Year, FilterQueries.Year),
        ["level"] = new(IndexFields.Level, FilterQueries.Level),
        ["province"] = new(IndexFields.Province, v => FilterQueries.Exact(IndexFields.Province, v)),
        ["unit"] = new(IndexFields.Units, FilterQueries.Unit),
        ["lead"] = new(IndexFields.LeadUnits, v => FilterQueries.Exact(IndexFields.LeadUnits, v)),
        ["section"] = new(IndexFields.Section, null),
        ["deadline"] = new(IndexFields.Deadline, null),
        ["number"] = new(IndexFields.Number, v => FilterQueries.Id(IndexFields.Number, v)),
        ["plan"] = new(IndexFields.Plan, v => FilterQueries.Id(IndexFields.Plan, v)),
        ["doc"] = new(IndexFields.Plan, v => FilterQueries.Id(IndexFields.Plan, v)),
        ["id"] = new(IndexFields.Id, v => FilterQueries.Id(IndexFields.Id, v)),
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static QueryField? Find(string name) => ByName.GetValueOrDefault(name);
}
