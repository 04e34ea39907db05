using SearchPlans.Model;

namespace SearchPlans.Links.Clusters;

/// <summary>The links of one requirement, each read from that requirement's side (it is the link's source).</summary>
public delegate IEnumerable<RequirementLink> LinksOf(string requirementId);

/// <summary>Ways to look up a requirement's links.</summary>
public static class LinksByRequirement
{
    /// <summary>Groups a list of links by both ends, once; for a corpus without a <see cref="CounterpartIndex"/> at hand.</summary>
    public static LinksOf Of(IEnumerable<RequirementLink> links)
    {
        var lookup = links.SelectMany(l => new[] { l, l.Reversed() }).ToLookup(l => l.Source, StringComparer.Ordinal);
        return id => lookup[id];
    }

    /// <summary>Reads the links an index already holds, so a page builds nothing per corpus.</summary>
    public static LinksOf Of(CounterpartIndex index) => id => index.Of(id).Select(c => c.Link);
}
