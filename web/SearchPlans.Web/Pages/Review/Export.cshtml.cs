using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Review;

namespace SearchPlans.Web.Pages.Review;

/// <summary>The judgements in force as a gold file (the format `searchplans eval --gold` reads), downloaded.</summary>
public sealed class ReviewExportModel(ReviewDesk desk) : PageModel
{
    public const string FileName = "review-gold.tsv";

    public IActionResult OnGet() =>
        File(Encoding.UTF8.GetBytes(desk.ExportGold()), "text/tab-separated-values; charset=utf-8", FileName);
}
