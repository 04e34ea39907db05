namespace SearchPlans.Cli;

/// <summary>What the process exit code tells a script.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>`index` read some files but not all; the index holds the ones that were read.</summary>
    public const int SomeFilesFailed = 1;

    /// <summary>The command line or the query could not be understood.</summary>
    public const int UsageError = 2;

    /// <summary>There is no index and no seeds folder to build one from, or the index was written by another version.</summary>
    public const int NoIndex = 3;

    /// <summary>A plan id that the index does not hold.</summary>
    public const int NotFound = 4;

    /// <summary>`load` saw requests fail (an error status or no answer).</summary>
    public const int RequestsFailed = 5;

    /// <summary>`serve` could not listen where it was asked to (the address is taken or not this machine's).</summary>
    public const int CannotListen = 69;

    /// <summary>A failure that is a bug or a damaged index rather than a user's mistake.</summary>
    public const int InternalError = 70;
}
