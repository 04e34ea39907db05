using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Align.Clusters;
using SearchPlans.Web.Matrix;

namespace SearchPlans.Web.Pages.Matrix;

/// <summary>Matrix: clusters of equivalent requirements against plans, so gaps stand out.</summary>
public sealed class MatrixModel(MatrixPages pages) : PageModel
{
    /// <summary>Only clusters carried by at least this many plans; 1 adds requirements no other plan has.</summary>
    [BindProperty(SupportsGet = true, Name = "min")]
    public int MinPlans { get; set; } = MatrixPages.DefaultMinPlans;

    public TopicMatrix Matrix { get; private set; } = null!;

    public int PlanCount => pages.PlanCount;

    public void OnGet()
    {
        // A missing, malformed or out-of-range value shows the default rather than an error: it only narrows the view.
        if (!ModelState.IsValid || MinPlans < 1 || MinPlans > pages.PlanCount)
            MinPlans = MatrixPages.DefaultMinPlans;
        Matrix = pages.Build(MinPlans);
    }
}
