using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Links.Clusters;
using SearchPlans.Web.Matrix;

namespace SearchPlans.Web.Pages.Matrix;

/// <summary>Matrix: clusters of equivalent requirements against one group of plans, so gaps stand out.</summary>
public sealed class MatrixModel(MatrixPages pages) : PageModel
{
    /// <summary>The group of plans shown as columns, by key; the first group when missing.</summary>
    [BindProperty(SupportsGet = true, Name = "group")]
    public string? GroupKey { get; set; }

    /// <summary>Only clusters carried by at least this many plans; 1 adds requirements no other plan has.</summary>
    [BindProperty(SupportsGet = true, Name = "min")]
    public int MinPlans { get; set; } = MatrixPages.DefaultMinPlans;

    public IReadOnlyList<PlanGroup> Groups => pages.Groups;

    /// <summary>The group shown; null only for an empty corpus.</summary>
    public PlanGroup? Group { get; private set; }

    /// <summary>Why the page shows something other than what was asked for, if it does.</summary>
    public string? Message { get; private set; }

    /// <summary>The matrix shown, with its cells' requirement numbers.</summary>
    public MatrixView View { get; private set; } = MatrixView.Of(new TopicMatrix([], []));

    public TopicMatrix Matrix => View.Matrix;

    public void OnGet()
    {
        if (Groups.Count == 0)
            return;
        Group = GroupKey is null ? Groups[0] : PlanGroups.Find(Groups, GroupKey);
        if (Group is null)
        {
            Message = Localization.Text.Format("No group \"{0}\" in this index; showing {1}.", GroupKey, Markup.Labels.Group(Groups[0]));
            Group = Groups[0];
        }
        // A missing, malformed or out-of-range value shows the default rather than an error: it only narrows the view.
        if (!ModelState.IsValid || MinPlans < 1 || MinPlans > Group.Plans.Count)
            MinPlans = MatrixPages.DefaultMinPlans;
        View = pages.Build(Group, MinPlans);
    }
}
