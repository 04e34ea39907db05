using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Localization;

namespace SearchPlans.Web.Pages;

/// <summary>The friendly page shown for 404 and other error status codes.</summary>
/// <remarks>
/// The status page is re-executed with the failed request's method, so a refused form (no antiforgery token) reaches
/// it as a POST; it must answer that too, without asking for the token that was missing.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        var asked = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        (Title, Explanation) = code switch
        {
            404 => (Text.Get("Not found"), NotFound(asked)),
            400 => (Text.Get("Bad request"), Text.Get("The request could not be understood.")),
            _ => (Text.Format("Error {0}", code), Text.Get("The request could not be answered.")),
        };
    }

    /// <summary>What is missing, said in terms of what the address asked for.</summary>
    private static string NotFound(string path)
    {
        var (kind, name) = path.Split('/', 3, StringSplitOptions.RemoveEmptyEntries) is [var first, var rest] ? (first, Uri.UnescapeDataString(rest)) : ("", "");
        return kind switch
        {
            "units" => Text.Format("No unit is named \"{0}\" in any plan of the index. The units page lists every unit with all its spellings.", name),
            "plans" => Text.Format("There is no plan \"{0}\" in the index. Plan ids look like heyuan-2022; the plans page lists them.", name),
            "requirements" or "variants" => Text.Format("There is no requirement \"{0}\" in the index. Requirement ids look like heyuan-2022-14.", name),
            _ => Text.Get("There is no page at this address."),
        };
    }
}
