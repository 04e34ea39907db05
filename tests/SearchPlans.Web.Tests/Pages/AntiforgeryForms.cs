using System.Text.RegularExpressions;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>Posts forms the way a browser does: with the antiforgery token of the page the form came from.</summary>
internal static partial class AntiforgeryForms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>Reads the page (the client keeps the antiforgery cookie), then posts the fields with its token.</summary>
    public static async Task<HttpResponseMessage> Post(HttpClient client, string pageUrl, string actionUrl, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TokenField().Match(page).Groups[1].Value;
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(actionUrl, new FormUrlEncodedContent(form));
    }
}
