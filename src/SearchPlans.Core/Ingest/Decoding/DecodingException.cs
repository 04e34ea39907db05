using SearchPlans.Localization;

namespace SearchPlans.Ingest.Decoding;

/// <summary>The bytes are not a text file this tool can read; <see cref="Reason"/> says why.</summary>
public sealed class DecodingException(EngineMessage reason) : Exception(reason.English)
{
    public DecodingException(string template, params object[] arguments) : this(new EngineMessage(template, arguments))
    {
    }

    public EngineMessage Reason { get; } = reason;
}
