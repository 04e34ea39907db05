using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Requirements;

namespace SearchPlans.Web.Pages.Requirements;

/// <summary>/requirements/{id}: one requirement, its counterparts in every other plan, and its history over the years.</summary>
public sealed class RequirementModel(RequirementPages pages) : PageModel
{
    public RequirementView View { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (pages.Find(id) is not { } view)
            return NotFound();
        View = view;
        return Page();
    }
}
