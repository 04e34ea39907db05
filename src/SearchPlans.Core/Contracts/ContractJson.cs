using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace SearchPlans.Contracts;

/// <summary>
/// The one JSON writer of every shape in this folder, for the command line, the API and the exports alike:
/// camelCase names, nulls written, indented, Chinese left readable rather than \u-escaped.
/// </summary>
/// <remarks>
/// The hosts differ only in which ASCII they escape. A terminal or a file gets the text as written (1+1+9 stays
/// 1+1+9). A response a browser may be fooled into reading as HTML escapes &lt; &gt; &amp; ' and + too, so it cannot
/// carry markup.
/// </remarks>
public sealed class ContractJson
{
    private ContractJson(JavaScriptEncoder encoder) => Options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = encoder,
    };

    /// <summary>For standard output and files.</summary>
    // The relaxed encoder leaves CJK and 【】 as they are; this output is data for programs, never embedded in HTML.
    public static ContractJson ForFiles { get; } = new(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>For web responses.</summary>
    public static ContractJson ForWeb { get; } = new(JavaScriptEncoder.Create(UnicodeRanges.All));

    /// <summary>The serializer settings, for hosts that serialize themselves (ASP.NET Core's Results.Json).</summary>
    public JsonSerializerOptions Options { get; }

    public string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>A shape as an object, for a response that adds fields to it.</summary>
    public JsonObject ToObject<T>(T value) => JsonSerializer.SerializeToNode(value, Options)!.AsObject();

    public JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Options);

    /// <summary>The value and a line end.</summary>
    public void Write<T>(TextWriter writer, T value) => writer.WriteLine(Serialize(value));
}
