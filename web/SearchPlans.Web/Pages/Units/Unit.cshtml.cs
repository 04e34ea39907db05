using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Units;

namespace SearchPlans.Web.Pages.Units;

/// <summary>One unit: its spellings and everything it is named in, by plan and year.</summary>
public sealed class UnitModel(UnitPages pages) : PageModel
{
    public UnitDetailView View { get; private set; } = null!;

    public IActionResult OnGet(string name)
    {
        if (pages.Detail(name) is not { } view)
            return NotFound();
        View = view;
        return Page();
    }
}
