namespace SearchPlans.Contracts;

/// <summary>/api/status: which index generation answers, so an operator (or a load test) can see a re-index arrive.</summary>
/// <param name="ManagedHeapBytes">The .NET heap after the last collection, and <paramref name="WorkingSetBytes"/>
/// the process's resident memory: what serving this index costs.</param>
public sealed record StatusJson(string Generation, DateTimeOffset OpenedAt, int Plans, int Requirements, int Links,
    long ManagedHeapBytes, long WorkingSetBytes);
