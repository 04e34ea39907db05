using SearchPlans.Model;

namespace SearchPlans.Links;

/// <summary>
/// A requirement's counterparts split the one way every page and command shows them: the ones a reader can take as on
/// its subject, and the weaker ones, linked by doubtful links that may share only wording, listed apart or on request.
/// </summary>
/// <param name="Trusted">Equivalents and confident related counterparts, best first.</param>
/// <param name="Weaker">Doubtful related counterparts, best first.</param>
public sealed record CounterpartTiers(IReadOnlyList<LinkedRequirement> Trusted, IReadOnlyList<LinkedRequirement> Weaker)
{
    public static CounterpartTiers Of(IEnumerable<LinkedRequirement> counterparts)
    {
        var (trusted, weaker) = (new List<LinkedRequirement>(), new List<LinkedRequirement>());
        foreach (var counterpart in counterparts)
            (counterpart.Link.Confidence == LinkConfidence.Doubtful ? weaker : trusted).Add(counterpart);
        return new CounterpartTiers(trusted, weaker);
    }
}
