using SearchPlans.Links.Clusters;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Matrix;

/// <summary>
/// The matrix page's data: one group of plans as columns, clustered by the stored links between them. The groups
/// and the page's opening matrix are kept with the snapshot; any other group and threshold is built per request,
/// which takes milliseconds for a group and keeps a crawl through every group from filling the memory.
/// </summary>
public sealed class MatrixPages(CorpusSnapshot snapshot)
{
    /// <summary>The threshold the page opens with: clusters carried by two plans or more.</summary>
    public const int DefaultMinPlans = 2;

    /// <summary>The whole corpus when small, else one province's plans of one year; the first is the one opened.</summary>
    public IReadOnlyList<PlanGroup> Groups => GroupsOf(snapshot);

    /// <param name="minPlans">Clamped to 1…the number of plans in the group.</param>
    public MatrixView Build(PlanGroup group, int minPlans)
    {
        var clamped = Math.Clamp(minPlans, 1, Math.Max(1, group.Plans.Count));
        return group == GroupsOf(snapshot)[0] && clamped == DefaultMinPlans
            ? OpeningOf(snapshot)
            : MatrixView.Of(TopicMatrixBuilder.Build(group.Plans, LinksByRequirement.Of(snapshot.Counterparts), clamped));
    }

    public static IReadOnlyList<PlanGroup> GroupsOf(CorpusSnapshot snapshot) =>
        snapshot.Derived(nameof(PlanGroups), s => PlanGroups.Of(s.Corpus.Plans));

    /// <summary>The matrix the page opens with: the first group at the default threshold; empty for an empty corpus.</summary>
    public static MatrixView OpeningOf(CorpusSnapshot snapshot) =>
        snapshot.Derived(nameof(OpeningOf), s => MatrixView.Of(GroupsOf(s) is [var first, ..]
            ? TopicMatrixBuilder.Build(first.Plans, LinksByRequirement.Of(s.Counterparts), DefaultMinPlans)
            : new TopicMatrix([], [])));
}
