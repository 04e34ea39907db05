using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Plans;

namespace SearchPlans.Web.Pages.Plans;

/// <summary>/plans/{id}: one plan, its sections with every requirement, and the text outside them.</summary>
public sealed class PlanModel(PlanPages pages) : PageModel
{
    public PlanView View { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (pages.Find(id) is not { } view)
            return NotFound();
        View = view;
        return Page();
    }
}
