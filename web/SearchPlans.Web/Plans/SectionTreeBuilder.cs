using System.Globalization;
using SearchPlans.Model;

namespace SearchPlans.Web.Plans;

/// <summary>
/// Hangs each requirement under the section its path names. The plan's own section tree gives the order; a path
/// the tree lacks gets its sections added, so no requirement is left off the page.
/// </summary>
public static class SectionTreeBuilder
{
    private sealed class Node(string title)
    {
        public string Title { get; } = title;

        public List<Node> Children { get; } = [];

        public List<PlanRequirement> Requirements { get; } = [];

        public Node Child(string title)
        {
            var child = Children.FirstOrDefault(c => c.Title == title);
            if (child is null)
            {
                child = new Node(title);
                Children.Add(child);
            }
            return child;
        }
    }

    public static (IReadOnlyList<SectionNode> Sections, IReadOnlyList<PlanRequirement> Loose) Build(
        Plan plan, Func<Requirement, PlanRequirement> item)
    {
        var root = new Node("");
        AddSections(root, plan.Sections);
        var loose = new List<PlanRequirement>();
        foreach (var requirement in plan.Requirements)
        {
            if (requirement.SectionPath.Count == 0)
            {
                loose.Add(item(requirement));
                continue;
            }
            var node = root;
            foreach (var title in requirement.SectionPath)
                node = node.Child(title);
            node.Requirements.Add(item(requirement));
        }
        return (Freeze(root.Children, "s", 0), loose);
    }

    private static void AddSections(Node parent, IReadOnlyList<Section> sections)
    {
        foreach (var section in sections)
            AddSections(parent.Child(section.Title), section.Children);
    }

    private static List<SectionNode> Freeze(List<Node> nodes, string anchor, int depth) =>
        nodes.Select((node, index) =>
        {
            var own = anchor + "-" + (index + 1).ToString(CultureInfo.InvariantCulture);
            return new SectionNode(node.Title, own, depth, node.Requirements, Freeze(node.Children, own, depth + 1));
        }).ToList();
}
