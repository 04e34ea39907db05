using System.Text;
using SearchPlans.Ingest.Markup;
using SearchPlans.Localization;
using SearchPlans.Model;

namespace SearchPlans.Ingest;

/// <summary>What the steps of one file's ingestion share: the source, warnings, kept remainder and removed markup.</summary>
internal sealed class IngestContext(SourceText source)
{
    private readonly StringBuilder _removedMarkup = new();

    public SourceText Source { get; } = source;

    public List<EngineMessage> Warnings { get; } = [];

    public List<RemainderPiece> Remainder { get; } = [];

    public string RemovedMarkup => _removedMarkup.ToString();

    /// <summary>Strips markup from a piece of source text, remembering what was removed.</summary>
    public string Strip(string raw)
    {
        var stripped = MarkupStripper.Strip(raw);
        _removedMarkup.Append(stripped.RemovedMarkup);
        return stripped.Text;
    }

    /// <summary>Records characters that are layout, not text (the "." of an item label "14.").</summary>
    public void Discard(string layout) => _removedMarkup.Append(layout);

    public void Keep(RemainderKind kind, string text, SourceSpan span)
    {
        if (!string.IsNullOrWhiteSpace(text))
            Remainder.Add(new RemainderPiece(kind, text.Trim(), span));
    }

    /// <summary>A warning about the whole file.</summary>
    public void Note(string template, params object[] arguments) => Warnings.Add(new EngineMessage(template, arguments));

    /// <summary>A warning about one line of the file.</summary>
    public void Warn(int line, string template, params object[] arguments) =>
        Warnings.Add(new EngineMessage(template, arguments) { Line = line });
}
