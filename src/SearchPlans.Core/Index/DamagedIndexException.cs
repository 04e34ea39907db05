namespace SearchPlans.Index;

/// <summary>
/// A file of an index folder cannot be read (cut short, written over, missing its links file): the index must be
/// written again. The message names the file and why.
/// </summary>
public sealed class DamagedIndexException(string message, Exception inner) : IOException(message, inner);
