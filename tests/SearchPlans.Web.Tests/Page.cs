using System.Net;
using System.Text.RegularExpressions;

namespace SearchPlans.Tests.Web;

/// <summary>A fetched page: its status and HTML, with the few structural questions the tests ask of it.</summary>
public sealed partial record Page(HttpStatusCode Status, string Html, string? ContentType)
{
    public static async Task<Page> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.ToString());
    }

    /// <summary>How many elements carry this class (as one of their classes).</summary>
    public int Count(string cssClass) =>
        Regex.Matches(Html, $"class=\"(?:[^\"]* )?{Regex.Escape(cssClass)}(?: [^\"]*)?\"").Count;

    /// <summary>The inner text of each element with this class, tags removed, in page order.</summary>
    public IReadOnlyList<string> Texts(string element, string cssClass) =>
        Regex.Matches(Html, $"<{element}[^>]*class=\"(?:[^\"]* )?{Regex.Escape(cssClass)}(?: [^\"]*)?\"[^>]*>(.*?)</{element}>", RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(Tags().Replace(m.Groups[1].Value, "")).Trim())
            .ToList();

    /// <summary>The number of matches a search page reports: 0 when it says none match.</summary>
    public int SearchTotal() =>
        Html.Contains("No requirement matches", StringComparison.Ordinal) ? 0
            : int.Parse(TotalText().Match(Html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\d+) requirements?(?:,| *</)")]
    private static partial Regex TotalText();

    public bool HasLink(string href) => Html.Contains($"href=\"{WebUtility.HtmlEncode(href)}\"", StringComparison.Ordinal);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

/// <summary>Query strings with Chinese in them, encoded as a browser sends them.</summary>
public static class Url
{
    public static string Search(params (string Name, string Value)[] parameters) =>
        "/?" + string.Join("&", parameters.Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value)));
}
