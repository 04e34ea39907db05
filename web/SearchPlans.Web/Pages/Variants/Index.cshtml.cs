using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Variants;

namespace SearchPlans.Web.Pages.Variants;

/// <summary>/variants/{id}: a requirement beside its counterparts in several plans, each diffed against it.</summary>
public sealed class VariantsModel(VariantPages pages) : PageModel
{
    public VariantsView View { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (pages.Find(id) is not { } view)
            return NotFound();
        View = view;
        return Page();
    }
}
