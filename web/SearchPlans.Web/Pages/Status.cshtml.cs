using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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
        (Title, Explanation) = code switch
        {
            404 => ("Not found", "There is no plan, requirement or page at this address. Plan and requirement ids look like heyuan-2022 and heyuan-2022-14."),
            400 => ("Bad request", "The request could not be understood."),
            _ => ($"Error {code}", "The request could not be answered."),
        };
    }
}
