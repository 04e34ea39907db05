using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Search;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Pages;

/// <summary>Search: one query box, results as requirement cards.</summary>
public sealed class IndexModel(CorpusSession session) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchResults? Results { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Query))
            return;
        try
        {
            Results = session.Searcher.Search(new SearchRequest(Query));
        }
        catch (QuerySyntaxException e)
        {
            Problem = e.Message;
        }
    }
}
