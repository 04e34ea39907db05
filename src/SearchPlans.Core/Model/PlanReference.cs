namespace SearchPlans.Model;

/// <summary>Why one plan points at another.</summary>
public enum ReferenceKind
{
    /// <summary>The plan cites the other by its 文号 or 《title》.</summary>
    Cites,
    /// <summary>The plan's title says it carries out the other (贯彻落实…), the parent of the same year.</summary>
    Implements,
    /// <summary>The same jurisdiction's plan of the previous year in the corpus.</summary>
    PreviousYear,
}

/// <summary>A cross-link from one plan to another plan of the corpus.</summary>
public sealed record PlanReference(string From, string To, ReferenceKind Kind, string Via);
