using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Compare;

namespace SearchPlans.Web.Pages.Compare;

/// <summary>/compare?a=…&amp;b=…: two plans side by side, or the pickers to choose them.</summary>
public sealed class CompareModel(ComparePages pages) : PageModel
{
    public CompareView View { get; private set; } = null!;

    public void OnGet([FromQuery] string? a, [FromQuery] string? b)
    {
        View = pages.Build(a, b);
        if (View.NotFound)
            Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
