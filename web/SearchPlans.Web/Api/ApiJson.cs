using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SearchPlans.Web.Api;

/// <summary>How the API and the exports write JSON: the CLI's camelCase field names, Chinese unescaped.</summary>
public static class ApiJson
{
    /// <summary>
    /// Unlike the CLI's relaxed encoder, this one still escapes &lt; &gt; &amp; and quotes, so a response
    /// read as HTML by mistake cannot carry markup.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };
}
