using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SearchPlans.Model;

namespace SearchPlans.Compare.Rendering;

/// <summary>
/// A plan comparison as JSON for programs: camelCase names, enum values as camelCase strings,
/// Chinese written as is rather than as \u escapes.
/// </summary>
/// <remarks>
/// Written field by field rather than by serialising the records, so the format is visible here
/// and does not change when a record gains a property.
/// </remarks>
public sealed class ComparisonJsonWriter(bool indented = true)
{
    private readonly JsonWriterOptions options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = indented,
    };

    public string ToJson(PlanComparison comparison)
    {
        using var stream = new MemoryStream();
        Write(comparison, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public void Write(PlanComparison comparison, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var json = new Utf8JsonWriter(utf8Json, options);
        json.WriteStartObject();
        WritePlan(json, "planA", comparison.A);
        WritePlan(json, "planB", comparison.B);
        json.WriteStartArray("rows");
        foreach (var row in comparison.Rows)
        {
            WriteRow(json, row);
        }

        json.WriteEndArray();
        WriteWithoutEquivalents(json, "onlyInA", comparison.OnlyInA);
        // The name programs read before "onlyInA" followed the same definition; the list is the same.
        WriteWithoutEquivalents(json, "withoutEquivalentInB", comparison.OnlyInA);
        WriteWithoutEquivalents(json, "onlyInB", comparison.OnlyInB);
        WriteSummary(json, comparison.Summary);
        json.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter json, string name, Plan plan)
    {
        json.WriteStartObject(name);
        json.WriteString("id", plan.Id);
        json.WriteString("title", plan.Title);
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, ComparisonRow row)
    {
        json.WriteStartObject();
        json.WritePropertyName("a");
        WriteRequirement(json, row.A);
        json.WritePropertyName("b");
        if (row.B is null)
        {
            json.WriteNullValue();
        }
        else
        {
            WriteRequirement(json, row.B);
        }

        WriteEnum(json, "kind", row.Kind);
        WriteEnum(json, "relation", row.Relation);
        if (row.Score is { } score)
        {
            json.WriteNumber("score", score);
        }
        else
        {
            json.WriteNull("score");
        }

        WriteDiff(json, row.Diff);
        WriteCounterparts(json, "alsoRelated", row.AlsoRelated);
        WriteCounterparts(json, "weaker", row.Weaker);
        json.WriteEndObject();
    }

    private static void WriteCounterparts(Utf8JsonWriter json, string name, IReadOnlyList<Counterpart> counterparts)
    {
        json.WriteStartArray(name);
        foreach (var counterpart in counterparts)
        {
            json.WriteStartObject();
            WriteRequirementFields(json, counterpart.Requirement);
            WriteEnum(json, "kind", counterpart.Kind);
            WriteEnum(json, "relation", counterpart.Relation);
            json.WriteNumber("score", counterpart.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDiff(Utf8JsonWriter json, WordDiff? diff)
    {
        if (diff is null)
        {
            json.WriteNull("diff");
            return;
        }

        json.WriteStartObject("diff");
        json.WriteNumber("similarity", diff.Similarity);
        WritePieces(json, "left", diff.Left);
        WritePieces(json, "right", diff.Right);
        json.WriteEndObject();
    }

    private static void WritePieces(Utf8JsonWriter json, string name, IReadOnlyList<DiffPiece> pieces)
    {
        json.WriteStartArray(name);
        foreach (var piece in pieces)
        {
            json.WriteStartObject();
            WriteEnum(json, "kind", piece.Kind);
            json.WriteString("text", piece.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteWithoutEquivalents(Utf8JsonWriter json, string name, IReadOnlyList<WithoutEquivalent> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            WriteRequirementFields(json, item.Requirement);
            WriteCounterparts(json, "partialMatches", item.PartialMatches);
            WriteCounterparts(json, "weaker", item.Weaker);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRequirement(Utf8JsonWriter json, Requirement requirement)
    {
        json.WriteStartObject();
        WriteRequirementFields(json, requirement);
        json.WriteEndObject();
    }

    private static void WriteRequirementFields(Utf8JsonWriter json, Requirement requirement)
    {
        json.WriteString("id", requirement.Id);
        json.WriteString("number", requirement.Number);
        json.WriteString("text", requirement.Text);
    }

    private static void WriteSummary(Utf8JsonWriter json, ComparisonSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("aCount", summary.ACount);
        json.WriteNumber("bCount", summary.BCount);
        json.WriteNumber("equivalent", summary.Equivalent);
        json.WriteNumber("related", summary.Related);
        json.WriteNumber("onlyInA", summary.OnlyInA);
        json.WriteNumber("onlyInB", summary.OnlyInB);
        json.WriteNumber("shareOfACoveredByB", summary.ShareOfACoveredByB);
        json.WriteNumber("shareOfBCoveredByA", summary.ShareOfBCoveredByA);
        json.WriteEndObject();
    }

    private static void WriteEnum<T>(Utf8JsonWriter json, string name, T? value)
        where T : struct, Enum
    {
        if (value is { } v)
        {
            WriteEnum(json, name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteEnum<T>(Utf8JsonWriter json, string name, T value)
        where T : struct, Enum =>
        json.WriteString(name, JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
}
