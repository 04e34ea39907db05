namespace SearchPlans.Ingest.Formats;

/// <summary>A file its format's reader refuses; the message says why, in words for the person who gave the file.</summary>
internal sealed class UnreadableDocumentException(string message) : Exception(message);
