using SearchPlans.Localization;

namespace SearchPlans.Ingest.Formats;

/// <summary>A file its format's reader refuses; <see cref="Reason"/> says why, for the person who gave the file.</summary>
internal sealed class UnreadableDocumentException(EngineMessage reason) : Exception(reason.English)
{
    public UnreadableDocumentException(string template, params object[] arguments) : this(new EngineMessage(template, arguments))
    {
    }

    public EngineMessage Reason { get; } = reason;
}
