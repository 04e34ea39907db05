namespace SearchPlans.Generate.Writers;

/// <summary>Writes a generated plan as text in one of the layouts the ingester reads.</summary>
internal interface IPlanFileWriter
{
    /// <summary>The whole file in Simplified script; script and encoding are applied afterwards.</summary>
    /// <param name="random">For page breaks and other layout accidents, so a seed gives the same file.</param>
    string Write(GeneratedPlan plan, Random random);
}
