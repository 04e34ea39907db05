using SearchPlans.Model;

namespace SearchPlans.Align.Resolution;

/// <summary>Settles conflicts among the links of a corpus.</summary>
public interface ILinkResolver
{
    IReadOnlyList<RequirementLink> Resolve(IReadOnlyList<RequirementLink> links, Func<string, string> planOf);
}
