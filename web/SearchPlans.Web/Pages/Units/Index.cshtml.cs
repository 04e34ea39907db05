using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Units;

namespace SearchPlans.Web.Pages.Units;

/// <summary>Units: every canonical unit with its spellings and how many requirements name it.</summary>
public sealed class UnitListModel(UnitPages pages) : PageModel
{
    public UnitListView View { get; private set; } = null!;

    public void OnGet() => View = pages.List();
}
