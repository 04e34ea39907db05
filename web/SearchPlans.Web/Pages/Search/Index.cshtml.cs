using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Search;

namespace SearchPlans.Web.Pages.Search;

/// <summary>Search: one query box, facets with counts, results as requirement cards.</summary>
public sealed class SearchModel(SearchPageBuilder builder) : PageModel
{
    public SearchView View { get; private set; } = new(SearchCriteria.Everything, [], null);

    public void OnGet([FromQuery] SearchForm form) => View = builder.Build(form);
}
