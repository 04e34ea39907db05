using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Plans;

namespace SearchPlans.Web.Pages.Plans;

/// <summary>/plans: the plans of the index, a page at a time, filtered by text and year.</summary>
public sealed class IndexModel(PlanPages pages) : PageModel
{
    /// <summary>Text the title, id, jurisdiction or province must contain.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    // "page" is Razor Pages' own route value, so the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    /// <summary>The column to order by (jurisdiction, title, level, year, requirements, linked); anything else means jurisdiction.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public PlanListView View { get; private set; } = null!;

    // A malformed year, page or sort fails to bind or read and stays unset, which keeps the list rather than failing.
    public void OnGet() => View = pages.List(Text, Year, PageNumber ?? 1, SortBy);

    private PlanSort SortBy => Enum.TryParse<PlanSort>(Sort, ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : PlanSort.Jurisdiction;

    /// <summary>The list's address ordered by another column, from the first page.</summary>
    public Dictionary<string, string> RouteForSort(PlanSort sort)
    {
        var route = RouteForPage(1);
        route.Remove("sort");
        if (sort != PlanSort.Jurisdiction)
            route["sort"] = sort.ToString().ToLowerInvariant();
        return route;
    }

    public Dictionary<string, string> RouteForPage(int page)
    {
        var route = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(Text))
            route["q"] = Text.Trim();
        if (Year is { } year)
            route["year"] = year.ToString(CultureInfo.InvariantCulture);
        if (SortBy != PlanSort.Jurisdiction)
            route["sort"] = SortBy.ToString().ToLowerInvariant();
        if (page > 1)
            route["p"] = page.ToString(CultureInfo.InvariantCulture);
        return route;
    }
}
