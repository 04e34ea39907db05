using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Model;
using SearchPlans.Review;
using SearchPlans.Web.Localization;
using SearchPlans.Web.Review;

namespace SearchPlans.Web.Pages.Review;

/// <summary>Review: links with confirm and reject forms, a form to add a missing link, and the judgements in force.</summary>
public sealed class ReviewModel(ReviewDesk desk, WebAppOptions options) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "doc")]
    public string? Doc { get; set; }

    [BindProperty(SupportsGet = true, Name = "req")]
    public string? Req { get; set; }

    /// <summary>equivalent or related; anything else shows both.</summary>
    [BindProperty(SupportsGet = true, Name = "links")]
    public string? Links { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    // "page" is Razor Pages' own route value, so the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public long? Saved { get; set; }

    /// <summary>plan (the default), weakest or strongest.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "undone")]
    public bool Undone { get; set; }

    public ReviewSort SortOrder { get; private set; }

    /// <summary>The cookie that remembers the name a reviewer typed last, so it is not typed again for every link.</summary>
    public const string ReviewerNameCookie = "searchplans-reviewer-name";

    /// <summary>The name this browser judged under last (where reviewers type their names rather than sign in).</summary>
    public string? RememberedReviewer =>
        Request.Cookies.TryGetValue(ReviewerNameCookie, out var name) && name.Length > 0 ? Uri.UnescapeDataString(name) : null;

    public ReviewPageView View { get; private set; } = null!;

    /// <summary>What went wrong with the filters or the last form, in words.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The add-link form as last sent, shown again when it was refused.</summary>
    public JudgementRequest? Attempt { get; private set; }

    public ReviewState StateFilter { get; private set; }

    public LinkKind? KindFilter { get; private set; }

    /// <summary>The current filters as query values, for forms and page links.</summary>
    public Dictionary<string, string> FilterRoute { get; } = [];

    /// <summary>The signed-in reviewer, whose name every judgement records; null when no one is signed in.</summary>
    public string? Reviewer => ReviewerSignIn.ReviewerOf(HttpContext);

    /// <summary>Whether judging here needs a signed-in reviewer (see <see cref="WebAppOptions.JudgingNeedsSignIn"/>).</summary>
    public bool NeedsSignIn => options.JudgingNeedsSignIn;

    public void OnGet() => Load();

    public IActionResult OnPostJudge(string? source, string? target, string? verdict, string? kind, string? note, string? reviewer) =>
        Record(new JudgementRequest(source, target, verdict, kind, note, reviewer));

    public IActionResult OnPostAdd(string? source, string? target, string? kind, string? note, string? reviewer) =>
        Record(new JudgementRequest(source, target, "add", kind, note, reviewer));

    public IActionResult OnPostUndo(long? id)
    {
        if (NeedsSignIn && Reviewer is null)
            return Refuse(Text.Get("Sign in as a reviewer to undo a judgement: this server is reachable from other machines or has reviewers. Nothing was changed."));
        if (id is not { } judgement || desk.Undo(judgement) is null)
        {
            Problems.Add(Text.Get("There is no judgement in force with that number to undo; it may have been undone or judged again already."));
            Load();
            return Page();
        }
        ReadFilters();
        var route = FilterRoute.ToDictionary(p => p.Key, p => (object?)p.Value);
        route["undone"] = "true";
        return RedirectToPage("/Review/Index", null, route);
    }

    private PageResult Refuse(string problem)
    {
        Problems.Add(problem);
        Load();
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private IActionResult Record(JudgementRequest request)
    {
        if (NeedsSignIn && Reviewer is null)
            return Refuse(Text.Get("Sign in as a reviewer to judge links: this server is reachable from other machines or has reviewers. Nothing was recorded."));
        // A signed-in reviewer's name is theirs, whatever a form says.
        if (Reviewer is { } reviewer)
            request = request with { Reviewer = reviewer };
        var (saved, problem) = desk.Record(request);
        if (saved is null)
        {
            Problems.Add(problem!);
            Attempt = request.Verdict == "add" ? request : null;
            Load();
            return Page();
        }
        if (Reviewer is null && saved.Reviewer.Length > 0)
            Response.Cookies.Append(ReviewerNameCookie, Uri.EscapeDataString(saved.Reviewer), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        ReadFilters();
        var route = FilterRoute.ToDictionary(p => p.Key, p => (object?)p.Value);
        route["saved"] = saved.Id;
        return RedirectToPage("/Review/Index", null, route, ReviewAnchors.Of(saved.Source, saved.Target));
    }

    private void Load()
    {
        ReadFilters();
        View = desk.Read(new ReviewFilter(Doc?.Trim(), Req?.Trim(), KindFilter, StateFilter, PageNumber ?? 1, PageSize, SortOrder), Saved);
        if (Doc is { Length: > 0 } doc && !View.Plans.Plans.Any(p => p.Id == doc.Trim()))
            Problems.Add(Text.Format("There is no plan \"{0}\" in the index; showing no links.", doc));
        else if (Req is { Length: > 0 } req && View.Queue.Total == 0)
            Problems.Add(Text.Format("No link touches \"{0}\" with these filters.", req));
    }

    private void ReadFilters()
    {
        FilterRoute.Clear();
        StateFilter = ReviewState.All;
        KindFilter = null;
        SortOrder = ReviewSort.PlanOrder;
        if (Sort is { Length: > 0 } sort)
        {
            var named = Enum.GetValues<ReviewSort>().Where(s => ReviewLabels.SortName(s) == sort.Trim().ToLowerInvariant()).ToList();
            if (named.Count == 1)
                SortOrder = named[0];
            else
                Problems.Add(Text.Format("\"{0}\" is no order of links (plan, weakest, strongest); listing them in plan order.", sort));
        }
        if (State is { Length: > 0 } state)
        {
            if (Enum.TryParse<ReviewState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
                StateFilter = parsed;
            else
                Problems.Add(Text.Format("\"{0}\" is no review state (all, unreviewed, confirmed, rejected); showing all links.", state));
        }
        if (Links is { Length: > 0 } links)
        {
            if (Enum.TryParse<LinkKind>(links, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
                KindFilter = parsed;
            else
                Problems.Add(Text.Format("\"{0}\" is no kind of link (equivalent, related); showing both.", links));
        }
        Add("doc", Doc);
        Add("req", Req);
        Add("links", KindFilter?.ToString().ToLowerInvariant());
        Add("state", StateFilter == ReviewState.All ? null : StateFilter.ToString().ToLowerInvariant());
        Add("sort", SortOrder == ReviewSort.PlanOrder ? null : ReviewLabels.SortName(SortOrder));
        Add("p", PageNumber is > 1 ? PageNumber.Value.ToString(CultureInfo.InvariantCulture) : null);

        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                FilterRoute[key] = value.Trim();
        }
    }

    /// <summary>The filters with another page number, for the pager.</summary>
    public Dictionary<string, string> RouteForPage(int page)
    {
        var route = new Dictionary<string, string>(FilterRoute);
        if (page > 1)
            route["p"] = page.ToString(CultureInfo.InvariantCulture);
        else
            route.Remove("p");
        return route;
    }
}
