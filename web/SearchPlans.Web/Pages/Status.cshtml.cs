using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SearchPlans.Web.Pages;

/// <summary>The friendly page shown for 404 and other error status codes.</summary>
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

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
