namespace SearchPlans.Ingest.Decoding;

/// <summary>The bytes are not a text file this tool can read; the message says why.</summary>
public sealed class DecodingException(string reason) : Exception(reason);
