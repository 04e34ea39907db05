using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Plans;

namespace SearchPlans.Web.Pages.Plans;

/// <summary>/plans: every plan of the index.</summary>
public sealed class IndexModel(PlanPages pages) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public void OnGet() => Plans = pages.List();
}
